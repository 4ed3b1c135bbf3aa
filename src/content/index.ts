// Content script entry (content.js). Runs in the top frame only (the manifest does not inject into
// frames, and this returns early in one anyway): same-origin iframes are read by the top frame's
// extraction, as blocks of its own text, so one page gives one text and one result per tab;
// cross-origin frames (mostly ads and embeds) are left alone. See topic-watch.ts for what runs on
// every page, and page-run.ts (content-main.js) for what runs on pages that name the topic.
import bundledPatterns from 'corroborate:bundled-topic-patterns';
import { createContentApi } from './content-api.js';
import { watchForTopic } from './topic-watch.js';

function main(): void {
  if (window.top !== window) return;
  const startedAt = performance.now();
  // The API is created only on a page that names a topic: touching the extension runtime at all
  // costs a fresh isolated world over a millisecond.
  watchForTopic({ api: createContentApi, bundledPatterns, startedAt });
}

main();
