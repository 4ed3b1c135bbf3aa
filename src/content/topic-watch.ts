// The part of the content script that runs on every page, kept small: ask the background for this
// page's settings and the topic's spellings, look for them in the page's raw text
// (document.body.textContent: no layout), and only on a page that names the topic import the page
// run (content-main.js: extraction, matching request, highlights, badges, cards). A page that does
// not gets state `not-about` and one MutationObserver whose callback only arms a timer; the search
// is repeated at most once per gap (1 s, doubling to 30 s), so late content naming the topic still
// starts a run, and a page that keeps changing costs one search per 30 s at most.
import { type BackgroundToContent, type PageSettings } from '../shared/messages.js';
import type { ContentApi } from './content-api.js';
import type { PageRunOptions } from './page-run.js';
import { compileTopicMatcher, type TopicMatcher } from './topic-precheck.js';
import { loadPageRun } from './load-page-run.js';
import { markOnce } from './perf-mark.js';
import { requestPageSettings } from './request-page-settings.js';

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

export function watchForTopic(api: ContentApi, doc: Document = document): void {
  const html = doc.documentElement;
  const view = doc.defaultView ?? window;
  const controller = new AbortController();
  const { signal } = controller;
  let settings: PageSettings | null = null;
  let matcher: TopicMatcher | null = null;
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  let gap = FIRST_GAP_MS;
  /** True while `settings` is the answer to a request made for the check about to run. */
  let fresh = false;
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

  const startMain = async (current: PageSettings) => {
    stop();
    markOnce('corroborate:named');
    const loaded: unknown = await loadPageRun((path) => api.resourceUrl(path));
    markOnce('corroborate:module');
    if (!isMainModule(loaded)) throw new Error(`${MAIN_MODULE} has no startPageRun`);
    loaded.startPageRun({ api, settings: current });
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

  let checking = false;
  const check = async () => {
    timer = undefined;
    // One search at a time; content that changes meanwhile arms the timer again.
    if (checking || signal.aborted || settings === null || !settings.active || matcher === null) return;
    if (!api.isAlive()) return stop();
    const started = { t: performance.now() };
    let named: boolean;
    checking = true;
    try {
      named = await pageNamesTopic(doc, matcher, (frame) => frame.addEventListener('load', onMutations, { once: true, signal }), timedYield(started));
    } finally {
      checking = false;
    }
    measure(started.t);
    if (signal.aborted) return;
    if (named && !fresh) {
      // Late content names the topic: settings may have changed meanwhile (no listener runs in
      // this state), so ask again before starting; refresh() runs this check once more.
      refresh().catch((error: unknown) => console.error('[corroborate] settings refresh failed:', error));
      return;
    }
    fresh = false;
    if (named) {
      const current = settings;
      startMain(current).catch((error: unknown) => {
        console.error('[corroborate] could not start the page run:', error);
        setState('error');
      });
      return;
    }
    // The popup says why there is nothing (one small message; the page's text is not sent). The
    // state is set once the background has it, so a popup opened on the signal finds it.
    const reported = await api.request({ type: 'reportNotAbout', url: view.location.href });
    if (!reported.ok) console.warn('[corroborate] the background did not take the not-about result:', reported.error);
    if (signal.aborted) return;
    setState('not-about');
    watch();
  };

  // Collect only: no DOM reads, no work; the search runs later, at most once per gap.
  const onMutations = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = view.setTimeout(() => {
      check().catch((error: unknown) => console.error('[corroborate] topic search failed:', error));
    }, gap);
    gap = Math.min(MAX_GAP_MS, gap * 2);
  };

  const watch = () => {
    if (observer !== null || doc.body === null) return;
    observer = new view.MutationObserver(onMutations);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };

  const refresh = async () => {
    const answer = await requestPageSettings(api, view.location.href);
    markOnce('corroborate:settings');
    if (signal.aborted) return;
    if (!answer.ok) return answer.orphaned ? stop() : setState('error');
    settings = answer.settings;
    if (!settings.active) {
      unwatch();
      setState('off');
      // Only now listen for settings changes: connecting runtime.onMessage costs every page a few
      // milliseconds, and a page not about the topic has nothing to remove when turned off.
      listen();
      return;
    }
    matcher = compileTopicMatcher(settings.topicSpellings);
    fresh = true;
    await check();
  };

  const listen = () => {
    if (listening || signal.aborted) return;
    listening = true;
    api.onMessage(onMessage, signal);
  };

  const onMessage = (message: BackgroundToContent) => {
    if (message.type !== 'settingsChanged') return;
    if (!message.active) {
      if (settings) settings = { ...settings, active: false };
      unwatch();
      setState('off');
      return;
    }
    if (settings?.active) {
      settings = { ...settings, highlightStyle: message.highlightStyle };
      return;
    }
    // Turned on again: the spellings come with the settings (an inactive reply has none).
    refresh().catch((error: unknown) => console.error('[corroborate] settings refresh failed:', error));
  };

  refresh().catch((error: unknown) => {
    console.error('[corroborate] content script failed to start:', error);
    setState('error');
  });
}
