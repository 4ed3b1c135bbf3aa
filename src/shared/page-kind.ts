// Whether the content script can run in a tab's page, from the address the browser shows the popup.
// The browser shows an extension a tab's address only where it has access to the page (its host
// access, or activeTab once the user clicks the toolbar button), so a hidden address means either
// "a page no extension may read" or, without that access, "not known".

/** `readable`: a page the content script runs in. `unknown`: the address is hidden and nothing can be said. */
export type PageKind = 'readable' | 'unreadable' | 'unknown';

/** The schemes of the manifest's content-script matches (PAGE_ORIGINS). */
const CONTENT_SCRIPT_SCHEMES: readonly string[] = ['http:', 'https:', 'file:'];

/** Extension stores: web pages that both browsers keep every extension out of. */
function isExtensionStore(url: URL): boolean {
  const host = url.hostname;
  return host === 'chromewebstore.google.com'
    || (host === 'chrome.google.com' && (url.pathname === '/webstore' || url.pathname.startsWith('/webstore/')))
    || host === 'addons.mozilla.org';
}

/**
 * A PDF opens in the browser's viewer, whose document holds no text a content script can read.
 * Told by the address alone (the popup cannot see the content type): a PDF served without `.pdf`
 * counts as readable, and reads as "not about the topic".
 */
function isPdfAddress(url: URL): boolean {
  return url.pathname.toLowerCase().endsWith('.pdf');
}

/**
 * @param url the tab's address as the browser shows it to the extension, if at all
 * @param shownIfReadable true when the browser would show the address of any page the content
 *   script runs in (activeTab after a click on the toolbar button, or the host access granted)
 */
export function pageKindOf(url: string | undefined, shownIfReadable: boolean): PageKind {
  if (url === undefined) return shownIfReadable ? 'unreadable' : 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    // The browser showed something that is not an address: nothing a content script matches.
    void error;
    return 'unreadable';
  }
  if (!CONTENT_SCRIPT_SCHEMES.includes(parsed.protocol)) return 'unreadable';
  if (isExtensionStore(parsed) || isPdfAddress(parsed)) return 'unreadable';
  return 'readable';
}
