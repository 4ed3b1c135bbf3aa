// Paints sentence highlights without touching the page's nodes: one CSS Custom Highlight per
// verdict (`corroborate-<verdict>`) in each document's registry, for at most
// HIGHLIGHT_NODE_BUDGET text nodes per document. Beyond it, and where CSS.highlights is missing,
// absolutely positioned boxes from Range.getClientRects() in a closed shadow host.
import type { Verdict } from '../core/annotation-types.js';
import { VERDICTS } from '../core/annotation-types.js';
import type { HighlightStyle } from '../shared/messages.js';
import { applyShadowCss } from './shadow-style.js';

/** Quiet time after a size change of the page before overlay boxes are measured again, ms. */
const RELAYOUT_DELAY_MS = 100;

export const highlightName = (verdict: Verdict) => `corroborate-${verdict}`;

interface RegistryLike {
  set(name: string, highlight: unknown): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => { add(range: AbstractRange): unknown; clear(): void; size: number };

interface DocHighlights {
  registry: RegistryLike;
  ctor: HighlightCtor;
  mine: Map<Verdict, InstanceType<HighlightCtor>>;
  /** Text nodes under this document's registered ranges (counted up to the budget). */
  nodes: number;
}

/**
 * Most text nodes one document's CSS highlights may cover; sentences past it are drawn as
 * overlay boxes. Chromium (156) rebuilds every highlight marker on any DOM or style change in
 * the document, and then repaints every highlighted text node through its slow highlight-overlay
 * path: measured on hostile tiny-text-nodes.html (the page alone, one character per text node),
 * registering 8 sentences (~1,000 nodes) cost a 35-76 ms frame, an empty Highlight 3-5 ms, and
 * afterwards every change the page made anywhere (a colour on a paragraph 300 screens down) cost
 * 21-40 ms instead of 9-19. The cost follows the number of highlighted nodes, not of ranges or
 * highlights, nor the document's size. A news sentence spans a few nodes (a link, an emphasis),
 * so real articles stay well inside the budget; only node-shredded text reaches it.
 */
export const HIGHLIGHT_NODE_BUDGET = 256;
/**
 * A sentence spread over more text nodes than this is drawn as overlay boxes whatever the budget:
 * it is node-shredded text (one node per character or per word), where a few sentences would use
 * up the budget and still cost a visible repaint on every later change of the page.
 */
export const SENTENCE_NODE_LIMIT = 32;

/** Text nodes a range touches, counting stops past `limit`. */
export function textNodesIn(range: AbstractRange, limit: number): number {
  const start = range.startContainer;
  const end = range.endContainer;
  const doc = start.ownerDocument;
  if (!doc || (start === end && start.nodeType === 3)) return 1;
  const root = 'commonAncestorContainer' in range ? (range as Range).commonAncestorContainer : doc;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = start;
  let node: Node | null = start.nodeType === 3 ? start : walker.nextNode();
  let n = 0;
  while (node && n <= limit) {
    // A text node that starts after the range's end is outside it (its first position is past the end).
    if (node !== end && 'comparePoint' in range && (range as Range).comparePoint(node, 0) > 0) break;
    n++;
    if (node === end) break;
    node = walker.nextNode();
  }
  return n;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * One box per line from a range's client rects: a sentence of one character per text node has
 * one rect per character, and as many overlay elements would cost as much to lay out and paint.
 * Rects of an element inside the range duplicate its text's rects and merge into them.
 */
export function lineBoxes(rects: ArrayLike<Box & { width: number }>): Box[] {
  const boxes: Box[] = [];
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (!r || r.width === 0) continue;
    const line = boxes.find((b) => Math.abs(b.top - r.top) < 2 && Math.abs(b.bottom - r.bottom) < 2
      && r.left <= b.right + 2 && r.right >= b.left - 2);
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.right = Math.max(line.right, r.right);
    } else {
      boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
  }
  return boxes;
}

function highlightApi(doc: Document): { registry: RegistryLike; ctor: HighlightCtor } | null {
  const view = doc.defaultView as (Window & { CSS?: { highlights?: RegistryLike }; Highlight?: HighlightCtor }) | null;
  const registry = view?.CSS?.highlights;
  const ctor = view?.Highlight;
  return registry && typeof ctor === 'function' ? { registry, ctor } : null;
}

// The host is its own composited layer (will-change): redrawing its boxes then repaints and
// re-rasterises that layer alone, not the page's (on a page of 100,000 text nodes, re-walking the
// page's paint and layer list costs 15-25 ms per frame).
const OVERLAY_CSS = `
:host { all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important; pointer-events: none !important; z-index: 2147483646 !important; will-change: transform !important; }
div { position: absolute; pointer-events: none; box-sizing: border-box; }
.corroborated { border-bottom: 2px solid #2f7d4a; }
.contradicted { border-bottom: 3px dashed #c0392b; }
.disputed { border-bottom: 4px double #b35c00; }
.unverified { border-bottom: 2px dotted #6b6f76; }
.bg.corroborated { background: rgba(74, 222, 128, .30); }
.bg.contradicted { background: rgba(248, 113, 113, .30); }
.bg.disputed { background: rgba(251, 191, 36, .34); }
.bg.unverified { background: rgba(148, 163, 184, .30); }
`;

/**
 * The non-default highlight styles are selected by an attribute on the root element. It is
 * written only when it changes, and absent for the default: a style rule keyed on a root
 * attribute makes any change of it restyle the whole document, which takes seconds on a page
 * nested 10,000 deep (issue 7's hostile corpus).
 */
function markStyle(doc: Document, style: HighlightStyle): void {
  const root = doc.documentElement;
  const want = style === 'underline' ? null : style;
  if (root.getAttribute('data-corroborate-style') === want) return;
  if (want === null) root.removeAttribute('data-corroborate-style');
  else root.setAttribute('data-corroborate-style', want);
}

export class HighlightLayer {
  private readonly docs = new Map<Document, DocHighlights>();
  private readonly fallback: Array<{ verdict: Verdict; range: Range }> = [];
  /** Ranges `add`ed since the last `refresh`: none of them is painted before it. */
  private readonly pending: Array<{ verdict: Verdict; range: Range }> = [];
  private overlayHost: HTMLElement | null = null;
  private overlayRoot: ShadowRoot | null = null;
  private style: HighlightStyle = 'underline';
  private resizeObserver: ResizeObserver | null = null;
  private relayoutTimer: number | null = null;

  constructor(private readonly topDoc: Document, private readonly attachShadow: (el: Element, init: ShadowRootInit) => ShadowRoot) {}

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.refresh();
  }

  get usesFallback(): boolean {
    return highlightApi(this.topDoc) === null;
  }

  /**
   * Queues a range; `refresh` paints it. Adding to a Highlight that is already registered would
   * repaint at once, in the same frame as the badge insertion that usually comes with it; queued,
   * the caller decides which frame pays for the repaint. A range past the highlight budget goes
   * to the overlay, whose (empty) host is created now: adding a layer to the page is the costly
   * part of showing the overlay (the whole page's paint is walked and re-layerized), and the frame
   * that lays out the badges pays that walk anyway; the boxes drawn in `refresh` then only repaint
   * the overlay's own composited layer.
   */
  add(verdict: Verdict, range: Range, counted?: { range?: number; sentence: number }): void {
    const doc = range.startContainer.ownerDocument ?? this.topDoc;
    const api = highlightApi(doc);
    let entry = this.docs.get(doc);
    if (api && !entry) {
      entry = { ...api, mine: new Map(), nodes: 0 };
      this.docs.set(doc, entry);
    }
    // Overlay boxes live in the top document only; a frame's ranges stay highlights.
    if (entry && doc === this.topDoc) {
      // (The mark layer has counted them already, when it planned the sentence.)
      const n = counted?.range ?? textNodesIn(range, HIGHLIGHT_NODE_BUDGET);
      const shredded = Math.max(n, counted?.sentence ?? 0) > SENTENCE_NODE_LIMIT;
      if (!shredded && entry.nodes + n <= HIGHLIGHT_NODE_BUDGET) entry.nodes += n;
      else entry = undefined;
    }
    if (entry) {
      this.pending.push({ verdict, range });
      return;
    }
    this.fallback.push({ verdict, range });
    this.ensureOverlay();
  }

  private flushPending(): void {
    for (const { verdict, range } of this.pending) {
      const entry = this.docs.get(range.startContainer.ownerDocument ?? this.topDoc);
      if (!entry) continue;
      let highlight = entry.mine.get(verdict);
      if (!highlight) {
        highlight = new entry.ctor();
        entry.mine.set(verdict, highlight);
      }
      highlight.add(range);
    }
    this.pending.length = 0;
  }

  /** Paints what was added and registers (or unregisters, for badges-only) each verdict's highlight. */
  refresh(): void {
    this.flushPending();
    for (const doc of new Set([this.topDoc, ...this.docs.keys()])) markStyle(doc, this.style);
    for (const entry of this.docs.values()) {
      for (const verdict of VERDICTS) {
        const name = highlightName(verdict);
        const mine = entry.mine.get(verdict);
        if (mine && this.style !== 'badges-only') entry.registry.set(name, mine);
        else if (mine && entry.registry.get(name) === mine) entry.registry.delete(name);
      }
    }
    this.layoutFallback();
  }

  /** Re-measures fallback boxes (after resize or reflow). */
  layoutFallback(): void {
    if (this.fallback.length === 0 && !this.overlayHost) return;
    const view = this.topDoc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    // All reads first, then all writes: one layout, however many boxes.
    const placed = this.style === 'badges-only' ? [] : this.fallback.map(({ verdict, range }) => ({ verdict, boxes: lineBoxes(range.getClientRects()) }));
    const root = this.ensureOverlay();
    if (!root) return;
    for (const child of Array.from(root.querySelectorAll('div'))) child.remove();
    if (this.style === 'badges-only') return;
    const fragment = this.topDoc.createDocumentFragment();
    for (const { verdict, boxes } of placed) {
      for (const b of boxes) {
        const box = this.topDoc.createElement('div');
        box.className = this.style === 'background' ? `bg ${verdict}` : verdict;
        box.style.left = `${b.left + sx}px`;
        box.style.top = `${b.top + sy}px`;
        box.style.width = `${b.right - b.left}px`;
        box.style.height = `${b.bottom - b.top}px`;
        fragment.appendChild(box);
      }
    }
    root.appendChild(fragment);
    this.watchLayout();
  }

  /**
   * Overlay boxes do not follow the text by themselves: when the page's size changes (window
   * resize, fonts, content added above), they are measured again in a later task (never in the
   * observer's own rendering step, which would add our layout to the page's frame).
   */
  private watchLayout(): void {
    const view = this.topDoc.defaultView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null;
    if (this.resizeObserver || this.fallback.length === 0 || !view?.ResizeObserver) return;
    let first = true;
    this.resizeObserver = new view.ResizeObserver(() => {
      // The first notification reports the size the boxes were just measured at.
      if (first) {
        first = false;
        return;
      }
      if (this.relayoutTimer !== null) return;
      this.relayoutTimer = view.setTimeout(() => {
        this.relayoutTimer = null;
        this.layoutFallback();
      }, RELAYOUT_DELAY_MS);
    });
    this.resizeObserver.observe(this.topDoc.documentElement);
  }

  private ensureOverlay(): ShadowRoot | null {
    if (this.overlayRoot) return this.overlayRoot;
    const host = this.topDoc.createElement('corroborate-overlay');
    try {
      const root = this.attachShadow(host, { mode: 'closed' });
      applyShadowCss(root, OVERLAY_CSS, this.topDoc);
      this.topDoc.documentElement.appendChild(host);
      this.overlayHost = host;
      this.overlayRoot = root;
      return root;
    } catch (error) {
      console.warn('[corroborate] no highlight overlay on this page:', error);
      return null;
    }
  }

  /** Removes every highlight and overlay this layer made. */
  clear(): void {
    for (const [doc, entry] of this.docs) {
      for (const [verdict, mine] of entry.mine) {
        const name = highlightName(verdict);
        if (entry.registry.get(name) === mine) entry.registry.delete(name);
        mine.clear();
      }
      markStyle(doc, 'underline');
    }
    markStyle(this.topDoc, 'underline');
    this.docs.clear();
    this.fallback.length = 0;
    this.pending.length = 0;
    this.overlayHost?.remove();
    this.overlayHost = null;
    this.overlayRoot = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    if (this.relayoutTimer !== null) this.topDoc.defaultView?.clearTimeout(this.relayoutTimer);
    this.relayoutTimer = null;
  }
}
