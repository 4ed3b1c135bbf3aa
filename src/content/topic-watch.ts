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
import type { TopicPatterns } from '../core/match/topic-patterns.js';
import { compileTopicPatterns, type TopicMatcher } from './topic-precheck.js';
import { publishContentState } from '../shared/content-state.js';
import { loadPageRun } from './load-page-run.js';
import { markOnce, measureSpan } from './perf-mark.js';
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

/** A text longer than this is searched in pieces, one per task (the pattern runs about 1 ms per 100 KB). */
const CHUNK_CHARS = 262_144;
/** Longer than any spelling with its surroundings, so a name cut by a piece boundary is still found. */
const OVERLAP_CHARS = 256;
/** Same-origin frames inside frames are followed this deep. */
const MAX_FRAME_DEPTH = 4;

/**
 * Does the page name the topic? The document's title, then the body's textContent and that of
 * same-origin frames (null contentDocument for cross-origin ones, which are left alone). One
 * native textContent call and one small pattern cost 0.3 ms and 0.5 ms on a 60 KB page in a fresh
 * tab, in the script's own task: the TreeWalker this replaces (a JS wrapper per node, a task and a
 * performance measure per slice) cost 4-10 ms of the page's thread on the same pages. Only a text
 * over CHUNK_CHARS is searched in pieces, one per task.
 * Open shadow roots are not reached: finding them means touching every element (0.8 ms on a page of
 * 1,000 elements, on every page). The title covers a page built of web components, which still has
 * one in the light DOM, and once a page names the topic the page run reads its shadow roots.
 * Frames still loading are reported to `onFrameLoading`, so the search can run again after.
 */
export async function pageNamesTopic(
  doc: Document, matcher: TopicMatcher, onFrameLoading: (frame: Element) => void, yieldTask: () => Promise<void>,
): Promise<boolean> {
  const search = async (text: string): Promise<boolean> => {
    if (text.length <= CHUNK_CHARS) return matcher.test(text);
    for (let at = 0; at < text.length; at += CHUNK_CHARS) {
      if (at > 0) await yieldTask();
      if (matcher.test(text.slice(Math.max(0, at - OVERLAP_CHARS), at + CHUNK_CHARS))) return true;
    }
    return false;
  };
  const searchDocument = async (inner: Document, depth: number): Promise<boolean> => {
    const body = inner.body;
    if (body === null) return false;
    if (await search(body.textContent ?? '')) return true;
    if (depth >= MAX_FRAME_DEPTH) return false;
    for (const tag of ['iframe', 'frame']) {
      const frames = body.getElementsByTagName(tag);
      for (let i = 0; i < frames.length; i++) {
        const frame = frames[i] as HTMLIFrameElement;
        const frameDoc = frame.contentDocument;
        if (frameDoc === null) continue;
        if (frameDoc.readyState !== 'complete') onFrameLoading(frame);
        if (await searchDocument(frameDoc, depth + 1)) return true;
      }
    }
    return false;
  };
  return matcher.test(doc.title) || searchDocument(doc, 0);
}

export interface TopicWatchOptions {
  /** The extension API, created on first use: touching it costs a fresh page a few milliseconds. */
  api: () => ContentApi;
  /** The pre-check's patterns for the bundled pack's topic spellings (core `topicPatterns`, built at build time). */
  bundledPatterns: TopicPatterns;
  /** performance.now() when content.js started (the bench's timeline starts there). */
  startedAt?: number;
  doc?: Document;
}

export function watchForTopic(options: TopicWatchOptions): void {
  const doc = options.doc ?? document;
  const view = doc.defaultView ?? window;
  // An AbortController made on first use only, and setTimeout rather than a MessageChannel to yield:
  // those two, created cold in the isolated world of every page, cost about 0.5 ms of the 2 ms a page
  // not about the topic may take.
  let controller: AbortController | undefined;
  let stopped = false;
  const signal = (): AbortSignal => {
    if (controller === undefined) {
      controller = new AbortController();
      if (stopped) controller.abort();
    }
    return controller.signal;
  };
  const bundledMatcher = compileTopicPatterns(options.bundledPatterns);
  let apiInstance: ContentApi | undefined;
  const api = (): ContentApi => (apiInstance ??= options.api());
  /** Every pack's spellings as patterns, once topic-extra.js has asked for them and the background has answered. */
  let extraMatcher: TopicMatcher | null = null;
  let extraWanted = false;
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  let gap = FIRST_GAP_MS;
  let listening = false;

  /** The last state published, in the script's own world only: nothing of it shows on the page (content-state.ts). */
  let current: 'not-about' | 'off' | 'error' | undefined;
  const setState = (state: 'not-about' | 'off' | 'error') => {
    current = state;
    publishContentState(state, 0);
  };

  const unwatch = () => {
    observer?.disconnect();
    observer = null;
    if (timer !== undefined) view.clearTimeout(timer);
    timer = undefined;
  };

  const stop = () => {
    unwatch();
    stopped = true;
    controller?.abort();
  };

  /**
   * The page names the topic: the settings request (already sent), the page run's import and the
   * first reading with its annotatePage request all go out now; the page run starts from them once
   * the module is in, and paints nothing before the settings say the page is on.
   */
  const startMain = async (settings: Promise<PageSettingsAnswer>) => {
    stop();
    // The script's start, marked only now: on the pages that never name the topic the marks API
    // would cost more than the search.
    markOnce('corroborate:script-start', globalThis, options.startedAt);
    markOnce('corroborate:named');
    const loading = loadPageRun((path) => api().resourceUrl(path));
    const firstReading = readAndAsk(api(), doc, view.location.href);
    const loaded: unknown = await loading;
    markOnce('corroborate:module');
    if (!isMainModule(loaded)) throw new Error(`${MAIN_MODULE} has no startPageRun`);
    loaded.startPageRun({ api: api(), settings, firstReading });
  };

  /** The next task. A page yields here once or a few times, so setTimeout's throttling of long chains does not apply. */
  const yieldTask = (): Promise<void> => new Promise((resolve) => {
    view.setTimeout(resolve, 0);
  });

  const onFrameLoading = (frame: Element) => frame.addEventListener('load', onMutations, { once: true, signal: signal() });
  /**
   * Only a search that finds the topic leaves a performance measure (the bench reads it): on the
   * pages it clears, the measures API would cost more than the search did.
   */
  const search = async (matcher: TopicMatcher): Promise<boolean> => {
    const started = performance.now();
    const named = await pageNamesTopic(doc, matcher, onFrameLoading, yieldTask);
    if (named) measureSpan('precheck', started, performance.now());
    return named;
  };

  /** The imported packs' topics, asked of the background only on pages without the bundled ones. */
  const searchExtra = async (): Promise<'named' | 'not-named' | 'stopped'> => {
    if (extraMatcher === null) {
      const answer = await requestPageSettings(api(), view.location.href);
      if (stopped) return 'stopped';
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
      extraMatcher = compileTopicPatterns(answer.settings.topicPatterns);
    }
    return (await search(extraMatcher)) ? 'named' : 'not-named';
  };

  let checking = false;
  const check = async () => {
    timer = undefined;
    // One search at a time; content that changes meanwhile arms the timer again.
    if (checking || stopped) return;
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
    if (stopped) return;
    if (named) {
      if (!api().isAlive()) return stop();
      // Asked afresh even when searchExtra has an answer: it may be from an earlier search.
      startMain(requestPageSettings(api(), view.location.href)).catch((error: unknown) => {
        console.error('[corroborate] could not start the page run:', error);
        setState('error');
        // The first reading's text may already be with the background: have it drop the tab's
        // results and toolbar count, so nothing claims marks the page does not show.
        void api().request({ type: 'pageRunFailed', url: view.location.href });
      });
      return;
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
    if (timer !== undefined || stopped) return;
    timer = view.setTimeout(runCheck, gap);
    gap = Math.min(MAX_GAP_MS, gap * 2);
  };

  const watch = () => {
    if (observer !== null || doc.body === null) return;
    observer = new view.MutationObserver(onMutations);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };

  const listen = () => {
    if (listening || stopped) return;
    listening = true;
    api().onMessage(onMessage, signal());
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
    if (current === 'not-about' && !checking && timer === undefined) runCheck();
  });
  runCheck();
}
