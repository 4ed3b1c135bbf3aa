// Which tab the popup is about, and whether its page is one the content script can run in.
import type { ExtensionApi } from '../shared/extension-api.js';
import { pageKindOf, type PageKind } from '../shared/page-kind.js';

export interface PopupTarget {
  tabId: number;
  /** The tab's address, when the browser shows it to the popup. */
  url?: string;
  kind: PageKind;
}

/** The tab named by ?tab=, when it is a valid tab id. */
export function tabFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/**
 * The active tab (the popup opened from the toolbar button), or tab TABID for popup.html?tab=TABID.
 * Opened from the button, the popup holds activeTab for the active tab, so the browser shows it
 * that page's address unless no extension may read the page; opened as a page, it sees addresses
 * only with the host access granted (always in Firefox, where the content script's pages are host
 * permissions; in Chromium only if the user granted the optional access).
 */
export async function resolvePopupTarget(api: ExtensionApi, search: string): Promise<PopupTarget | undefined> {
  const named = tabFromQuery(search);
  const tab = named === undefined ? await api.activeTab() : (await api.tab(named)) ?? { id: named };
  if (tab === undefined) return undefined;
  const shownIfReadable = named === undefined || (await api.hasHostAccess());
  const kind = pageKindOf(tab.url, shownIfReadable);
  return tab.url === undefined ? { tabId: tab.id, kind } : { tabId: tab.id, url: tab.url, kind };
}
