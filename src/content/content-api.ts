// The content script's one seam to the browser. Tests hand `startPageRun` a fake ContentApi.
//
// Why not webextension-polyfill here (the background and the UI pages use it): the content
// script runs on every page the user opens, and importing the polyfill makes evaluating
// content.js cost about a third more main-thread time (esbuild's CommonJS interop copies the
// wrapped API object; Chromium traces, EvaluateScript CPU median of 8 loads: 15.2 ms with it,
// 11.6 ms without, on a loaded 2-core VM; bundle 89 -> 57 KiB). The two calls this script makes
// need no polyfill: Firefox has a native promise-based `browser`, and Chromium's MV3
// `chrome.runtime.sendMessage` returns a promise. Types come from the polyfill's package.
import type { Runtime } from 'webextension-polyfill';
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
}

interface RuntimeNamespace {
  runtime: Pick<Runtime.Static, 'sendMessage' | 'onMessage' | 'id'>;
}

/** The native extension namespace: `browser` (Firefox, recent Chromium) or `chrome` (Chromium MV3). */
function nativeNamespace(): RuntimeNamespace {
  const g = globalThis as { browser?: RuntimeNamespace; chrome?: RuntimeNamespace };
  const ns = g.browser?.runtime ? g.browser : g.chrome;
  if (!ns?.runtime) throw new Error('no extension runtime in this context');
  return ns;
}

export function createContentApi(): ContentApi {
  const browser = nativeNamespace();
  const isAlive = (): boolean => {
    try {
      return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
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
  };
}
