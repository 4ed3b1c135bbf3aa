// Background entry (MV3 service worker / Firefox event page): wires the real browser to
// createBackground. Listeners are registered synchronously at top level so a worker woken
// by an event receives it; all state is rebuilt lazily from storage.
import browser from 'webextension-polyfill';
import bundledPack from 'corroborate:bundled-pack';
import type { BackgroundBrowser, SessionArea } from './browser-seam.js';
import { createBackground } from './create-background.js';
import { PAGE_ORIGINS, TOPIC_SCRIPT_ID } from '../shared/page-origins.js';

function sessionArea(): SessionArea | undefined {
  // storage.session: Chrome 102+, Firefox 115+. Absent elsewhere: tab state then lives in memory.
  const area = (browser.storage as { session?: browser.Storage.StorageArea }).session;
  if (area === undefined) return undefined;
  return {
    get: (key) => area.get(key),
    set: (items) => area.set(items),
    remove: (key) => area.remove(key),
  };
}

const real: BackgroundBrowser = {
  runtimeId: browser.runtime.id,
  extensionBaseUrl: browser.runtime.getURL(''),
  session: sessionArea(),
  getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
  async setBadge(tabId, text, title) {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setTitle({ tabId, title }),
      text === '' ? Promise.resolve() : browser.action.setBadgeBackgroundColor({ tabId, color: '#3b4a6b' }),
    ]);
  },
  async openTab(url) {
    await browser.tabs.create({ url });
  },
  async sendToTab(tabId, message, frameId) {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  },
  topicScript: {
    hasHostAccess: () => browser.permissions.contains({ origins: [...PAGE_ORIGINS] }),
    async isRegistered() {
      return (await browser.scripting.getRegisteredContentScripts({ ids: [TOPIC_SCRIPT_ID] })).length > 0;
    },
    async setRegistered(registered) {
      if (!registered) {
        await browser.scripting.unregisterContentScripts({ ids: [TOPIC_SCRIPT_ID] });
        return;
      }
      await browser.scripting.registerContentScripts([{
        id: TOPIC_SCRIPT_ID, js: ['topic-extra.js'], matches: [...PAGE_ORIGINS], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
      }]);
    },
  },
};

const background = createBackground({
  browser: real,
  bundledPack,
  indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => background.onMessage(message, sender));
browser.runtime.onInstalled.addListener(() => {
  background.onInstalled().catch((error: unknown) => console.error('[corroborate] install step failed', error));
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') {
    background.onTabNavigating(tabId).catch((error: unknown) => console.error('[corroborate] clearing tab state failed', tabId, error));
  }
});
const onHostAccessChanged = () => {
  background.onHostAccessChanged().catch((error: unknown) => console.error('[corroborate] following the host access granted failed', error));
};
browser.permissions.onAdded.addListener(onHostAccessChanged);
browser.permissions.onRemoved.addListener(onHostAccessChanged);
browser.tabs.onRemoved.addListener((tabId) => {
  background.onTabRemoved(tabId).catch((error: unknown) => console.error('[corroborate] clearing tab state failed', tabId, error));
});
