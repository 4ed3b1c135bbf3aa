// The part of the content script that runs on every page, kept small: look for the bundled pack's
// topic spellings (baked into content.js at build time) in the page's raw text (no layout), and
// only on a page that names the topic touch the extension API: ask for this page's settings,
// start importing the page run (content-main.js: highlights, badges, cards, re-reads), and
// meanwhile read the page and ask for its marks (first-reading.ts); the page run takes that
// reading and that answer, and paints once the settings say the page is on.
// A page that does not name the topic costs no extension API call at all: state `not-about` and
// one MutationObserver whose callback only arms a timer; the search is repeated at most once per
// gap (1 s, doubling to 30 s), so late content naming the topic still starts a run, and a page that
// keeps changing costs one search per 30 s at most.
// Imported packs on other topics: topic-extra.js (registered by the background only while they
// exist) tells this script to ask the background for every pack's spellings when the bundled ones
// are not on the page; see extra-topics-signal.ts.
import type { BackgroundToContent } from '../shared/messages.js';
import type { ContentApi } from './content-api.js';
import type { PageRunOptions } from './page-run.js';
import { whenExtraTopics } from './extra-topics-signal.js';
import { readAndAsk } from './first-reading.js';
import { compileTopicMatcher, type TopicMatcher } from './topic-precheck.js';
import { loadPageRun } from './load-page-run.js';
import { markOnce } from './perf-mark.js';
import { requestPageSettings, type PageSettingsAnswer } from './request-page-settings.js';

const FIRST_GAP_MS = 1000;
const MAX_GAP_MS = 30_000;
const MAIN_MODULE = 'content-main.js';

interface MainModule {
  startPageRun(options: PageRunOptions): unknown;
}

function isMainModule(value: unknown): value is MainModule {
  return typeof value === 'object' && value !== null && typeof (value as { startPageRun?: unknown }).startPageRun === 'function';
}

/** Longest piece of the search in one task, ms; the rest waits for the next task. */
const SLICE_MS = 8;
/** Text is searched in pieces of about this many characters, each overlapping the last. */
const CHUNK_CHARS = 65_536;
/** Longer than any spelling with its surroundings, so a name cut by a piece boundary is still found. */
const OVERLAP_CHARS = 256;

/**
 * Does the page name the topic? Its text as textContent would give it (text nodes joined as they
 * are), plus open shadow roots and same-origin frames, which textContent does not reach but the
 * page run reads. Read with a TreeWalker in slices of at most SLICE_MS, searched in overlapping
 * pieces: a page of 100,000 text nodes took 35-60 ms for one `body.textContent` on a loaded VM.
 * Frames still loading are reported to `onFrameLoading`, so the search can run again after.
 */
export async function pageNamesTopic(
  doc: Document, matcher: TopicMatcher, onFrameLoading: (frame: Element) => void,
  yieldTask: () => Promise<void>, now: () => number = () => performance.now(),
): Promise<boolean> {
  const body = doc.body;
  if (body === null) return false;
  const roots: Node[] = [body];
  let buffer = '';
  let t0 = now();
  for (let root = roots.shift(); root !== undefined; root = roots.shift()) {
    const ownerDoc = root.ownerDocument ?? doc;
    // 1 | 4: elements (for shadow roots and frames) and text.
    const walker = ownerDoc.createTreeWalker(root, 0x1 | 0x4);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        buffer += (node as Text).data;
      } else {
        const el = node as Element;
        const shadow = el.shadowRoot;
        if (shadow !== null) roots.push(shadow);
        if (el.localName === 'iframe' || el.localName === 'frame') {
          // null for a cross-origin frame: those are left alone.
          const inner = (el as HTMLIFrameElement).contentDocument;
          if (inner !== null) {
            if (inner.readyState !== 'complete') onFrameLoading(el);
            if (inner.body !== null) roots.push(inner.body);
          }
        }
      }
      if (buffer.length >= CHUNK_CHARS) {
        if (matcher.test(buffer)) return true;
        buffer = buffer.slice(-OVERLAP_CHARS);
      }
      if (now() - t0 > SLICE_MS) {
        await yieldTask();
        t0 = now();
      }
    }
    buffer += '\n';
  }
  return matcher.test(buffer);
}

export interface TopicWatchOptions {
  /** The extension API, created on first use: touching it costs a fresh page a few milliseconds. */
  api: () => ContentApi;
  /** The bundled pack's topic spellings (core `topicSpellings`, reduced by `minimalSpellings` at build time). */
  bundledSpellings: readonly string[];
  doc?: Document;
}

export function watchForTopic(options: TopicWatchOptions): void {
  const doc = options.doc ?? document;
  const html = doc.documentElement;
  const view = doc.defaultView ?? window;
  const controller = new AbortController();
  const { signal } = controller;
  const bundledMatcher = compileTopicMatcher(options.bundledSpellings);
  let apiInstance: ContentApi | undefined;
  const api = (): ContentApi => (apiInstance ??= options.api());
  /** Every pack's spellings, once topic-extra.js has asked for them and the background has answered. */
  let extraMatcher: TopicMatcher | null = null;
  let extraWanted = false;
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  let gap = FIRST_GAP_MS;
  let listening = false;

  const setState = (state: 'not-about' | 'off' | 'error') => {
    html.setAttribute('data-corroborate-marks', '0');
    html.setAttribute('data-corroborate-state', state);
  };

  const unwatch = () => {
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) view.clearTimeout(timer);
    timer = undefined;
  };

  const stop = () => {
    unwatch();
    controller.abort();
  };

  /**
   * The page names the topic: the settings request (already sent), the page run's import and the
   * first reading with its annotatePage request all go out now; the page run starts from them once
   * the module is in, and paints nothing before the settings say the page is on.
   */
  const startMain = async (settings: Promise<PageSettingsAnswer>) => {
    stop();
    markOnce('corroborate:named');
    const loading = loadPageRun((path) => api().resourceUrl(path));
    const firstReading = readAndAsk(api(), doc, view.location.href);
    const loaded: unknown = await loading;
    markOnce('corroborate:module');
    if (!isMainModule(loaded)) throw new Error(`${MAIN_MODULE} has no startPageRun`);
    loaded.startPageRun({ api: api(), settings, firstReading });
  };

  /** The next task (a message-channel post: not throttled like setTimeout, not delayed like idle callbacks). */
  const yieldTask = (): Promise<void> => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

  /** Runs the search, with one performance measure per slice (the bench reads them). */
  const timedYield = (started: { t: number }) => async () => {
    measure(started.t);
    await yieldTask();
    started.t = performance.now();
  };
  const measure = (start: number) => {
    try {
      performance.measure('corroborate:precheck', { start, end: performance.now() });
    } catch (error) {
      // A page may replace `performance`; the measure only feeds the bench, never the pre-check.
      void error;
    }
  };

  const search = async (matcher: TopicMatcher): Promise<boolean> => {
    const started = { t: performance.now() };
    const named = await pageNamesTopic(doc, matcher, (frame) => frame.addEventListener('load', onMutations, { once: true, signal }), timedYield(started));
    measure(started.t);
    return named;
  };

  /** The imported packs' topics, asked of the background only on pages without the bundled ones. */
  const searchExtra = async (): Promise<'named' | 'not-named' | 'stopped'> => {
    if (extraMatcher === null) {
      const answer = await requestPageSettings(api(), view.location.href);
      if (signal.aborted) return 'stopped';
      if (!answer.ok) {
        if (answer.orphaned) stop();
        else setState('error');
        return 'stopped';
      }
      if (!answer.settings.active) {
        // Off here: nothing to look for until the user turns it on again (the spellings come with
        // an active reply only).
        unwatch();
        setState('off');
        listen();
        return 'stopped';
      }
      extraMatcher = compileTopicMatcher(answer.settings.topicSpellings);
    }
    return (await search(extraMatcher)) ? 'named' : 'not-named';
  };

  let checking = false;
  let settledFirst = false;
  const check = async () => {
    timer = undefined;
    // One search at a time; content that changes meanwhile arms the timer again.
    if (checking || signal.aborted) return;
    checking = true;
    let named: boolean;
    let triedExtra = false;
    try {
      named = await search(bundledMatcher);
      if (!named && extraWanted) {
        triedExtra = true;
        const extra = await searchExtra();
        if (extra === 'stopped') return;
        named = extra === 'named';
      }
    } finally {
      checking = false;
    }
    if (signal.aborted) return;
    if (named) {
      if (!api().isAlive()) return stop();
      // Asked afresh even when searchExtra has an answer: it may be from an earlier search.
      startMain(requestPageSettings(api(), view.location.href)).catch((error: unknown) => {
        console.error('[corroborate] could not start the page run:', error);
        setState('error');
      });
      return;
    }
    if (!settledFirst) {
      // topic-extra.js, when registered, is injected right after this script at the same run_at:
      // one task later it has run, so the page is not called "not about" before it could say more.
      settledFirst = true;
      await yieldTask();
      if (signal.aborted) return;
    }
    // topic-extra.js ran while the bundled spellings were being looked for: look for the others.
    if (extraWanted && !triedExtra) return runCheck();
    // No message: the background takes a page it has not heard from since the tab navigated as
    // not about the topic (create-background.ts), so the popup still says why nothing is marked.
    setState('not-about');
    watch();
  };

  const runCheck = () => {
    check().catch((error: unknown) => {
      console.error('[corroborate] topic search failed:', error);
      setState('error');
    });
  };

  // Collect only: no DOM reads, no work; the search runs later, at most once per gap.
  const onMutations = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = view.setTimeout(runCheck, gap);
    gap = Math.min(MAX_GAP_MS, gap * 2);
  };

  const watch = () => {
    if (observer !== null || doc.body === null) return;
    observer = new view.MutationObserver(onMutations);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };

  const listen = () => {
    if (listening || signal.aborted) return;
    listening = true;
    api().onMessage(onMessage, signal);
  };

  const onMessage = (message: BackgroundToContent) => {
    // Only listened to after an inactive reply: turned on again, search again with fresh settings.
    if (message.type !== 'settingsChanged' || !message.active) return;
    extraMatcher = null;
    runCheck();
  };

  whenExtraTopics(() => {
    if (extraWanted) return;
    extraWanted = true;
    // topic-extra.js ran after a search found nothing: search again for the imported topics (a
    // search under way sees the flag when it ends).
    if (html.getAttribute('data-corroborate-state') === 'not-about' && !checking && timer === undefined) runCheck();
  });
  runCheck();
}
