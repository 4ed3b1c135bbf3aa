// Performance marks the bench reads (test/bench/bench-browser.ts), each set once per document.
const marked = new Set<string>();

/** Sets the mark the first time only: a rerun on new content must not move the first run's timeline. */
export function markOnce(name: string, view: { performance?: Performance } = globalThis): void {
  if (marked.has(name)) return;
  marked.add(name);
  try {
    view.performance?.mark?.(name);
  } catch (error) {
    // A page may replace or freeze `performance`; timing marks only feed the bench, never the run.
    void error;
  }
}
