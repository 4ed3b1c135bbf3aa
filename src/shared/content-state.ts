// How far a page's content script got, and where others read it. The state lives in the content
// script's own world (a property of its global), which the page's scripts cannot reach. The popup
// reads it there with scripting.executeScript, whose function runs in that world: a tab the
// background has no record of may still have a content script (Firefox injects one into tabs open at
// install), and only the script itself can tell "nothing to say about this page" from "no script
// here, reload". The browser tests, the bench and `npm start` read it there too
// (test/browser/content-world.ts).
// Once a page names a topic, the page run also writes the state as two attributes of <html> (its
// marks and badges show the extension anyway). A page that names none gets nothing a page's script
// could observe, so it cannot tell that its reader runs Corroborate (README, "Privacy").

export type ContentState = 'running' | 'done' | 'not-about' | 'off' | 'error';

/** The content script's progress, as its own world holds it. */
export interface PublishedContentState {
  state: ContentState;
  /** Marked sentences on the page (badges painted). */
  marks: number;
}

/** The property of the content script's global that holds its PublishedContentState. */
export const CONTENT_STATE_KEY = 'corroborateContentState';

/** Records the state in the content script's world only: all a page that names no topic gets. */
export function publishContentState(state: ContentState, marks: number): void {
  const published: PublishedContentState = { state, marks };
  (globalThis as Record<string, unknown>)[CONTENT_STATE_KEY] = published;
}

/**
 * Records the state in the content script's world and on `html`, as `data-corroborate-state` and
 * `data-corroborate-marks`: for the page run, which starts only on a page that names a topic.
 */
export function showContentState(html: Element, state: ContentState, marks: number): void {
  publishContentState(state, marks);
  html.setAttribute('data-corroborate-marks', String(marks));
  html.setAttribute('data-corroborate-state', state);
}
