// content-main.js: the page run, as an ES module the content script imports (topic-watch.ts) only
// on pages that name the topic, so other pages never parse or evaluate it.
export { startPageRun } from './page-run.js';
