// The evidence card a badge opens: for each matched claim, what each other source says,
// verbatim, with outlet, date, speaker and stance, and conflicting values side by side.
// One card per page, in a closed shadow root, position: fixed and kept inside the viewport.
// Every string goes in through textContent (pages may enforce Trusted Types).
import type { Annotation, EvidenceView } from '../core/annotation-types.js';
import { VERDICT_COLOUR } from './badge.js';
import { applyShadowCss } from './shadow-style.js';
import { badgeLabel, VERDICT_ICON } from './verdict-text.js';

const CARD_CSS = `
:host { all: initial !important; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: 440px; width: calc(100vw - 16px);
  max-height: min(70vh, 560px); overflow: auto; padding: 12px 14px; border-radius: 8px;
  background: #ffffff; color: #1b1f24; border: 1px solid #8c959f; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: start;
}
.card[hidden] { display: none; }
h2 { font-size: 15px; margin: 0 0 8px; display: flex; gap: 6px; align-items: center; }
.icon { display: inline-flex; justify-content: center; align-items: center; min-width: 20px; height: 20px; border-radius: 10px; color: #fff; font-size: 12px; }
.claim { margin: 8px 0 0; padding-top: 8px; border-top: 1px solid #d0d7de; }
.statement { font-weight: 600; margin: 0 0 6px; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 10px; }
.meta { font-size: 12px; color: #424a53; }
.stance { font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 4px; border: 1px solid currentColor; margin-inline-end: 6px; }
.supports { color: #1d6b3a; }
.contradicts { color: #b3261e; }
blockquote { margin: 4px 0; padding: 2px 0 2px 10px; border-inline-start: 3px solid #8c959f; font-style: italic; }
table { border-collapse: collapse; font-size: 12px; margin: 4px 0; }
th, td { border: 1px solid #d0d7de; padding: 2px 6px; text-align: start; vertical-align: top; }
.note { font-size: 12px; color: #424a53; margin: 4px 0; }
.actions { margin-top: 8px; display: flex; justify-content: space-between; gap: 8px; }
button { font: inherit; font-size: 13px; padding: 3px 10px; border-radius: 6px; border: 1px solid #57606a; background: #f6f8fa; color: #1b1f24; cursor: pointer; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
`;

export interface CardOptions {
  attachShadow: (el: Element, init: ShadowRootInit) => ShadowRoot;
  onCompare: (claimId: string | undefined) => void;
  signal: AbortSignal;
}

export class EvidenceCard {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private panel: HTMLElement | null = null;
  private anchor: HTMLElement | null = null;
  private closeTimer = 0;
  private returningFocus = false;

  private readonly controller = new AbortController();

  constructor(private readonly doc: Document, private readonly options: CardOptions) {
    // Own controller, chained to the run's: destroy() drops this card's listeners too.
    options.signal.addEventListener('abort', () => this.controller.abort(), { once: true, signal: this.controller.signal });
    const signal = this.controller.signal;
    doc.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.isOpen) {
        const anchor = this.anchor;
        const focusInCard = this.doc.activeElement === this.host;
        this.close();
        if (focusInCard && anchor) this.returnFocus(anchor);
      }
    }, { capture: true, signal });
    doc.addEventListener('pointerdown', (event) => {
      if (!this.isOpen) return;
      const path = event.composedPath();
      if (this.host && path.includes(this.host)) return;
      if (this.anchor && path.includes(this.anchor)) return;
      this.close();
    }, { capture: true, signal });
    doc.defaultView?.addEventListener('scroll', () => this.position(), { passive: true, capture: true, signal });
    doc.defaultView?.addEventListener('resize', () => this.position(), { passive: true, signal });
  }

  get isOpen(): boolean {
    return this.panel !== null && !this.panel.hidden;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  /** Shows the card for `anchor`; with `takeFocus` (keyboard activation) focus moves into it. */
  open(anchor: HTMLElement, annotation: Annotation, takeFocus = false): void {
    if (this.returningFocus) return;
    this.cancelClose();
    const panel = this.ensure();
    if (!panel) return;
    if (this.anchor !== anchor || panel.hidden) {
      this.anchor?.setAttribute('aria-expanded', 'false');
      this.anchor = anchor;
      panel.replaceChildren(...this.render(annotation));
      panel.hidden = false;
      anchor.setAttribute('aria-expanded', 'true');
      this.position();
    }
    if (takeFocus) panel.querySelector('button')?.focus();
  }

  /** Closes after a short delay, so the pointer can travel from the badge into the card. */
  closeSoon(): void {
    this.cancelClose();
    const view = this.doc.defaultView;
    if (!view) return this.close();
    this.closeTimer = view.setTimeout(() => this.close(), 300);
  }

  cancelClose(): void {
    if (this.closeTimer) this.doc.defaultView?.clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }

  /** Gives focus back to the badge without its focus reopening the card. */
  private returnFocus(anchor: HTMLElement): void {
    this.returningFocus = true;
    try {
      anchor.focus();
    } finally {
      this.returningFocus = false;
    }
  }

  close(): void {
    this.cancelClose();
    if (this.panel) this.panel.hidden = true;
    this.anchor?.setAttribute('aria-expanded', 'false');
    this.anchor = null;
  }

  destroy(): void {
    this.close();
    this.controller.abort();
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.panel = null;
  }

  private ensure(): HTMLElement | null {
    if (this.panel) return this.panel;
    const host = this.doc.createElement('corroborate-card');
    try {
      this.root = this.options.attachShadow(host, { mode: 'closed' });
    } catch (error) {
      console.warn('[corroborate] cannot show the evidence card on this page:', error);
      return null;
    }
    for (const [p, v] of [['display', 'block'], ['position', 'static'], ['width', '0'], ['height', '0'], ['margin', '0'], ['padding', '0'], ['border', 'none']] as const) {
      host.style.setProperty(p, v, 'important');
    }
    applyShadowCss(this.root, CARD_CSS, this.doc);
    const panel = this.doc.createElement('div');
    panel.className = 'card';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Corroborate: what other sources say');
    panel.hidden = true;
    panel.addEventListener('pointerenter', () => this.cancelClose(), { signal: this.controller.signal });
    panel.addEventListener('pointerleave', () => this.closeSoon(), { signal: this.controller.signal });
    // Focus leaving the card (Tab past its last button) closes it, unless it goes back to the badge.
    panel.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && (panel.contains(next) || next === this.anchor)) return;
      this.closeSoon();
    }, { signal: this.controller.signal });
    this.root.appendChild(panel);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.panel = panel;
    return panel;
  }

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = this.doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  private render(annotation: Annotation): Node[] {
    const out: Node[] = [];
    const heading = this.el('h2');
    const icon = this.el('span', 'icon', VERDICT_ICON[annotation.verdict]);
    icon.style.background = VERDICT_COLOUR[annotation.verdict];
    icon.setAttribute('aria-hidden', 'true');
    heading.append(icon, this.el('span', undefined, badgeLabel(annotation)));
    out.push(heading);
    for (const claim of annotation.claims) {
      const section = this.el('section', 'claim');
      section.append(this.el('p', 'statement', claim.statement));
      if (claim.conflictNote) section.append(this.el('p', 'note', claim.conflictNote));
      const conflicts = claim.evidence.filter((e) => e.stance === 'contradicts' && e.values && e.values.length > 0);
      if (conflicts.length > 0) section.append(this.renderConflicts(annotation.text, conflicts));
      const list = this.el('ul');
      for (const evidence of claim.evidence) list.append(this.renderEvidence(evidence));
      if (claim.evidence.length === 0) list.append(this.el('li', 'note', 'No other source in the claim pack speaks to this.'));
      section.append(list);
      out.push(section);
    }
    const actions = this.el('div', 'actions');
    const compare = this.el('button', undefined, 'Compare sources');
    compare.type = 'button';
    compare.addEventListener('click', () => this.options.onCompare(annotation.claims[0]?.id), { signal: this.controller.signal });
    const close = this.el('button', undefined, 'Close');
    close.type = 'button';
    close.addEventListener('click', () => {
      const anchor = this.anchor;
      this.close();
      if (anchor) this.returnFocus(anchor);
    }, { signal: this.controller.signal });
    actions.append(compare, close);
    out.push(actions);
    return out;
  }

  private renderEvidence(e: EvidenceView): HTMLElement {
    const item = this.el('li');
    const meta = this.el('div', 'meta');
    const stance = this.el('span', `stance ${e.stance}`, e.stance === 'supports' ? 'Agrees' : 'Conflicts');
    meta.append(stance, this.el('span', undefined, `${e.source.outlet} · ${e.source.published}`));
    item.append(meta, this.el('blockquote', undefined, e.quote));
    const who = [e.speaker ? `Said by ${e.speaker}` : '', e.hedge ? `(${e.hedge})` : ''].filter(Boolean).join(' ');
    if (who) item.append(this.el('div', 'meta', who));
    if (e.note) item.append(this.el('div', 'note', e.note));
    return item;
  }

  private renderConflicts(pageSentence: string, conflicts: EvidenceView[]): HTMLElement {
    const table = this.el('table');
    const head = this.el('tr');
    head.append(this.el('th', undefined, 'This page'), this.el('th', undefined, 'Other source says'));
    table.append(head);
    conflicts.forEach((e, i) => {
      const row = this.el('tr');
      const mine = this.el('td', undefined, i === 0 ? clip(pageSentence, 160) : '〃');
      const theirs = this.el('td', undefined, `${(e.values ?? []).join(' / ')} — ${e.source.outlet}`);
      row.append(mine, theirs);
      table.append(row);
    });
    return table;
  }

  /** Places the card below the badge, or above it when there is no room, inside the viewport. */
  private position(): void {
    if (!this.panel || !this.anchor || this.panel.hidden) return;
    const view = this.doc.defaultView;
    if (!view) return;
    if (!this.anchor.isConnected) {
      this.close();
      return;
    }
    const margin = 8;
    const a = this.anchor.getBoundingClientRect();
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const width = Math.min(440, vw - 2 * margin);
    this.panel.style.width = `${width}px`;
    // Below the badge if it fits, else above; if neither, on the roomier side with a shorter
    // (scrolling) card, so the card never covers the sentence it explains.
    const below = vh - margin - (a.bottom + 6);
    const above = a.top - 6 - margin;
    this.panel.style.maxHeight = `${Math.max(120, Math.min(560, vh - 2 * margin))}px`;
    let height = this.panel.getBoundingClientRect().height;
    let side: 'below' | 'above' = height <= below || below >= above ? 'below' : 'above';
    const room = side === 'below' ? below : above;
    if (height > room && room >= 120) {
      this.panel.style.maxHeight = `${room}px`;
      height = this.panel.getBoundingClientRect().height;
    } else if (height > room) {
      side = 'below';
    }
    let top = side === 'below' ? a.bottom + 6 : a.top - 6 - height;
    top = Math.max(margin, Math.min(top, vh - margin - height));
    const left = Math.max(margin, Math.min(a.left, vw - margin - width));
    this.panel.style.left = `${left}px`;
    this.panel.style.top = `${top}px`;
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
