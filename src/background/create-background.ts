// The background's behaviour, independent of the real browser: a complete typed handler map,
// the sender and body checks in front of it, and the install / navigation hooks. Nothing here
// is kept that cannot be rebuilt: tab state lives in storage.session, and the store and the
// bundled pack's index are rebuilt by each new worker, starting as soon as it starts (not at the
// first message), so a page's first request finds them ready or on the way.
import type { AnnotateResult, Verdict } from '../core/annotation-types.js';
import { VERDICTS } from '../core/annotation-types.js';
import type { CompiledPack } from '../core/pack/compile-pack.js';
import { overviewOf } from '../core/pack/pack-overview.js';
import { NO_TOPIC_PATTERNS } from '../core/match/topic-patterns.js';
import {
  REQUEST_ORIGIN,
  notAboutResults,
  parseToBackground,
  type BackgroundReplies,
  type PageSettings,
  type Reply,
  type RequestOf,
  type Settings,
  type TabReport,
  type ToBackgroundType,
  type TopicAccess,
} from '../shared/messages.js';
import type { BackgroundBrowser, SenderInfo } from './browser-seam.js';
import { openClaimStore, type ClaimStore } from './claim-store.js';
import { MatcherService } from './matcher-service.js';
import { summarisePack, type PackRecord } from './pack-record.js';
import { prepareImport } from './prepare-import.js';
import { TabState, type TabRecord } from './tab-state.js';
import { siteOf } from '../shared/site-of.js';
import { firstDayOf } from '../core/dates/parse-day-value.js';

export interface BackgroundOptions {
  browser: BackgroundBrowser;
  /** The compiled pack shipped with this build. */
  bundledPack: CompiledPack;
  /** indexedDB, or undefined where there is none; tests pass fake-indexeddb or a failing factory. */
  indexedDB: IDBFactory | undefined;
  now?: () => Date;
  /** Open the store and build the bundled pack's index at creation (default true); tests may turn it off. */
  preload?: boolean;
}

type Handlers = { [K in ToBackgroundType]: (message: RequestOf<K>, sender: SenderInfo) => Promise<BackgroundReplies[K]> };


export function isActiveFor(settings: Settings, url: string | undefined): boolean {
  if (!settings.enabled) return false;
  const site = url === undefined ? undefined : siteOf(url);
  return site === undefined || !settings.disabledSites.includes(site);
}

export function countVerdicts(result: AnnotateResult): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const a of result.annotations) counts[a.verdict] += 1;
  return counts;
}

/** What a tab's record says about its content script (see TabReport). */
export function reportOf(record: TabRecord | undefined): TabReport {
  if (record === undefined) return 'none';
  if (record.failed === true) return 'failed';
  return record.url === '' ? 'silent' : 'heard';
}

export interface Background {
  /** runtime.onMessage: returns the reply, or undefined for a message that is dropped. */
  onMessage(message: unknown, sender: SenderInfo): Promise<Reply<unknown>> | undefined;
  onInstalled(): Promise<void>;
  onTabNavigating(tabId: number): Promise<void>;
  onTabRemoved(tabId: number): Promise<void>;
  /** permissions.onAdded / onRemoved: topic-extra.js follows the host access granted. */
  onHostAccessChanged(): Promise<TopicAccess>;
  /** For tests: the store as the background currently sees it. */
  store(): Promise<ClaimStore>;
}

export function createBackground(options: BackgroundOptions): Background {
  const { browser } = options;
  const now = options.now ?? (() => new Date());
  const tabs = new TabState(browser.session);
  const matcher = new MatcherService();
  let storePromise: Promise<ClaimStore> | undefined;

  const bundledRecord = (): PackRecord => {
    const pack = options.bundledPack;
    return { id: pack.id, name: pack.name, version: pack.version, origin: 'bundled', addedAt: now().toISOString(), compiled: pack, overview: overviewOf(pack) };
  };

  /** Opens the store once per worker life (at start-up, or on first need); a new worker opens it again. */
  const store = (): Promise<ClaimStore> => {
    storePromise ??= openClaimStore(options.indexedDB, bundledRecord());
    return storePromise;
  };

  /**
   * Writes of per-tab state, in order per tab, each started in a later task than the one that queued
   * it. A write queued by a handler would otherwise run a few microtasks after the handler returns,
   * before the reply is sent: storage.session.set serialises the whole result there, and the toolbar
   * calls go out, while the page waits for its marks. getPopupState and the settings broadcast wait
   * for the queued writes, so a popup asking right after a reply still finds the results, and a tab
   * that has just asked for its settings still hears of a change.
   */
  const tabWrites = new Map<number, Promise<void>>();
  const nextTask = (): Promise<void> => new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
  const queueTabWrite = (tabId: number, what: string, write: () => Promise<unknown>): Promise<void> => {
    const next = (tabWrites.get(tabId) ?? nextTask())
      .then(write)
      .then(() => undefined, (error: unknown) => console.warn(`[corroborate] ${what} of tab`, tabId, 'failed', error));
    tabWrites.set(tabId, next);
    void next.then(() => {
      if (tabWrites.get(tabId) === next) tabWrites.delete(tabId);
    });
    return next;
  };

  /** The store's settings and packs, read together (both are cached by the store after the first read). */
  const settingsAndPacks = async (): Promise<{ s: ClaimStore; settings: Settings; packs: PackRecord[] }> => {
    const s = await store();
    const [settings, packs] = await Promise.all([s.getSettings(), s.listPacks()]);
    return { s, settings, packs };
  };

  if (options.preload ?? true) {
    // Start-up, before any message: open IndexedDB (asynchronous) and, meanwhile, build the index of
    // the bundled pack from this build's module (synchronous CPU). The database's copy of the bundled
    // pack is the same pack, so the matcher reuses this index for it (results are the same).
    const started = performance.now();
    settingsAndPacks()
      .then(() => console.debug(`[corroborate] store ready ${(performance.now() - started).toFixed(1)} ms after start`))
      .catch((error: unknown) => console.error('[corroborate] opening the claim store at start-up failed', error));
    try {
      matcher.preload(bundledRecord());
      // performance.now() counts from the worker's start: before createBackground, the script's own load and evaluation.
      console.debug(`[corroborate] bundled index built in ${(performance.now() - started).toFixed(1)} ms, ${performance.now().toFixed(1)} ms into the worker's life`);
    } catch (error) {
      // Not fatal: the index is built again on the first request, where the error is reported to the caller.
      console.error('[corroborate] building the bundled index at start-up failed', error);
    }
  }

  const t = (key: string, ...subs: (string | number)[]): string => {
    const text = browser.getMessage(key, subs.map(String));
    return text === '' ? key : text;
  };

  async function updateBadge(tabId: number, counts: Record<Verdict, number> | null): Promise<void> {
    try {
      if (counts === null) {
        await browser.setBadge(tabId, '', t('actionTitle'));
        return;
      }
      const total = VERDICTS.reduce((n, v) => n + counts[v], 0);
      const title = t('badgeTooltip', counts.corroborated, counts.contradicted, counts.disputed, counts.unverified);
      await browser.setBadge(tabId, total === 0 ? '' : String(total), title);
    } catch (error) {
      // The tab may have closed between the message and the badge update.
      console.warn('[corroborate] could not update the toolbar badge for tab', tabId, error);
    }
  }

  async function broadcastSettings(settings: Settings): Promise<void> {
    // A tab that has just asked for its settings may not be kept yet (queueTabWrite).
    await Promise.all(tabWrites.values());
    const known = await tabs.all();
    await Promise.all(
      known.map(async (record) => {
        try {
          await browser.sendToTab(record.tabId, { type: 'settingsChanged', active: isActiveFor(settings, record.url), highlightStyle: settings.highlightStyle });
        } catch (error) {
          console.info('[corroborate] tab', record.tabId, 'did not take the settings change (closed or no content script)', error);
        }
      }),
    );
  }

  async function saveSettings(settings: Settings): Promise<Settings> {
    const s = await store();
    const saved = await s.setSettings({ ...settings, disabledSites: [...new Set(settings.disabledSites)].sort() });
    await broadcastSettings(saved);
    return saved;
  }

  /**
   * Registers topic-extra.js while an imported pack names a topic the bundled pack does not and the
   * user has granted host access (Chromium injects registered scripts only with it), and
   * unregisters it otherwise, so pages pay for the imported topics only while there are some.
   */
  let topicSync: Promise<TopicAccess> = Promise.resolve({ packsWithOtherTopics: [], hostAccess: false, looking: false });
  function syncTopicScript(): Promise<TopicAccess> {
    // One at a time: two overlapping registrations of one id would fail.
    topicSync = topicSync.catch(() => undefined).then(async () => {
      const { packs } = await settingsAndPacks();
      const others = new Set(matcher.packsWithOtherTopics(packs));
      const packsWithOtherTopics = packs.filter((p) => others.has(p.id)).map((p) => p.name);
      const [hostAccess, registered] = await Promise.all([browser.topicScript.hasHostAccess(), browser.topicScript.isRegistered()]);
      const wanted = packsWithOtherTopics.length > 0 && hostAccess;
      if (wanted !== registered) await browser.topicScript.setRegistered(wanted);
      return { packsWithOtherTopics, hostAccess, looking: wanted };
    });
    return topicSync;
  }
  const syncTopicScriptQuietly = (): void => {
    syncTopicScript().catch((error: unknown) => console.error('[corroborate] registering the imported topics\' content script failed', error));
  };

  const handlers: Handlers = {
    async annotatePage({ page }, sender) {
      const t0 = performance.now();
      const { settings, packs } = await settingsAndPacks();
      const t1 = performance.now();
      const tabId = sender.tab?.id;
      const topFrame = sender.frameId === undefined || sender.frameId === 0;
      if (!isActiveFor(settings, page.url)) return { about: false, sentences: 0, annotations: [] };
      const published = firstDayOf(page.dateValues);
      const ctx = published === undefined ? { url: page.url } : { url: page.url, published };
      const result = matcher.annotate(packs, page.text, ctx);
      const t2 = performance.now();
      console.debug(`[corroborate] annotatePage: store ${(t1 - t0).toFixed(1)} ms, annotate ${(t2 - t1).toFixed(1)} ms (${page.text.length} chars)`);
      if (tabId !== undefined && topFrame) {
        const counts = countVerdicts(result);
        const results = { tabId, url: page.url, result, counts, ...(page.title === undefined ? {} : { title: page.title }) };
        // The page is answered first; the popup's copy and the toolbar badge follow in a later task
        // (queueTabWrite), and a popup asking meanwhile waits for them.
        void queueTabWrite(tabId, 'keeping the results', async () => {
          // content.js sends the text while content-main.js loads, so a failed load can be reported
          // before this answer is kept: that page shows no marks, so it gets no count either.
          const existing = await tabs.get(tabId);
          if (existing?.failed === true && existing.url === page.url) return;
          await Promise.all([tabs.set({ tabId, url: page.url, results }), updateBadge(tabId, counts)]);
        });
      }
      return result;
    },
    async getPageSettings({ url }, sender) {
      const { settings, packs } = await settingsAndPacks();
      const tabId = sender.tab?.id;
      if (tabId !== undefined && (sender.frameId === undefined || sender.frameId === 0)) {
        // Forget the tab's previous page, after answering (the page waits on this reply).
        void queueTabWrite(tabId, 'resetting the state', async () => {
          const existing = await tabs.get(tabId);
          if (existing?.url !== url) await tabs.set({ tabId, url, results: null });
        });
      }
      const active = isActiveFor(settings, url);
      const reply: PageSettings = { active, highlightStyle: settings.highlightStyle, topicPatterns: active ? matcher.topicPatterns(packs) : NO_TOPIC_PATTERNS };
      return reply;
    },
    async openComparison(_message, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('openComparison needs a tab');
      await browser.openTab(`${browser.extensionBaseUrl}popup.html?tab=${tabId}`);
      return null;
    },
    async pageRunFailed({ url }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
      // The results go with the count: the popup would otherwise list sentences the page never marked.
      await queueTabWrite(tabId, 'noting the failed page run', () => Promise.all([tabs.set({ tabId, url, results: null, failed: true }), updateBadge(tabId, null)]));
      return null;
    },
    async getPopupState({ tabId, url }) {
      // A reply to this tab's page may have gone out with its results not yet kept (queueTabWrite).
      await tabWrites.get(tabId);
      const s = await store();
      const [settings, record] = await Promise.all([s.getSettings(), tabs.get(tabId)]);
      // The address the browser shows the popup is the page's own; the content script's report is
      // the fallback (the background is told nothing on a page that does not name a topic).
      const pageUrl = url ?? (record === undefined || record.url === '' ? undefined : record.url);
      return {
        tabId,
        ...(pageUrl === undefined ? {} : { url: pageUrl }),
        report: reportOf(record),
        results: record?.results ?? null,
        settings,
        siteActive: isActiveFor(settings, pageUrl),
        storage: s.status(),
      };
    },
    async searchClaims({ query, limit }) {
      const s = await store();
      return matcher.search(await s.listPacks(), query, limit ?? 20);
    },
    async getPackOverviews() {
      return (await (await store()).listPacks()).map((p) => p.overview);
    },
    async showSentence({ tabId, start, end }) {
      await browser.sendToTab(tabId, { type: 'showSentence', start, end }, 0);
      return null;
    },
    async setSiteEnabled({ site, enabled }) {
      const settings = await (await store()).getSettings();
      const others = settings.disabledSites.filter((s) => s !== site);
      return saveSettings({ ...settings, disabledSites: enabled ? others : [...others, site] });
    },
    async getSettings() {
      return (await store()).getSettings();
    },
    async setSettings({ settings }) {
      return saveSettings(settings);
    },
    async listPacks() {
      return (await (await store()).listPacks()).map(summarisePack);
    },
    async importPack({ fileName, text }) {
      const s = await store();
      const reserved = new Set((await s.listPacks()).filter((p) => p.origin === 'bundled').map((p) => p.id));
      const prepared = prepareImport(fileName, text, reserved, now());
      if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
      await s.putImportedPack(prepared.record);
      syncTopicScriptQuietly();
      return summarisePack(prepared.record);
    },
    async exportPack({ packId }) {
      const pack = await (await store()).getPack(packId);
      if (pack === undefined) throw new Error(`No pack "${packId}".`);
      // Imported packs export in the editorial format they were imported in (re-importable);
      // the bundled pack exports its compiled form, as shipped.
      const body = pack.editorial ?? pack.compiled;
      return { fileName: `${pack.id}-${pack.version}.json`, json: `${JSON.stringify(body, null, 2)}\n` };
    },
    async removePack({ packId }) {
      const s = await store();
      const pack = await s.getPack(packId);
      if (pack === undefined) throw new Error(`No pack "${packId}".`);
      if (pack.origin === 'bundled') throw new Error('The bundled pack cannot be removed; use "Reset to bundled pack" instead.');
      await s.removePack(packId);
      syncTopicScriptQuietly();
      return (await s.listPacks()).map(summarisePack);
    },
    async resetPacks() {
      const s = await store();
      await s.resetToBundled(bundledRecord());
      syncTopicScriptQuietly();
      return (await s.listPacks()).map(summarisePack);
    },
    async getStorageStatus() {
      return (await store()).status();
    },
    async syncTopicAccess() {
      return syncTopicScript();
    },
  };

  /** Only our own extension may talk to us; content requests must come from a tab, page requests from our pages. */
  function senderAllowed(type: ToBackgroundType, sender: SenderInfo): boolean {
    if (sender.id !== browser.runtimeId) return false;
    const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(browser.extensionBaseUrl);
    if (REQUEST_ORIGIN[type] === 'extension-page') return fromOwnPage;
    return !fromOwnPage && typeof sender.tab?.id === 'number';
  }

  async function dispatch<K extends ToBackgroundType>(message: RequestOf<K>, sender: SenderInfo): Promise<Reply<unknown>> {
    const handler = handlers[message.type] as (m: RequestOf<K>, s: SenderInfo) => Promise<BackgroundReplies[K]>;
    try {
      return { ok: true, value: await handler(message, sender) };
    } catch (error) {
      console.error('[corroborate] handler failed', message.type, error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    onMessage(raw, sender) {
      const parsed = parseToBackground(raw);
      if (!parsed.ok) {
        console.warn('[corroborate] dropped an invalid message:', parsed.reason);
        return undefined;
      }
      if (!senderAllowed(parsed.message.type, sender)) {
        console.warn('[corroborate] dropped a message from a sender not allowed to send it:', parsed.message.type, sender.id, sender.url);
        return undefined;
      }
      return dispatch(parsed.message, sender);
    },
    async onInstalled() {
      const s = await store();
      // An update may bundle a pack that now covers an imported pack's topic, or the reverse.
      await syncTopicScript();
      // openClaimStore already wrote this build's bundled pack when it was missing or older.
      console.info('[corroborate] installed/updated; claim database in', s.status().backend);
    },
    async onTabNavigating(tabId) {
      // The content script tells the background nothing about a page that does not name a topic
      // (it costs such pages no extension call), so a page is "not about the topic" until its
      // content script asks for settings (getPageSettings resets this) or sends its text. The URL
      // is not known here (no tabs permission); the toolbar count of the previous page goes now.
      await tabs.set({ tabId, url: '', results: notAboutResults(tabId, '') });
      await updateBadge(tabId, null);
    },
    onHostAccessChanged: syncTopicScript,
    async onTabRemoved(tabId) {
      await tabs.clear(tabId);
    },
    store,
  };
}
