// The content script's one seam to the browser. Tests hand `startPageRun` a fake ContentApi.
//
// Unlike the background and the UI pages, which reach the browser through webextension-polyfill,
// the content script calls the browser's own promise-based runtime (Chromium's `chrome.runtime`
// under Manifest V3, Firefox's `browser.runtime`) through the few typed lines below. content.js is
// evaluated on every page the user opens, and most of them never name the topic: in a fresh tab
// the polyfill's set-up was most of the script's evaluation (Chromium trace of a 10,000-word page
// not about the topic, new tab each time: EvaluateScript 10-12.5 ms CPU with it). The content
// script uses only `runtime` (sendMessage, onMessage, id, getURL), where the two browsers already
// agree, so the polyfill would buy nothing here.
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

interface NativeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

interface NativeRuntime {
  readonly id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: NativeEvent<(message: unknown) => undefined>;
}

/** Firefox's promise-based `browser`, else Chromium's `chrome` (promise-based under Manifest V3). */
function nativeRuntime(): NativeRuntime {
  const g = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (runtime === undefined) throw new Error('no extension runtime in this context');
  return runtime;
}

export function createContentApi(): ContentApi {
  const runtime = nativeRuntime();
  const isAlive = (): boolean => {
    try {
      return typeof runtime.id === 'string' && runtime.id.length > 0;
    } catch (error) {
      // Reading runtime.id throws "Extension context invalidated" in an orphaned script.
      void error;
      return false;
    }
  };
  return {
    async request(message) {
      try {
        return parseReply(await runtime.sendMessage(message));
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
      runtime.onMessage.addListener(handler);
      signal.addEventListener('abort', () => {
        if (isAlive()) runtime.onMessage.removeListener(handler);
      }, { once: true });
    },
    isAlive,
    resourceUrl: (path) => runtime.getURL(path),
  };
}
