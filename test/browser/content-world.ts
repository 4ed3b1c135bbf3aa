// Reads the content script's state where it lives: in the content script's own world
// (src/shared/content-state.ts), which a page's scripts cannot see. A page that names no topic
// carries no trace of the extension, so the tests, the bench and `npm start` cannot wait on the page;
// they ask that world instead, one way per driver:
// - Chromium (playwright-core or puppeteer-core): over CDP, the content script's world is an execution
//   context of the page's main frame (auxData type "isolated", origin chrome-extension://<id>), and
//   Runtime.evaluate in that context reads the state.
// - Firefox (puppeteer-core over WebDriver BiDi, which does not reach extension worlds): an extension
//   page of the session runs scripting.executeScript in the tab; the function runs in the content
//   script's world. The tab is found by its address (host access shows extension pages the tabs' urls).
// All of them poll: never a fixed sleep.
import type { Page as PptrPage } from 'puppeteer-core';
import { CONTENT_STATE_KEY } from '../../src/shared/content-state.js';

/** States after which the content script has finished a run. */
export const FINAL_STATES = ['done', 'not-about', 'off', 'error'] as const;

export interface FinishedRun {
  state: string;
  marks: number;
}

/** How often the state is read again while the content script works. */
const POLL_MS = 25;

const pause = (ms: number) => new Promise<void>((resolve) => {
  setTimeout(resolve, ms);
});

/** The published state if it is a finished run, else null (not yet published, or still running). */
export function finishedRunOf(value: unknown): FinishedRun | null {
  if (typeof value !== 'object' || value === null) return null;
  const { state, marks } = value as { state?: unknown; marks?: unknown };
  if (typeof state !== 'string' || !(FINAL_STATES as readonly string[]).includes(state)) return null;
  return { state, marks: typeof marks === 'number' ? marks : 0 };
}

interface ExecutionContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; type?: string; isDefault?: boolean };
}

/**
 * The part of a CDP session this reader uses; playwright-core's and puppeteer-core's sessions both
 * fit it.
 */
export interface CdpSessionLike {
  send(method: 'Runtime.enable'): Promise<unknown>;
  send(method: 'Page.getFrameTree'): Promise<{ frameTree: { frame: { id: string } } }>;
  send(method: 'Runtime.evaluate', params: { expression: string; contextId: number; returnByValue: boolean }): Promise<{ result: { value?: unknown }; exceptionDetails?: { text: string } }>;
  on(event: 'Runtime.executionContextCreated' | 'Runtime.executionContextDestroyed' | 'Runtime.executionContextsCleared', listener: (payload: unknown) => void): unknown;
}

function contextOf(payload: unknown): ExecutionContextDescription | undefined {
  const context = (payload as { context?: ExecutionContextDescription } | undefined)?.context;
  return typeof context?.id === 'number' ? context : undefined;
}

/**
 * Waits until the content script of `extensionOrigin` (chrome-extension://<id>) reports a finished
 * run in the main frame of the page behind `cdp`. Contexts are tracked as they come and go, so a
 * navigation meanwhile is followed to the new document's world.
 */
export async function waitForFinishedRunCdp(cdp: CdpSessionLike, extensionOrigin: string, timeoutMs: number): Promise<FinishedRun> {
  const contexts = new Map<number, ExecutionContextDescription>();
  cdp.on('Runtime.executionContextCreated', (payload) => {
    const context = contextOf(payload);
    if (context !== undefined) contexts.set(context.id, context);
  });
  cdp.on('Runtime.executionContextDestroyed', (payload) => {
    contexts.delete((payload as { executionContextId?: number } | undefined)?.executionContextId ?? -1);
  });
  cdp.on('Runtime.executionContextsCleared', () => { contexts.clear(); });
  // Runtime.enable reports the contexts that exist already, then each new one.
  await cdp.send('Runtime.enable');
  const expression = `globalThis[${JSON.stringify(CONTENT_STATE_KEY)}]`;
  const deadline = Date.now() + timeoutMs;
  let lastSeen: unknown;
  for (;;) {
    const mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const world = [...contexts.values()].find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === mainFrame && c.origin === extensionOrigin);
    if (world !== undefined) {
      const answer = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })
        .catch((error: unknown) => {
          // The document went away between the lookup and the read: its new world is reported soon.
          if (/context|destroyed|not found/i.test(String(error))) return undefined;
          throw error;
        });
      if (answer?.exceptionDetails !== undefined) throw new Error(`reading the content script's state: ${answer.exceptionDetails.text}`);
      lastSeen = answer?.result.value;
      const finished = finishedRunOf(lastSeen);
      if (finished !== null) return finished;
    }
    if (Date.now() > deadline) {
      throw new Error(`the content script of ${extensionOrigin} reported no finished run within ${timeoutMs} ms (${world === undefined ? 'its world never appeared in the main frame' : `last state ${JSON.stringify(lastSeen)}`})`);
    }
    await pause(POLL_MS);
  }
}

/** Read from an extension page of the session: the state in the one tab at `url`, or why none was read. */
type TabReading = { kind: 'state'; value: unknown } | { kind: 'no-tab' | 'several-tabs' | 'not-injected'; detail: string };

/**
 * Waits until the content script of the tab at `url` reports a finished run, reading its world from
 * `extensionPage` (an extension page of the same browser). Several tabs at `url`: the active one,
 * so the caller brings the page to the front first.
 */
export async function waitForFinishedRunFromExtensionPage(extensionPage: PptrPage, url: string, timeoutMs: number): Promise<FinishedRun> {
  const deadline = Date.now() + timeoutMs;
  let last: TabReading | undefined;
  for (;;) {
    last = await extensionPage.evaluate(async (address: string, key: string): Promise<TabReading> => {
      // Runs in the extension page: it may name nothing from this module.
      type Tab = { id?: number; url?: string; active?: boolean };
      type Api = {
        tabs: { query(q: object): Promise<Tab[]> };
        scripting: { executeScript(d: { target: { tabId: number }; func: (k: string) => unknown; args: string[] }): Promise<Array<{ result?: unknown }>> };
      };
      const api = (globalThis as unknown as { browser: Api }).browser;
      const atAddress = (await api.tabs.query({})).filter((t) => t.url === address);
      if (atAddress.length === 0) return { kind: 'no-tab', detail: address };
      const candidates = atAddress.length === 1 ? atAddress : atAddress.filter((t) => t.active === true);
      const tab = candidates[0];
      if (candidates.length !== 1 || tab?.id === undefined) return { kind: 'several-tabs', detail: `${atAddress.length} tabs at ${address}, ${candidates.length} of them active` };
      // Built as an array element: tsx keeps the names of functions written as properties by wrapping
      // them in a `__name()` helper that exists in Node only, not in this page or in the tab.
      const [readState] = [(k: string) => (globalThis as Record<string, unknown>)[k]];
      try {
        const [frame] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: readState, args: [key] });
        return { kind: 'state', value: frame?.result };
      } catch (error) {
        // The tab is between documents, or its document is not one the extension may script yet.
        return { kind: 'not-injected', detail: String(error) };
      }
    }, url, CONTENT_STATE_KEY);
    if (last.kind === 'several-tabs') throw new Error(`cannot tell which tab to read: ${last.detail}`);
    if (last.kind === 'state') {
      const finished = finishedRunOf(last.value);
      if (finished !== null) return finished;
    }
    if (Date.now() > deadline) throw new Error(`the content script at ${url} reported no finished run within ${timeoutMs} ms (last reading ${JSON.stringify(last)})`);
    await pause(POLL_MS);
  }
}
