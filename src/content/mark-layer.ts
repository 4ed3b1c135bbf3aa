// Everything the extension paints on a page, and its complete removal: highlights (one per
// verdict), badges after each sentence, and the evidence card. The page's text never changes:
// a badge inserted mid-text-node splits that node, and `clear()` joins it back.
import type { Annotation } from '../core/annotation-types.js';
import type { ExtractedText } from '../dom/extract-text.js';
import { isSpanCurrent, offsetsToRanges } from '../dom/text-range.js';
import type { HighlightStyle } from '../shared/messages.js';
import type { BadgeFactory } from './badge.js';
import { EvidenceCard } from './evidence-card.js';
import { HighlightLayer, textNodesIn } from './highlight-layer.js';

/** A sentence ready to paint: its live Ranges and the text they held when computed. */
export interface PlannedMark {
  annotation: Annotation;
  ranges: Range[];
  expected: string;
  /** Text nodes under its ranges (counting stops a little past MAX_COUNTED_NODES): what its rendering costs. */
  nodes: number;
  /** The same count per range, handed to the highlight layer so it does not walk the ranges again. */
  rangeNodes: number[];
}

/** Counting a sentence's text nodes stops here: past it, it is node-shredded text whatever the exact count. */
const MAX_COUNTED_NODES = 1024;

export interface PaintedMark {
  annotation: Annotation;
  ranges: Range[];
  badge: HTMLElement | null;
}

interface Split {
  head: Text;
  tail: Text;
}

export interface MarkLayerOptions {
  attachShadow: (el: Element, init: ShadowRootInit) => ShadowRoot;
  badges: BadgeFactory;
  onCompare: (claimId: string | undefined) => void;
  signal: AbortSignal;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export class MarkLayer {
  readonly highlights: HighlightLayer;
  private readonly marks: PaintedMark[] = [];
  private readonly splits: Split[] = [];
  private readonly cards = new Map<Document, EvidenceCard>();
  private readonly byBadge = new WeakMap<Element, PaintedMark>();
  private readonly wiredDocs = new WeakSet<Document>();

  constructor(private readonly doc: Document, private readonly options: MarkLayerOptions) {
    this.highlights = new HighlightLayer(doc, options.attachShadow);
  }

  get painted(): readonly PaintedMark[] {
    return this.marks;
  }

  get badgeCount(): number {
    let n = 0;
    for (const m of this.marks) if (m.badge) n++;
    return n;
  }

  /** True if every badge and split this layer made is still in the page. */
  isIntact(): boolean {
    for (const m of this.marks) if (m.badge && !m.badge.isConnected) return false;
    for (const s of this.splits) if (!s.head.isConnected || !s.tail.isConnected) return false;
    return true;
  }

  /**
   * Turns annotations into live Ranges, all before any badge is inserted (a badge splits a text
   * node, which would stale the offset map for later sentences; live Ranges follow the split).
   * Spans whose nodes changed since extraction are left out and counted as `stale`.
   */
  plan(extracted: ExtractedText, annotations: readonly Annotation[]): { planned: PlannedMark[]; stale: number } {
    const planned: PlannedMark[] = [];
    let stale = 0;
    for (const annotation of annotations) {
      const { start, end } = annotation;
      if (!(start >= 0 && end > start && end <= extracted.text.length)) {
        stale++;
        continue;
      }
      const slice = extracted.text.slice(start, end);
      // The background segmented the very text we sent; if it reads differently, offsets are off.
      if (squash(slice) !== squash(annotation.text) || !isSpanCurrent(extracted, start, end)) {
        stale++;
        continue;
      }
      const ranges = offsetsToRanges(extracted, start, end);
      if (ranges.length === 0) {
        stale++;
        continue;
      }
      let nodes = 0;
      const rangeNodes = ranges.map((range) => {
        const n = textNodesIn(range, MAX_COUNTED_NODES - nodes);
        nodes += n;
        return n;
      });
      planned.push({ annotation, ranges, expected: squash(ranges.map((r) => r.toString()).join(' ')), nodes, rangeNodes });
    }
    return { planned, stale };
  }

  /** Paints one planned mark; false (and nothing painted) when its text changed meanwhile. */
  paint(mark: PlannedMark): boolean {
    if (squash(mark.ranges.map((r) => r.toString()).join(' ')) !== mark.expected) return false;
    mark.ranges.forEach((range, i) => this.highlights.add(mark.annotation.verdict, range, { range: mark.rangeNodes[i], sentence: mark.nodes }));
    const last = mark.ranges[mark.ranges.length - 1] as Range;
    const badge = this.insertBadge(last, mark.annotation);
    const painted: PaintedMark = { annotation: mark.annotation, ranges: mark.ranges, badge };
    this.marks.push(painted);
    if (badge) {
      this.byBadge.set(badge, painted);
      this.wireBadge(badge);
    }
    return true;
  }

  /**
   * Paints the highlights of the marks `paint` added since the last commit (one registry update
   * per batch). Kept apart from `paint` so that the badges' layout and the highlights' repaint
   * can land in different frames.
   */
  commit(): void {
    this.highlights.refresh();
  }

  setStyle(style: HighlightStyle): void {
    this.highlights.setStyle(style);
  }

  /** Brings a sentence into view and opens its card (popup's "show in page"). */
  reveal(start: number, end: number): boolean {
    const mark = this.marks.find((m) => m.annotation.start === start && m.annotation.end === end)
      ?? this.marks.find((m) => m.annotation.start <= start && m.annotation.end >= end);
    if (!mark?.badge) return false;
    mark.badge.scrollIntoView({ block: 'center', inline: 'nearest' });
    mark.badge.focus({ preventScroll: true });
    this.cardFor(mark.badge.ownerDocument)?.open(mark.badge, mark.annotation);
    return true;
  }

  /** Removes every highlight, badge and card, and joins split text nodes back. */
  clear(): void {
    for (const card of this.cards.values()) card.destroy();
    this.cards.clear();
    this.highlights.clear();
    for (const m of this.marks) m.badge?.remove();
    this.marks.length = 0;
    for (let i = this.splits.length - 1; i >= 0; i--) {
      const { head, tail } = this.splits[i] as Split;
      if (head.isConnected && tail.isConnected && head.nextSibling === tail) {
        head.appendData(tail.data);
        tail.remove();
      }
    }
    this.splits.length = 0;
  }

  private insertBadge(range: Range, annotation: Annotation): HTMLElement | null {
    const container = range.endContainer;
    const doc = container.ownerDocument ?? this.doc;
    const badge = this.options.badges.create(doc, annotation);
    if (!badge) return null;
    const parent = container.parentNode;
    if (container.nodeType !== 3 || !parent) return null;
    const text = container as Text;
    const offset = range.endOffset;
    if (offset >= text.length) {
      parent.insertBefore(badge, text.nextSibling);
    } else {
      // Range.insertNode on a collapsed end would split the same way; doing it by hand lets us
      // remember the split and undo it in clear().
      const tail = text.splitText(offset);
      parent.insertBefore(badge, tail);
      this.splits.push({ head: text, tail });
    }
    return badge;
  }

  private cardFor(doc: Document): EvidenceCard | null {
    let card = this.cards.get(doc);
    if (!card) {
      card = new EvidenceCard(doc, { attachShadow: this.options.attachShadow, onCompare: this.options.onCompare, signal: this.options.signal });
      this.cards.set(doc, card);
    }
    return card;
  }

  /**
   * Badge events by delegation: one set of listeners per document, whatever the number of
   * badges (a page may have thousands). Capture phase, so a badge inside a link never follows it.
   */
  private wireBadge(badge: HTMLElement): void {
    const doc = badge.ownerDocument;
    if (this.wiredDocs.has(doc)) return;
    this.wiredDocs.add(doc);
    const { signal } = this.options;
    const badgeOf = (target: EventTarget | null): HTMLElement | null =>
      target && this.byBadge.has(target as Element) ? (target as HTMLElement) : null;
    const open = (el: HTMLElement, takeFocus = false) => {
      const mark = this.byBadge.get(el);
      if (mark) this.cardFor(el.ownerDocument)?.open(el, mark.annotation, takeFocus);
    };
    const card = () => this.cards.get(doc);
    const opts = { capture: true, signal };
    doc.addEventListener('pointerover', (event) => {
      const el = badgeOf(event.target);
      if (el) open(el);
    }, opts);
    doc.addEventListener('pointerout', (event) => {
      const el = badgeOf(event.target);
      if (el && !el.contains(event.relatedTarget as Node | null)) card()?.closeSoon();
    }, opts);
    doc.addEventListener('focusin', (event) => {
      const el = badgeOf(event.target);
      if (el) open(el);
    }, opts);
    doc.addEventListener('focusout', (event) => {
      const el = badgeOf(event.target);
      if (!el) return;
      const next = event.relatedTarget;
      if (next && next === card()?.element) return;
      card()?.closeSoon();
    }, opts);
    doc.addEventListener('click', (event) => {
      const el = badgeOf(event.target);
      if (!el) return;
      event.preventDefault();
      event.stopPropagation();
      open(el);
    }, opts);
    doc.addEventListener('keydown', (event) => {
      const el = badgeOf(event.target);
      if (!el || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      event.stopPropagation();
      open(el, true);
    }, opts);
  }
}
