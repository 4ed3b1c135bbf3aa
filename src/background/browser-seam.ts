// The browser as the background sees it: a small interface the worker code depends on, so
// tests drive the background with a fake and index.ts alone touches `browser.*`.
import type { BackgroundToContent } from '../shared/messages.js';

export interface SessionArea {
  /** `null` reads every item. */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface BackgroundBrowser {
  /** runtime.id: messages from any other extension are refused. */
  runtimeId: string;
  /** runtime.getURL('') — the origin of our own pages, e.g. chrome-extension://ID/ */
  extensionBaseUrl: string;
  /** storage.session when the browser has it (kept across worker restarts, cleared with the browser). */
  session: SessionArea | undefined;
  getMessage(key: string, substitutions?: string[]): string;
  setBadge(tabId: number, text: string, title: string): Promise<void>;
  openTab(url: string): Promise<void>;
  sendToTab(tabId: number, message: BackgroundToContent, frameId?: number): Promise<void>;
  /** topic-extra.js, registered as a content script only while imported packs name other topics. */
  topicScript: TopicScriptSeam;
}

export interface TopicScriptSeam {
  /** Has the user granted the optional host access that registered content scripts need? */
  hasHostAccess(): Promise<boolean>;
  isRegistered(): Promise<boolean>;
  /** Registers or unregisters it (registrations persist across browser sessions). */
  setRegistered(registered: boolean): Promise<void>;
}

/** What runtime.onMessage tells us about who sent a message (subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}
