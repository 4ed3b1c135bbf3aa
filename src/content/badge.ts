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

const BADGE_CSS = `
:host { all: initial !important; }
span {
  display: inline-flex; align-items: center; justify-content: center;
  box-sizing: border-box; min-width: 1.25em; height: 1.25em; padding: 0 .2em;
  border-radius: .625em; border: 1px solid #ffffff; outline: 1px solid rgba(0,0,0,.55);
  font: bold 0.8em/1 system-ui, -apple-system, "Segoe UI", sans-serif; color: #ffffff;
  vertical-align: baseline; cursor: pointer; user-select: none;
}
.corroborated { background: ${VERDICT_COLOUR.corroborated}; }
.contradicted { background: ${VERDICT_COLOUR.contradicted}; }
.disputed { background: ${VERDICT_COLOUR.disputed}; }
.unverified { background: ${VERDICT_COLOUR.unverified}; }
`;

/** Inline !important declarations on the host: they win over any page stylesheet rule. */
const HOST_STYLE_LIST: Array<[string, string]> = [
  ['display', 'inline-block'], ['position', 'static'], ['margin', '0 0 0 0.25em'], ['padding', '0'],
  ['border', 'none'], ['background', 'none'], ['float', 'none'], ['width', 'auto'], ['height', 'auto'],
  ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['font-size', '16px'],
  ['line-height', '1'], ['vertical-align', 'baseline'], ['text-indent', '0'], ['cursor', 'pointer'],
];
// One CSSOM write per badge (allowed under a strict style-src CSP, unlike a style attribute).
const HOST_STYLE = HOST_STYLE_LIST.map(([p, v]) => `${p}: ${v} !important;`).join(' ');

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
    host.style.cssText = HOST_STYLE;
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
