// Styles for the extension's closed shadow roots. A constructed stylesheet first: pages with a
// strict CSP (no 'unsafe-inline' styles) still accept it. A <style> element only as a fallback.

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

export function applyShadowCss(root: ShadowRoot, css: string, doc: Document): void {
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  const Ctor = view?.CSSStyleSheet;
  if (Ctor && 'adoptedStyleSheets' in root && typeof Ctor.prototype.replaceSync === 'function') {
    try {
      let perDoc = sheets.get(doc);
      if (!perDoc) {
        perDoc = new Map();
        sheets.set(doc, perDoc);
      }
      let sheet = perDoc.get(css);
      if (!sheet) {
        sheet = new Ctor();
        sheet.replaceSync(css);
        perDoc.set(css, sheet);
      }
      root.adoptedStyleSheets = [sheet];
      return;
    } catch (error) {
      console.debug('[corroborate] constructed stylesheet refused, using <style>:', error);
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}
