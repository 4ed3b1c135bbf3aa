// The <corroborate-badge> element (design.md): data-verdict, data-claims, inserted after the
// sentence's last character; its UI lives in a closed shadow root so page CSS cannot restyle
// it and its CSS cannot leak. Focusable (tabindex=0, role=button) with a spoken name.
import type { Annotation, Verdict } from '../core/annotation-types.js';
import { applyShadowCss } from './shadow-style.js';
import { badgeLabel, VERDICT_ICON } from './verdict-text.js';

export const BADGE_TAG = 'corroborate-badge';
/** Used when the page itself has taken `corroborate-badge` (defined it, or gave it a shadow root). */
export const BADGE_FALLBACK_TAG = 'corroborate-badge-x';

// Colours: each has at least 4.5:1 contrast with the badge's white icon, and at least 3:1
// against both white and near-black pages (the badge's outline keeps it visible on either).
export const VERDICT_COLOUR: Record<Verdict, string> = {
  corroborated: '#1d6b3a',
  contradicted: '#b3261e',
  disputed: '#8a4b00',
  unverified: '#4f5560',
};

/**
 * The host's own box, declared in the shadow root's `:host` rule with !important: for important
 * declarations the shadow tree's context wins over the page's (and over the host's style
 * attribute), so no page rule can hide, move or resize a badge.
 *
 * The host is a fixed 18 px box that adds nothing to the height of the line it sits in: its
 * negative top and bottom margins make its margin box 0 px tall, and its icon is absolutely
 * positioned, so its baseline is its bottom margin edge, on the text's baseline (it draws from
 * 14 px above the baseline to 4 px below, over the line's own leading). A badge that made its
 * line taller moved everything after it down, and Chromium then pre-painted, repainted and
 * re-layerized the whole rest of the page in the next frame: 60-160 ms on hostile
 * tiny-text-nodes.html (100,000 text nodes), against 20-40 ms for a badge that moves nothing
 * (issue 7; see src/content/README.md). `contain: strict` keeps the box's own layout and paint
 * to itself.
 */
const HOST_CSS = [
  ['display', 'inline-block'], ['position', 'relative'], ['box-sizing', 'border-box'],
  ['width', '18px'], ['height', '18px'], ['margin', '-14px 0 -4px 0.25em'], ['padding', '0'],
  ['contain', 'strict'], ['font-size', '16px'], ['line-height', '1'], ['vertical-align', 'baseline'],
  ['cursor', 'pointer'],
].map(([p, v]) => `${p}: ${v} !important;`).join(' ');

const BADGE_CSS = `
:host { all: initial !important; ${HOST_CSS} }
span {
  position: absolute; inset: 1px;
  display: flex; align-items: center; justify-content: center;
  box-sizing: border-box; padding: 0;
  border-radius: .625em; border: 1px solid #ffffff; outline: 1px solid rgba(0,0,0,.55);
  font: bold 0.8em/1 system-ui, -apple-system, "Segoe UI", sans-serif; color: #ffffff;
  cursor: pointer; user-select: none;
}
.corroborated { background: ${VERDICT_COLOUR.corroborated}; }
.contradicted { background: ${VERDICT_COLOUR.contradicted}; }
.disputed { background: ${VERDICT_COLOUR.disputed}; }
.unverified { background: ${VERDICT_COLOUR.unverified}; }
`;

export interface BadgeFactory {
  create(doc: Document, annotation: Annotation): HTMLElement | null;
}

/**
 * Builds badges with the DOM methods captured when the content script started, so a page that
 * later overrides attachShadow cannot reach into them.
 */
export function createBadgeFactory(attachShadow: (el: Element, init: ShadowRootInit) => ShadowRoot): BadgeFactory {
  let tag = BADGE_TAG;
  const build = (doc: Document, annotation: Annotation, name: string): HTMLElement => {
    const host = doc.createElement(name);
    const root = attachShadow(host, { mode: 'closed' });
    host.setAttribute('data-verdict', annotation.verdict);
    host.setAttribute('data-claims', annotation.claims.map((c) => c.id).join(' '));
    host.setAttribute('tabindex', '0');
    host.setAttribute('role', 'button');
    host.setAttribute('aria-haspopup', 'dialog');
    host.setAttribute('aria-label', badgeLabel(annotation));
    host.setAttribute('translate', 'no');
    applyShadowCss(root, BADGE_CSS, doc);
    const icon = doc.createElement('span');
    icon.className = annotation.verdict;
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = VERDICT_ICON[annotation.verdict];
    root.appendChild(icon);
    return host;
  };
  return {
    create(doc, annotation) {
      try {
        return build(doc, annotation, tag);
      } catch (error) {
        if (tag === BADGE_FALLBACK_TAG) {
          console.warn('[corroborate] cannot build a badge on this page:', error);
          return null;
        }
        console.warn(`[corroborate] <${BADGE_TAG}> is taken by the page; using <${BADGE_FALLBACK_TAG}>:`, error);
        tag = BADGE_FALLBACK_TAG;
        return this.create(doc, annotation);
      }
    },
  };
}
