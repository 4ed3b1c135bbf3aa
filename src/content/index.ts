// Content script entry. Runs in the top frame only: same-origin iframes are read by the top
// frame's extraction (as blocks of its text), so one page gives one text and one result per tab.
// Cross-origin frames are not annotated (yet): the background already keeps only the top
// frame's result, so enabling them is a matter of running here when `window.frameElement` is
// null; the hostile suite's iframe tests say which behaviour is expected.
import { createContentApi } from './content-api.js';
import { startPageRun } from './page-run.js';

function main(): void {
  if (window.top !== window) return;
  try {
    performance.mark('corroborate:script-start');
  } catch (error) {
    // Timing marks are optional (the bench reads them); never let them stop the run.
    void error;
  }
  startPageRun({ api: createContentApi() });
}

main();
