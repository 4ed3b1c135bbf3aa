// One page run of the content script: ask for settings and, meanwhile, extract the visible text in
// idle-time slices; once the settings say this page is on, send the text to the background, paint
// the result, then watch for new content. Nothing is painted before the settings are known.
// When content.js has already read the page and asked for its marks (first-reading.ts), the first
// pass takes that text and that pending answer instead of reading and asking again.
// Every listener and observer takes the run's AbortSignal; stop() removes every mark.
import type { AnnotateResult } from '../core/annotation-types.js';
import { isHiddenByStyle, type ExtractedText } from '../dom/extract-text.js';
import { readPageMetadata } from '../dom/page-metadata.js';
import { type BackgroundToContent, type HighlightStyle, type Reply } from '../shared/messages.js';
import { createBadgeFactory } from './badge.js';
import type { ContentApi } from './content-api.js';
import type { FirstReading } from './first-reading.js';
import { MarkLayer, type PlannedMark } from './mark-layer.js';
import { markOnce as markPageOnce, measureSpan } from './perf-mark.js';
import { readPageText } from './read-page.js';
import { showContentState, type ContentState } from '../shared/content-state.js';
import { requestPageSettings, type PageSettingsAnswer } from './request-page-settings.js';
import { createWindowScheduler, nextIdle, type Scheduler } from './scheduler.js';

export interface PageRunOptions {
  api: ContentApi;
  doc?: Document;
  scheduler?: Scheduler;
  /** Hidden check for extraction; defaults to computed style where the DOM has it. */
  isHidden?: (el: Element) => boolean;
  /** Longest synchronous slice of work, ms. */
  sliceMs?: number;
  /** Quiet time after the last page mutation before re-reading, ms. */
  settleMs?: number;
  /** The answer to a getPageSettings request the caller already sent (the pre-check, in parallel with loading this module). */
  settings?: Promise<PageSettingsAnswer>;
  /** The page's text as content.js read it and its annotatePage request, both under way: the first pass uses them. */
  firstReading?: Promise<FirstReading>;
}

export interface PageRun {
  stop(): void;
  /** Resolves when the current pass (first run or re-run) has finished; for tests. */
  idle(): Promise<void>;
  readonly stats: RunStats;
}

/** Main-thread accounting of this script's own work (read by the bench through performance entries). */
export interface RunStats {
  busyMs: number;
  longestSliceMs: number;
  passes: number;
  lastText: string;
}

const SLICE_MS = 8;
/** Longest run of badge insertions in one task: all of them, in one frame, in the common case. */
const PAINT_BUDGET_MS = 30;
/** Most text nodes under the sentences badged in one task (at least one sentence per task). */
const FRAME_NODE_BUDGET = 200;
const SETTLE_MS = 400;
const MIN_RERUN_GAP_MS = 1000;
const MAX_RERUN_GAP_MS = 30_000;
const OWN_PREFIX = 'CORROBORATE-';

export function startPageRun(options: PageRunOptions): PageRun {
  const doc = options.doc ?? document;
  const view = doc.defaultView as Window & typeof globalThis;
  const api = options.api;
  const scheduler = options.scheduler ?? createWindowScheduler(view);
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const settleMs = options.settleMs ?? SETTLE_MS;
  const isHidden = options.isHidden ?? isHiddenByStyle;
  const html = doc.documentElement;

  // Captured now: a page that later overrides attachShadow cannot reach our shadow roots.
  const nativeAttachShadow = view.Element.prototype.attachShadow;
  const attachShadow = (el: Element, init: ShadowRootInit) => nativeAttachShadow.call(el, init);

  const controller = new AbortController();
  const { signal } = controller;
  const stats: RunStats = { busyMs: 0, longestSliceMs: 0, passes: 0, lastText: '' };

  let active = false;
  let style: HighlightStyle = 'underline';
  let lastUrl = view.location.href;
  let lastText: string | null = null;
  let lastExtracted: ExtractedText | null = null;
  let lastResult: AnnotateResult | null = null;
  let pass: Promise<void> = Promise.resolve();
  let passRunning = false;
  let rerunWanted = false;
  let cancelRerun: (() => void) | null = null;
  let rerunGap = MIN_RERUN_GAP_MS;
  let lastPassEnd = -Infinity;
  let observer: MutationObserver | null = null;
  let observed = new WeakSet<Node>();
  /** Settles once the first settings are in (on, off, or failed). */
  let settingsKnown: Promise<void> = Promise.resolve();
  /** Taken by the first pass only: later passes read and ask for themselves. */
  let handOver: Promise<FirstReading> | null = options.firstReading ?? null;

  const layer = new MarkLayer(doc, {
    attachShadow,
    badges: createBadgeFactory(attachShadow),
    onCompare: (claimId) => {
      void api.request(claimId === undefined ? { type: 'openComparison' } : { type: 'openComparison', claimId });
    },
    signal,
  });

  const markOnce = (name: string) => markPageOnce(name, view);

  // The page run starts only on a page that names a topic: its state may show on <html> (content-state.ts).
  const setState = (state: ContentState) => showContentState(html, state, layer.badgeCount);

  /** Runs a synchronous piece of work and accounts for it. */
  const timed = <T>(name: string, fn: () => T): T => {
    const t0 = scheduler.now();
    try {
      return fn();
    } finally {
      const ms = scheduler.now() - t0;
      stats.busyMs += ms;
      if (ms > stats.longestSliceMs) stats.longestSliceMs = ms;
      measureSpan(name, t0, t0 + ms, view);
    }
  };

  /** Our own DOM writes, with the observer's records of them thrown away. */
  const mutateOwn = (fn: () => void) => {
    const pending = observer?.takeRecords() ?? [];
    if (pending.length > 0) onMutations(pending);
    try {
      fn();
    } finally {
      observer?.takeRecords();
    }
  };

  const stopQuietly = () => {
    if (signal.aborted) return;
    cancelRerun?.();
    observer?.disconnect();
    mutateOwn(() => layer.clear());
    controller.abort();
    setState('off');
  };

  const clearMarks = () => mutateOwn(() => layer.clear());

  const extract = (): Promise<ExtractedText> => readPageText(doc, { isHidden, scheduler, sliceMs, signal, timed });

  /** content.js's reading, if it is of this address and did not fail; else null (the pass reads again). */
  const takeHandOver = async (): Promise<FirstReading | null> => {
    const pending = handOver;
    handOver = null;
    if (pending === null) return null;
    try {
      const reading = await pending;
      // An SPA moved to another address while this module loaded: that text is not this page's.
      return reading.url === view.location.href ? reading : null;
    } catch (error) {
      console.warn('[corroborate] the first reading failed; reading the page again:', error);
      return null;
    }
  };

  const paint = async (extracted: ExtractedText, result: AnnotateResult): Promise<number> => {
    // Plan (offsets to live Ranges) in budgeted slices too: a sentence may span thousands of
    // nodes. No badge is inserted before every Range exists (see MarkLayer.plan).
    const planned: PlannedMark[] = [];
    let changed = 0;
    let a = 0;
    const annotations = result.annotations;
    while (a < annotations.length) {
      timed('plan', () => {
        const t0 = scheduler.now();
        while (a < annotations.length && scheduler.now() - t0 <= sliceMs) {
          const one = layer.plan(extracted, annotations.slice(a, a + 1));
          planned.push(...one.planned);
          changed += one.stale;
          a++;
        }
      });
      if (a < annotations.length) await nextIdle(scheduler, signal);
    }
    // Badges go in as few tasks as the budgets allow, so the page lays out once per task, not once
    // per badge. Nothing here reads layout. Each task stops after PAINT_BUDGET_MS, or once its
    // sentences span FRAME_NODE_BUDGET text nodes: on node-shredded text (hostile
    // tiny-text-nodes.html, one character per node) the frame after a task re-lays out and
    // repaints every paragraph that got a badge, some 2-4 ms of CPU per 100 nodes on a 2-core VM
    // over a fixed 10-15 ms for that page; eight such sentences in one frame took 35-63 ms.
    // Ordinary sentences are a few nodes each, so an article still gets all its badges in one task.
    // The highlights are registered once, in a later task, after the badges' frames: any change
    // of a registered highlight repaints every highlighted text node (see highlight-layer.ts).
    let i = 0;
    while (i < planned.length) {
      timed('paint', () => {
        const t0 = scheduler.now();
        let nodes = 0;
        mutateOwn(() => {
          while (i < planned.length && scheduler.now() - t0 <= PAINT_BUDGET_MS) {
            const mark = planned[i] as PlannedMark;
            if (nodes > 0 && nodes + mark.nodes > FRAME_NODE_BUDGET) break;
            nodes += mark.nodes;
            if (!layer.paint(mark)) changed++;
            i++;
          }
        });
      });
      // The first badges are in the document (the bench reads this; highlights follow in idle time).
      markOnce('corroborate:badges');
      await nextIdle(scheduler, signal);
    }
    timed('highlight', () => mutateOwn(() => layer.commit()));
    return changed;
  };

  /** One full pass: extract, ask, paint (the first one maybe with content.js's reading and request). */
  const runPass = async (): Promise<void> => {
    stats.passes++;
    setState('running');
    const reading = await takeHandOver();
    try {
      await readAskPaint(reading);
    } finally {
      reading?.stopWatching();
    }
  };

  const readAskPaint = async (reading: FirstReading | null): Promise<void> => {
    if (signal.aborted) return;
    const url = reading?.url ?? view.location.href;
    if (url !== lastUrl) {
      // SPA navigation: a new article in the same document.
      lastUrl = url;
      lastText = null;
      lastResult = null;
      clearMarks();
    }
    const extracted = reading?.extracted ?? await extract();
    if (signal.aborted) return;
    if (extracted.text === lastText && lastResult && lastExtracted) {
      // Same words: keep what is painted unless the page took our marks or nodes away.
      if (layer.isIntact()) {
        setState(lastResult.about ? 'done' : 'not-about');
        return;
      }
      clearMarks();
      lastExtracted = extracted;
      const stale = await paint(extracted, lastResult);
      if (stale > 0) rerunWanted = true;
      setState('done');
      return;
    }
    lastText = extracted.text;
    stats.lastText = extracted.text;
    lastExtracted = extracted;
    const meta = reading === null ? timed('metadata', () => readPageMetadata(doc)) : undefined;
    // The first pass extracts while the settings are on their way; this module sends nothing before
    // they say yes, and nothing is painted before then, whoever asked (content.js's request for a
    // page turned off is answered "not about" by the background, which keeps nothing of it).
    await settingsKnown;
    if (signal.aborted || !active) return;
    let reply: Reply<AnnotateResult>;
    if (reading !== null) {
      reply = await reading.answer;
      // The page changed after content.js read it: paint this answer, and read the page again later.
      if (reading.stopWatching()) rerunWanted = true;
    } else {
      markOnce('corroborate:asked');
      if (!api.isAlive()) return stopQuietly();
      reply = await api.request({ type: 'annotatePage', page: { url, text: extracted.text, ...meta } });
    }
    if (signal.aborted) return;
    if (!reply.ok) {
      if (!api.isAlive()) return stopQuietly();
      console.warn('[corroborate] the background could not annotate this page:', reply.error);
      setState('error');
      return;
    }
    if (!active) return;
    lastResult = reply.value;
    clearMarks();
    markOnce('corroborate:answered');
    if (!reply.value.about || reply.value.annotations.length === 0) {
      setState(reply.value.about ? 'done' : 'not-about');
      return;
    }
    layer.setStyle(style);
    const stale = await paint(extracted, reply.value);
    if (signal.aborted) return;
    // Some sentences changed between extraction and painting: read again later (bounded).
    if (stale > 0) rerunWanted = true;
    markOnce('corroborate:painted');
    setState('done');
  };

  /**
   * A pass or the start threw: whatever it painted goes, and the background drops the tab's results
   * and toolbar count (it may hold this page's answer), so neither claims marks the page lacks.
   */
  const failed = () => {
    clearMarks();
    setState('error');
    if (api.isAlive()) void api.request({ type: 'pageRunFailed', url: view.location.href });
  };

  /** Serialises passes: never two at once, and one more pass at most queued behind. */
  const schedulePass = (): Promise<void> => {
    if (passRunning) {
      rerunWanted = true;
      return pass;
    }
    passRunning = true;
    pass = (async () => {
      try {
        rerunWanted = false;
        await runPass();
      } catch (error) {
        if (signal.aborted) return;
        console.error('[corroborate] page run failed:', error);
        failed();
      } finally {
        passRunning = false;
        lastPassEnd = scheduler.now();
        if (rerunWanted && !signal.aborted && active) scheduleRerun();
        connectObserver();
      }
    })();
    return pass;
  };

  /** After page mutations settle (or at the latest after the back-off gap), re-read in idle time. */
  const scheduleRerun = () => {
    if (cancelRerun || signal.aborted || !active) return;
    const sinceLast = scheduler.now() - lastPassEnd;
    const wait = Math.max(settleMs, rerunGap - sinceLast);
    cancelRerun = scheduler.later(() => {
      cancelRerun = scheduler.idle(() => {
        cancelRerun = null;
        // A page that never stops changing gets re-read less and less often.
        rerunGap = Math.min(MAX_RERUN_GAP_MS, rerunGap * 2);
        void schedulePass();
      }, 2000);
    }, wait);
  };

  // Our UI lives in closed shadow roots the observer never sees, so a record is ours only when
  // its target is one of our hosts or it adds/removes nothing but our hosts. No ancestor walk:
  // on a 10,000-deep page that would cost 10,000 steps per record.
  const isOwnNode = (node: Node): boolean => node.nodeType === 1 && (node as Element).tagName.startsWith(OWN_PREFIX);

  // Collect only: no DOM reads beyond node identity, no work.
  const onMutations = (records: MutationRecord[]) => {
    if (signal.aborted || !active) return;
    let relevant = false;
    for (const record of records) {
      if (record.type === 'attributes') continue;
      if (isOwnNode(record.target)) continue;
      let own = record.addedNodes.length + record.removedNodes.length > 0;
      for (let k = 0; own && k < record.addedNodes.length; k++) own = isOwnNode(record.addedNodes[k] as Node);
      for (let k = 0; own && k < record.removedNodes.length; k++) own = isOwnNode(record.removedNodes[k] as Node);
      if (record.type === 'childList' && own) continue;
      relevant = true;
      break;
    }
    if (relevant) scheduleRerun();
  };

  const connectObserver = () => {
    if (signal.aborted || !active) return;
    if (!observer) {
      observer = new view.MutationObserver(onMutations);
      signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
    }
    const mo = observer;
    const targets: Node[] = [];
    if (doc.body) targets.push(doc.body);
    for (const frame of lastExtracted?.frames ?? []) if (frame.body) targets.push(frame.body);
    for (const target of targets) {
      if (observed.has(target)) continue;
      observed.add(target);
      mo.observe(target, { childList: true, subtree: true, characterData: true });
    }
  };

  const applySettings = (nextActive: boolean, nextStyle: HighlightStyle) => {
    const wasActive = active;
    active = nextActive;
    if (nextStyle !== style) {
      style = nextStyle;
      mutateOwn(() => layer.setStyle(style));
    }
    if (!active) {
      cancelRerun?.();
      cancelRerun = null;
      observer?.disconnect();
      observer = null;
      observed = new WeakSet();
      clearMarks();
      lastText = null;
      setState('off');
      return;
    }
    if (!wasActive) {
      lastText = null;
      void schedulePass();
    }
  };

  const onMessage = (message: BackgroundToContent) => {
    if (message.type === 'settingsChanged') applySettings(message.active, message.highlightStyle);
    else if (message.type === 'showSentence') mutateOwn(() => layer.reveal(message.start, message.end));
  };

  const onUrlMaybeChanged = () => {
    if (view.location.href !== lastUrl && active) scheduleRerun();
  };

  const start = async () => {
    setState('running');
    api.onMessage(onMessage, signal);
    view.addEventListener('popstate', onUrlMaybeChanged, { signal });
    view.addEventListener('hashchange', onUrlMaybeChanged, { signal });
    const navigation = (view as Window & { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('currententrychange', onUrlMaybeChanged, { signal });
    view.addEventListener('pageshow', (event) => {
      if (!(event as PageTransitionEvent).persisted) return;
      // Back from the bfcache: the extension may have been updated or turned off meanwhile.
      if (!api.isAlive()) return stopQuietly();
      void refreshSettings();
    }, { signal });
    view.addEventListener('pagehide', () => {
      cancelRerun?.();
      cancelRerun = null;
    }, { signal });
    // Extraction does not depend on the settings: the first pass starts now and waits for them
    // only before sending anything (see runPass).
    settingsKnown = takeFirstSettings(options.settings ?? requestPageSettings(api, view.location.href));
    await schedulePass();
  };

  /** The first settings: set without scheduling a pass, since the first one is already under way. */
  const takeFirstSettings = async (answer: Promise<PageSettingsAnswer>): Promise<void> => {
    const settings = await answer;
    markOnce('corroborate:settings');
    if (signal.aborted) return;
    if (!settings.ok) return settings.orphaned ? stopQuietly() : setState('error');
    if (settings.settings.active) {
      active = true;
      style = settings.settings.highlightStyle;
    } else {
      applySettings(false, settings.settings.highlightStyle);
    }
  };

  const refreshSettings = async () => {
    const answer = await requestPageSettings(api, view.location.href);
    if (signal.aborted) return;
    if (!answer.ok) return answer.orphaned ? stopQuietly() : setState('error');
    applySettings(answer.settings.active, answer.settings.highlightStyle);
  };

  pass = start().catch((error: unknown) => {
    if (signal.aborted) return;
    console.error('[corroborate] content script failed to start:', error);
    failed();
  });

  return {
    stop: stopQuietly,
    async idle() {
      // Wait until no pass is running or queued.
      for (let i = 0; i < 100; i++) {
        await pass;
        if (!passRunning) return;
      }
    },
    stats,
  };
}
