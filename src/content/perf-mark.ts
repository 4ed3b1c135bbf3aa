// Performance marks and measures the bench reads (test/bench/bench-browser.ts); marks are set once per document.
const marked = new Set<string>();

/**
 * Sets the mark the first time only: a rerun on new content must not move the first run's timeline.
 * In Chromium content.js and content-main.js are separate bundles, each with its own copy of this
 * module, so a mark already in the document's timeline counts as set too.
 */
export function markOnce(name: string, view: { performance?: Performance } = globalThis, startTime?: number): void {
  if (marked.has(name)) return;
  marked.add(name);
  try {
    const timeline = view.performance;
    if (timeline === undefined || timeline.getEntriesByName(name, 'mark').length > 0) return;
    timeline.mark(name, startTime === undefined ? undefined : { startTime });
  } catch (error) {
    // A page may replace or freeze `performance`; timing marks only feed the bench, never the run.
    void error;
  }
}

/** Records `corroborate:<name>` from `start` to `end` (ms on the document's timeline). */
export function measureSpan(name: string, start: number, end: number, view: { performance?: Performance } = globalThis): void {
  try {
    view.performance?.measure?.(`corroborate:${name}`, { start, end });
  } catch (error) {
    // A page may replace `performance`, and older engines lack measure(name, options): measures only feed the bench.
    void error;
  }
}
