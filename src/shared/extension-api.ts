// The one thin wrapper over webextension-polyfill for UI code (popup, options): every
// browser call they make goes through an ExtensionApi, so tests swap in a fake.
import browser from 'webextension-polyfill';
import { PAGE_ORIGINS } from './page-origins.js';
import { CONTENT_STATE_KEY } from './content-state.js';
import { parseReply, type BackgroundReplies, type Reply, type RequestOf, type ToBackgroundType } from './messages.js';

export interface ExtensionApi {
  /** Sends a typed request to the background and returns its `{ok,value}|{ok,error}` reply. */
  request<K extends ToBackgroundType>(message: RequestOf<K>): Promise<Reply<BackgroundReplies[K]>>;
  /** browser.i18n.getMessage; an empty string when the key is unknown. */
  getMessage(key: string, substitutions?: string[]): string;
  /** The UI language's writing direction. */
  uiDirection(): 'ltr' | 'rtl';
  /** The active tab of the current window, if any, with its address when the browser shows it. */
  activeTab(): Promise<TabSight | undefined>;
  /** Tab `tabId`, with its address when the browser shows it; undefined when there is no such tab. */
  tab(tabId: number): Promise<TabSight | undefined>;
  /** Has the user granted host access to the pages the content script runs in? (The browser then shows their addresses.) */
  hasHostAccess(): Promise<boolean>;
  /**
   * The state the content script of tab `tabId` published in its own world (content-state.ts), or
   * undefined when it has none there or the browser does not let the popup ask (no activeTab or host access).
   */
  contentScriptState(tabId: number): Promise<string | undefined>;
  /** Reloads tab `tabId` (no permission needed). */
  reloadTab(tabId: number): Promise<void>;
  /** Opens the options page. */
  openOptions(): Promise<void>;
  /** Asks the user for host access to web pages (topic-extra.js needs it); must run in a user gesture. */
  requestHostAccess(): Promise<boolean>;
}

/** A tab as the extension may see it: without access to its page the browser hides its address. */
export interface TabSight {
  id: number;
  url?: string;
}

function sightOf(tab: browser.Tabs.Tab | undefined): TabSight | undefined {
  if (tab?.id === undefined) return undefined;
  return tab.url === undefined ? { id: tab.id } : { id: tab.id, url: tab.url };
}

export function createBrowserApi(): ExtensionApi {
  return {
    async request(message) {
      try {
        return parseReply(await browser.runtime.sendMessage(message));
      } catch (error) {
        console.error('[corroborate] message to background failed', message.type, error);
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    getMessage: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    uiDirection: () => (browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr'),
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return sightOf(tab);
    },
    async tab(tabId) {
      try {
        return sightOf(await browser.tabs.get(tabId));
      } catch (error) {
        console.info('[corroborate] no tab', tabId, error);
        return undefined;
      }
    },
    hasHostAccess: () => browser.permissions.contains({ origins: [...PAGE_ORIGINS] }),
    async contentScriptState(tabId) {
      try {
        const [frame] = await browser.scripting.executeScript({
          target: { tabId },
          // Runs in the tab, in the content script's world: it may name nothing from this module.
          func: (key: string) => {
            const published = (globalThis as Record<string, unknown>)[key];
            return typeof published === 'object' && published !== null ? (published as { state?: unknown }).state : undefined;
          },
          args: [CONTENT_STATE_KEY],
        });
        return typeof frame?.result === 'string' ? frame.result : undefined;
      } catch (error) {
        console.info('[corroborate] could not ask the content script of tab', tabId, 'for its state', error);
        return undefined;
      }
    },
    reloadTab: (tabId) => browser.tabs.reload(tabId),
    openOptions: () => browser.runtime.openOptionsPage(),
    requestHostAccess: () => browser.permissions.request({ origins: [...PAGE_ORIGINS] }),
  };
}
