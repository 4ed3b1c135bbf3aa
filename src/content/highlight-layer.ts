// Paints sentence highlights without touching the page's nodes: one CSS Custom Highlight per
// verdict (`corroborate-<verdict>`) in each document's registry. Where CSS.highlights is
// missing, absolutely positioned boxes from Range.getClientRects() in a closed shadow host.
import type { Verdict } from '../core/annotation-types.js';
import { VERDICTS } from '../core/annotation-types.js';
import type { HighlightStyle } from '../shared/messages.js';
import { applyShadowCss } from './shadow-style.js';

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
}

function highlightApi(doc: Document): { registry: RegistryLike; ctor: HighlightCtor } | null {
  const view = doc.defaultView as (Window & { CSS?: { highlights?: RegistryLike }; Highlight?: HighlightCtor }) | null;
  const registry = view?.CSS?.highlights;
  const ctor = view?.Highlight;
  return registry && typeof ctor === 'function' ? { registry, ctor } : null;
}

const OVERLAY_CSS = `
:host { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483646; }
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
   * the caller decides which frame pays for the repaint.
   */
  add(verdict: Verdict, range: Range): void {
    this.pending.push({ verdict, range });
  }

  private flushPending(): void {
    for (const { verdict, range } of this.pending) {
      const doc = range.startContainer.ownerDocument ?? this.topDoc;
      const api = highlightApi(doc);
      if (!api) {
        this.fallback.push({ verdict, range });
        continue;
      }
      let entry = this.docs.get(doc);
      if (!entry) {
        entry = { ...api, mine: new Map() };
        this.docs.set(doc, entry);
      }
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
    const root = this.ensureOverlay();
    if (!root) return;
    for (const child of Array.from(root.querySelectorAll('div'))) child.remove();
    if (this.style === 'badges-only') return;
    const view = this.topDoc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    for (const { verdict, range } of this.fallback) {
      const rects = range.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const r = rects[i];
        if (!r || r.width === 0) continue;
        const box = this.topDoc.createElement('div');
        box.className = this.style === 'background' ? `bg ${verdict}` : verdict;
        box.style.left = `${r.left + sx}px`;
        box.style.top = `${r.top + sy}px`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        root.appendChild(box);
      }
    }
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
  }
}
