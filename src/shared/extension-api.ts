// The one thin wrapper over webextension-polyfill for UI code (popup, options): every
// browser call they make goes through an ExtensionApi, so tests swap in a fake.
import browser from 'webextension-polyfill';
import { PAGE_ORIGINS } from './page-origins.js';
import { parseReply, type BackgroundReplies, type Reply, type RequestOf, type ToBackgroundType } from './messages.js';

export interface ExtensionApi {
  /** Sends a typed request to the background and returns its `{ok,value}|{ok,error}` reply. */
  request<K extends ToBackgroundType>(message: RequestOf<K>): Promise<Reply<BackgroundReplies[K]>>;
  /** browser.i18n.getMessage; an empty string when the key is unknown. */
  getMessage(key: string, substitutions?: string[]): string;
  /** The UI language's writing direction. */
  uiDirection(): 'ltr' | 'rtl';
  /** Id of the active tab of the current window, if any. */
  activeTabId(): Promise<number | undefined>;
  /** Opens the options page. */
  openOptions(): Promise<void>;
  /** Asks the user for host access to web pages (topic-extra.js needs it); must run in a user gesture. */
  requestHostAccess(): Promise<boolean>;
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
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    openOptions: () => browser.runtime.openOptionsPage(),
    requestHostAccess: () => browser.permissions.request({ origins: [...PAGE_ORIGINS] }),
  };
}
