// Reading a page's visible text in budgeted slices: the one way both the first reading (content.js,
// right after the topic is found) and the page run's later passes (content-main.js) read a page.
import { createTextExtractor, type ExtractedText } from '../dom/extract-text.js';
import { nextIdle, type Scheduler } from './scheduler.js';

/**
 * At most this many characters (some 40,000 words, several times the longest news article) are
 * read and sent: the message is serialised on the page's main thread in one piece, and 1,000,000
 * characters took 51 ms to send on a loaded 2-core VM (hostile huge-words.html).
 */
export const MAX_PAGE_CHARS = 250_000;

export interface ReadPageOptions {
  isHidden: (el: Element) => boolean;
  scheduler: Scheduler;
  /** Longest synchronous slice, ms. The first slice runs at once, the others in idle time. */
  sliceMs: number;
  /** Stops the reading between slices (the promise then rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Runs one slice; the caller accounts for its time (performance measures, run statistics). */
  timed: <T>(name: string, fn: () => T) => T;
}

export async function readPageText(doc: Document, options: ReadPageOptions): Promise<ExtractedText> {
  const body = doc.body;
  if (!body) return { text: '', segments: [], truncated: false, frames: [] };
  const { scheduler, sliceMs } = options;
  const extractor = createTextExtractor(body, { isHidden: options.isHidden, includeFrames: true, maxChars: MAX_PAGE_CHARS });
  for (;;) {
    const done = options.timed('extract', () => {
      const t0 = scheduler.now();
      return extractor.step(() => scheduler.now() - t0 > sliceMs);
    });
    if (done) return extractor.result();
    await nextIdle(scheduler, options.signal);
  }
}
