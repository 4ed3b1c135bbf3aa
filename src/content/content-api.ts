// The content script's one seam to the browser. Tests hand `startPageRun` a fake ContentApi.
//
// Every extension API call goes through webextension-polyfill, as in the background and the UI
// pages (one promise-based `browser.*` in both browsers). Importing it has a price on every page
// the user opens: when content.js held the whole page run, evaluating it cost about a third more
// with the polyfill (Chromium traces, EvaluateScript CPU median of 8 loads: 15.2 ms with it, 11.6 ms
// without, loaded 2-core VM). The time is won back elsewhere, not in this file: content.js now holds
// only this seam, the topic pre-check and the loader (57.9 -> 28.7 KiB with the polyfill's minified
// build, see build.mjs), and the page run (content-main.js) is imported only on pages that name the
// topic. Measured after the change on the same VM: EvaluateScript 10-11 ms CPU on a page not about
// the topic, of which a content script that does nothing but one runtime.sendMessage costs 3-4 ms.
import browser from 'webextension-polyfill';
import {
  parseBackgroundToContent, parseReply,
  type BackgroundReplies, type BackgroundToContent, type ContentToBackground, type Reply,
} from '../shared/messages.js';

type ContentType = ContentToBackground['type'];
export type ContentRequest<K extends ContentType> = Extract<ContentToBackground, { type: K }>;

export interface ContentApi {
  /** Sends a typed request to the background; transport failures come back as `{ok:false}`. */
  request<K extends ContentType>(message: ContentRequest<K>): Promise<Reply<BackgroundReplies[K]>>;
  /** Listens for validated background messages until `signal` aborts. */
  onMessage(listener: (message: BackgroundToContent) => void, signal: AbortSignal): void;
  /** False once the extension was reloaded, updated or removed (this script is then orphaned). */
  isAlive(): boolean;
  /** The URL of one of the extension's own files (the loader imports content-main.js from it). */
  resourceUrl(path: string): string;
}

export function createContentApi(): ContentApi {
  const isAlive = (): boolean => {
    try {
      return typeof browser.runtime.id === 'string' && browser.runtime.id.length > 0;
    } catch (error) {
      // Reading runtime.id throws "Extension context invalidated" in an orphaned script.
      void error;
      return false;
    }
  };
  return {
    async request(message) {
      try {
        return parseReply(await browser.runtime.sendMessage(message));
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    onMessage(listener, signal) {
      const handler = (raw: unknown): undefined => {
        const parsed = parseBackgroundToContent(raw);
        if (!parsed.ok) {
          console.warn('[corroborate] dropped a message from the background:', parsed.reason);
          return undefined;
        }
        listener(parsed.message);
        return undefined;
      };
      browser.runtime.onMessage.addListener(handler);
      signal.addEventListener('abort', () => {
        if (isAlive()) browser.runtime.onMessage.removeListener(handler);
      }, { once: true });
    },
    isAlive,
    resourceUrl: (path) => browser.runtime.getURL(path),
  };
}
