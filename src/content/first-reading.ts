// The first reading of a page that names the topic, done by content.js itself the moment the topic
// is found: read the text (first slice at once, the rest in idle time) and send it to the
// extension's background with `annotatePage`, while content-main.js is still loading. The page run
// then starts from this reading and this pending answer, so the module's load (about 25 ms in
// Chromium, mostly the fixed cost of a dynamic import of an extension file) no longer sits between
// finding the topic and asking for the marks.
// The text goes out before this page's settings are known. It goes only to the extension's own
// background, which checks the settings itself and, for a site or a browser turned off, answers
// "not about" and keeps nothing (create-background.ts); the page run paints nothing either way
// until the settings say the page is on. Nothing leaves the browser.
import type { AnnotateResult } from '../core/annotation-types.js';
import { isHiddenByStyle, type ExtractedText } from '../dom/extract-text.js';
import { readPageMetadata } from '../dom/page-metadata.js';
import type { Reply } from '../shared/messages.js';
import type { ContentApi } from './content-api.js';
import { markOnce, measureSpan } from './perf-mark.js';
import { readPageText } from './read-page.js';
import { createWindowScheduler } from './scheduler.js';

/** Same budget as the page run's slices. */
const SLICE_MS = 8;

export interface FirstReading {
  /** The address the text was read at (the page run reads again if the page has moved on). */
  url: string;
  extracted: ExtractedText;
  /** The background's answer to the annotatePage request that carried this text. */
  answer: Promise<Reply<AnnotateResult>>;
  /**
   * Stops watching the page (idempotent) and says whether it changed after the reading began. The
   * page run connects its own observer only after its first pass, so without this watch a change
   * made while content-main.js loads would go unseen until the next one.
   */
  stopWatching(): boolean;
}

export async function readAndAsk(api: ContentApi, doc: Document, url: string): Promise<FirstReading> {
  const view = doc.defaultView ?? window;
  const scheduler = createWindowScheduler(view);
  const timed = <T>(name: string, fn: () => T): T => {
    const t0 = scheduler.now();
    try {
      return fn();
    } finally {
      measureSpan(name, t0, scheduler.now(), view);
    }
  };
  let changed = false;
  const watcher = new view.MutationObserver(() => {
    changed = true;
  });
  if (doc.body !== null) watcher.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const stopWatching = (): boolean => {
    if (watcher.takeRecords().length > 0) changed = true;
    watcher.disconnect();
    return changed;
  };
  let extracted: ExtractedText;
  try {
    extracted = await readPageText(doc, { isHidden: isHiddenByStyle, scheduler, sliceMs: SLICE_MS, timed });
  } catch (error) {
    watcher.disconnect();
    throw error;
  }
  const meta = timed('metadata', () => readPageMetadata(doc));
  markOnce('corroborate:asked');
  const answer = api.request({ type: 'annotatePage', page: { url, text: extracted.text, ...meta } });
  // The request never rejects (transport failures come back as a reply), so this mark cannot either.
  void answer.then(() => markOnce('corroborate:answered'));
  return { url, extracted, answer, stopWatching };
}
