// A fake of the background's browser seam: records badges, opened tabs and messages to tabs.
import type { BackgroundBrowser, SessionArea } from '../../../src/background/browser-seam.js';
import type { BackgroundToContent } from '../../../src/shared/messages.js';

export const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXT_BASE = `chrome-extension://${EXT_ID}/`;

export class FakeSession implements SessionArea {
  readonly items = new Map<string, unknown>();
  async get(key: string | null): Promise<Record<string, unknown>> {
    if (key === null) return Object.fromEntries(this.items);
    return this.items.has(key) ? { [key]: structuredClone(this.items.get(key)) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) this.items.set(k, structuredClone(v));
  }
  async remove(key: string): Promise<void> {
    this.items.delete(key);
  }
}

export class FakeBrowser implements BackgroundBrowser {
  runtimeId = EXT_ID;
  extensionBaseUrl = EXT_BASE;
  badges = new Map<number, { text: string; title: string }>();
  opened: string[] = [];
  sent: { tabId: number; message: BackgroundToContent; frameId?: number }[] = [];
  /** Host access as the user left it, and whether topic-extra.js is registered now. */
  hostAccess = false;
  topicScriptRegistered = false;
  topicScript = {
    hasHostAccess: async (): Promise<boolean> => this.hostAccess,
    isRegistered: async (): Promise<boolean> => this.topicScriptRegistered,
    setRegistered: async (registered: boolean): Promise<void> => {
      this.topicScriptRegistered = registered;
    },
  };
  constructor(public session: SessionArea | undefined = new FakeSession()) {}
  getMessage(key: string, subs: string[] = []): string {
    return `${key}(${subs.join(',')})`;
  }
  async setBadge(tabId: number, text: string, title: string): Promise<void> {
    this.badges.set(tabId, { text, title });
  }
  async openTab(url: string): Promise<void> {
    this.opened.push(url);
  }
  async sendToTab(tabId: number, message: BackgroundToContent, frameId?: number): Promise<void> {
    this.sent.push(frameId === undefined ? { tabId, message } : { tabId, message, frameId });
  }
}

export const popupSender = { id: EXT_ID, url: `${EXT_BASE}popup.html` };
export const optionsSender = { id: EXT_ID, url: `${EXT_BASE}options.html` };
export const contentSender = (tabId: number, url = 'http://127.0.0.1:8000/news/a.html') => ({ id: EXT_ID, url, tab: { id: tabId, url }, frameId: 0 });
