// Browser test harness: launches Debian's Chromium (playwright-core; puppeteer-core where the toolbar
// button is clicked) and Firefox ESR (puppeteer-core over WebDriver BiDi) with the built extension, serves the demo pages and fixtures on 127.0.0.1,
// waits until the content script reports a finished run (read from its own world: content-world.ts),
// and records every request the browser makes.
import { after, before } from 'node:test';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PptrBrowser, type Extension as PptrExtension, type Page as PptrPage } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../src/demo/demo-server.js';
import { FINAL_STATES, waitForFinishedRunCdp, waitForFinishedRunFromExtensionPage, type FinishedRun } from './content-world.js';

export { FINAL_STATES, type FinishedRun };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_CHROME = path.join(ROOT, 'dist/chrome');
export const DIST_FIREFOX = path.join(ROOT, 'dist/firefox');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
const GECKO_ID = 'corroborate@corroborate.invalid';
/** Fixed moz-extension:// host, so tests can open extension pages in Firefox. */
export const FIREFOX_UUID = '0c0cc0c0-5eed-4c0d-8e11-c0bb0bba7e00';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** On CI a missing browser is a failure; on a developer machine the caller may choose to skip. */
export function requireBrowser(executable: string, name: string): void {
  if (!existsSync(executable)) {
    throw new Error(`${name} not found at ${executable}. Install it (apt-get install -y ${name === 'Firefox ESR' ? 'firefox-esr' : 'chromium'}) or set ${name === 'Firefox ESR' ? 'FIREFOX_PATH' : 'CHROMIUM_PATH'}.`);
  }
  if (!existsSync(path.join(name === 'Firefox ESR' ? DIST_FIREFOX : DIST_CHROME, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` first.');
  }
}

export function startFixtureServer(options: Partial<DemoServerOptions> = {}): Promise<DemoServer> {
  return startDemoServer({ dataDir: path.join(ROOT, 'data'), fixturesDir: FIXTURES, ...options });
}

/** A request seen by the browser, with who made it. */
export interface RecordedRequest {
  url: string;
  /** 'extension-worker', 'page' (the page or its content script), or 'browser'. */
  by: string;
}

/** True for a URL that never leaves the machine: the fixture server, the extension itself, inline data. */
export function isLocal(url: string, serverOrigin: string): boolean {
  return url.startsWith(serverOrigin + '/') || /^(chrome-extension|moz-extension|data|blob|about):/.test(url);
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  requests: RecordedRequest[];
  /** Console errors and uncaught exceptions from pages and the worker. */
  errors: string[];
  newPage(): Promise<Page>;
  /** Id of the tab showing `page`, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** The extension loaded into each Chromium session of launchChromium, whose content script waitReady reads. */
const extensionIds = new WeakMap<BrowserContext, string>();

/** Chromium with the built extension, or with another unpacked extension (the bench's do-nothing baseline). */
export async function launchChromium(extensionDir: string = DIST_CHROME): Promise<ChromiumSession> {
  requireBrowser(CHROMIUM_PATH, 'Chromium');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--disable-default-apps',
    ],
  });
  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    requests.push({ url: request.url(), by: worker ? 'extension-worker' : 'page' });
  });
  const watchPage = (page: Page) => {
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`); });
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  };
  context.on('page', watchPage);
  context.pages().forEach(watchPage);
  // --load-extension fails silently: if no worker starts, the manifest or background is broken.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  worker.on('console', (msg) => { if (msg.type() === 'error') errors.push(`worker: ${msg.text()}`); });
  const extensionId = new URL(worker.url()).host;
  extensionIds.set(context, extensionId);
  return {
    context, extensionId, worker, requests, errors,
    newPage: () => context.newPage(),
    async tabIdOf(page: Page) {
      await page.bringToFront();
      const id = await worker.evaluate(async () => {
        type TabsApi = { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
        const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error('no active tab found for the page');
      return id;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For one test file: the fixture server and a Chromium with the extension, started before its tests
 * and closed after them. The fields are set once the `before` hook has run.
 */
export function useChromiumAndServer(): { session: ChromiumSession; server: DemoServer } {
  return useSessionAndServer(() => launchChromium());
}

/** A browser session and the fixture server for one test file, opened before its tests and closed after. */
function useSessionAndServer<S extends { close(): Promise<void> }>(launch: () => Promise<S>): { session: S; server: DemoServer } {
  const env = {} as { session: S; server: DemoServer };
  before(async () => {
    env.server = await startFixtureServer();
    env.session = await launch();
  });
  after(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}

/** Opens `url` and waits until the content script reports a finished run (never a fixed sleep). */
export async function openAndWaitReady(page: Page, url: string, timeout = 15000): Promise<FinishedRun> {
  await page.goto(url, { waitUntil: 'load' });
  return waitReady(page, timeout);
}

/** Waits until the content script of the session's extension reports a finished run in `page`'s top document. */
export async function waitReady(page: Page, timeout = 15000): Promise<FinishedRun> {
  const extensionId = extensionIds.get(page.context());
  if (extensionId === undefined) throw new Error('waitReady: the page is not in a session of launchChromium');
  const cdp = await page.context().newCDPSession(page);
  try {
    return await waitForFinishedRunCdp(cdp, `chrome-extension://${extensionId}`, timeout);
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs in the page's own world (any driver): everything of the extension a script of the page could
 * find there, described, e.g. "attribute data-corroborate-state on <html>". Elements and attributes
 * of the document, performance entries (marks, measures, and resources such as an extension file),
 * globals, and CSS highlights.
 */
export function extensionTracesInPage(): string[] {
  const pattern = /corroborate|^(chrome|moz)-extension:/i;
  const found: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    if (pattern.test(element.localName)) found.push(`element <${element.localName}>`);
    for (const name of element.getAttributeNames()) {
      if (pattern.test(name)) found.push(`attribute ${name} on <${element.localName}>`);
    }
  }
  for (const entry of performance.getEntries()) {
    if (pattern.test(entry.name)) found.push(`performance ${entry.entryType} ${entry.name}`);
  }
  for (const key of Object.getOwnPropertyNames(window)) {
    if (pattern.test(key)) found.push(`global ${key}`);
  }
  const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  highlights?.forEach((_value, name) => {
    if (pattern.test(name)) found.push(`highlight ${name}`);
  });
  return found;
}

/** Opens the popup as a page, showing the results of tab `tabId` (design.md: popup.html?tab=TABID). */
export async function openPopupFor(session: ChromiumSession, tabId: number): Promise<Page> {
  const page = await session.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

export function extensionPageUrl(session: ChromiumSession, file: string): string {
  return `chrome-extension://${session.extensionId}/${file}`;
}

/** Requests that left the machine: anything not to the fixture server, the extension or inline data. */
export function externalRequests(requests: RecordedRequest[], serverOrigin: string): RecordedRequest[] {
  return requests.filter((r) => !isLocal(r.url, serverOrigin));
}

// ---- Chromium with the toolbar button (puppeteer-core over a pipe) ----

/**
 * Chromium driven by puppeteer-core, for what playwright cannot do: install the extension while
 * tabs are already open (tabs that predate the install), and click the toolbar button, which
 * grants activeTab and opens the popup as the user sees it.
 */
export interface ChromiumActionSession {
  browser: PptrBrowser;
  newPage(): Promise<PptrPage>;
  /** Installs an unpacked build (the built extension by default); tabs opened before predate it. */
  install(dir?: string): Promise<PptrExtension>;
  /** Clicks the extension's toolbar button over `page` and returns the popup, rendered. */
  openActionPopup(extension: PptrExtension, page: PptrPage): Promise<PptrPage>;
  /** The toolbar count of the tab showing `page`, as the extension's worker reads it. */
  badgeText(extension: PptrExtension, page: PptrPage): Promise<string>;
  close(): Promise<void>;
}

export async function launchChromiumWithActions(): Promise<ChromiumActionSession> {
  requireBrowser(CHROMIUM_PATH, 'Chromium');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--disable-default-apps'],
  });
  const activeTabId = async (extension: PptrExtension, page: PptrPage): Promise<number> => {
    await page.bringToFront();
    const [worker] = await extension.workers();
    if (worker === undefined) throw new Error('the extension has no running worker');
    return worker.evaluate(async () => {
      type TabsApi = { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
      const [tab] = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
  };
  return {
    browser,
    newPage: () => browser.newPage(),
    async install(dir = DIST_CHROME) {
      const id = await browser.installExtension(dir);
      const extension = (await browser.extensions()).get(id);
      if (extension === undefined) throw new Error(`extension ${id} installed but not listed`);
      await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`));
      return extension;
    },
    async openActionPopup(extension, page) {
      await page.bringToFront();
      const popupUrl = `chrome-extension://${extension.id}/popup.html`;
      await page.triggerExtensionAction(extension);
      const target = await browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 10000 });
      const popup = await target.asPage();
      if (popup === null) throw new Error('the popup target is not a page');
      await popup.waitForSelector('html[data-ready="true"]', { timeout: 10000 });
      return popup;
    },
    async badgeText(extension, page) {
      const tabId = await activeTabId(extension, page);
      const [worker] = await extension.workers();
      if (worker === undefined) throw new Error('the extension has no running worker');
      return worker.evaluate(async (id: number) => {
        type ActionApi = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        return (globalThis as unknown as { chrome: ActionApi }).chrome.action.getBadgeText({ tabId: id });
      }, tabId);
    },
    close: () => browser.close(),
  };
}

/** Waits until the content script of extension `extensionId` reports a finished run in `page` (Chromium, puppeteer). */
export async function waitReadyPptr(page: PptrPage, extensionId: string, timeout = 15000): Promise<FinishedRun> {
  const cdp = await page.createCDPSession();
  try {
    return await waitForFinishedRunCdp(cdp, `chrome-extension://${extensionId}`, timeout);
  } finally {
    await cdp.detach();
  }
}

// ---- Firefox ESR ----

export interface FirefoxSession {
  browser: PptrBrowser;
  extensionBase: string;
  errors: string[];
  newPage(): Promise<PptrPage>;
  /** BiDi never reports navigation to moz-extension:// as done, so wait for the document instead. */
  gotoExtensionPage(page: PptrPage, file: string): Promise<void>;
  close(): Promise<void>;
}

/** `beforeInstall` runs in the launched browser before the extension is installed (tabs that predate the install). */
export async function launchFirefox(beforeInstall?: (browser: PptrBrowser) => Promise<void>): Promise<FirefoxSession> {
  requireBrowser(FIREFOX_PATH, 'Firefox ESR');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Keep Firefox itself quiet on the closed network.
      'app.update.enabled': false, 'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false, 'network.captive-portal-service.enabled': false,
      'extensions.getAddons.cache.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  if (beforeInstall !== undefined) await beforeInstall(browser);
  await browser.installExtension(DIST_FIREFOX);
  const errors: string[] = [];
  const extensionBase = `moz-extension://${FIREFOX_UUID}/`;
  return {
    browser, extensionBase, errors,
    async newPage() {
      const page = await browser.newPage();
      page.on('pageerror', (err) => errors.push(`${page.url()}: ${err instanceof Error ? err.message : String(err)}`));
      return page;
    },
    gotoExtensionPage: (page, file) => gotoFirefoxExtensionPage(page, extensionBase + file),
    close: () => browser.close(),
  };
}

/** BiDi never reports navigation to moz-extension:// as done, so this waits for the document instead. */
async function gotoFirefoxExtensionPage(page: PptrPage, url: string): Promise<void> {
  page.goto(url, { timeout: 3000 }).catch(() => undefined /* BiDi never reports it done; see below */);
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) }, url);
      return;
    } catch (error) {
      // Between two documents BiDi's script.evaluate can fail outright ("right-hand side of 'in'
      // should be an object, got null") instead of waiting: ask again until the deadline.
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A Firefox ESR session and the fixture server for one test file, opened before its tests and closed after. */
export function useFirefoxAndServer(): { session: FirefoxSession; server: DemoServer } {
  return useSessionAndServer(() => launchFirefox());
}

export async function openAndWaitReadyFirefox(page: PptrPage, url: string, timeout = 20000): Promise<FinishedRun> {
  await page.goto(url, { waitUntil: 'load' });
  return waitReadyFirefox(page, timeout);
}

/**
 * Waits until the content script reports a finished run in `page` (Firefox). WebDriver BiDi does not
 * reach the content script's world, so an extension page opened for the wait reads it there with
 * scripting.executeScript, and is closed after (tests that count tabs, like lastTabBefore, never see it).
 * `page` is brought to the front: among several tabs at one address, the active one is read.
 */
export async function waitReadyFirefox(page: PptrPage, timeout = 20000): Promise<FinishedRun> {
  const url = page.url();
  const reader = await page.browser().newPage();
  try {
    await gotoFirefoxExtensionPage(reader, `moz-extension://${FIREFOX_UUID}/popup.html`);
    await page.bringToFront();
    return await waitForFinishedRunFromExtensionPage(reader, url, timeout);
  } finally {
    await reader.close();
  }
}

/**
 * From an extension page (puppeteer), the id of the tab opened last before it. Without the tabs
 * permission an extension page sees tab ids only; ids grow as tabs open, in any window.
 */
export async function lastTabBefore(extensionPage: PptrPage): Promise<number> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { tabs: {
      query(q: object): Promise<Array<{ id?: number }>>; getCurrent(): Promise<{ id?: number }>;
    } } }).browser;
    const self = (await api.tabs.getCurrent()).id ?? -1;
    const ids = (await api.tabs.query({})).map((t) => t.id ?? -1).filter((id) => id >= 0 && id < self);
    return ids.length > 0 ? Math.max(...ids) : -1;
  });
}
