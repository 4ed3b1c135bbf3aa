// How far a page's content script got, and where others read it. The state lives in the content
// script's own world (a property of its global), which the page's scripts cannot reach. The popup
// reads it there with scripting.executeScript, whose function runs in that world: a tab the
// background has no record of may still have a content script (Firefox injects one into tabs open at
// install), and only the script itself can tell "nothing to say about this page" from "no script
// here, reload". The browser tests, the bench and `npm start` read it there too
// (test/browser/content-world.ts). It is also written as two attributes of <html>.

export type ContentState = 'running' | 'done' | 'not-about' | 'off' | 'error';

/** The content script's progress, as its own world holds it. */
export interface PublishedContentState {
  state: ContentState;
  /** Marked sentences on the page (badges painted). */
  marks: number;
}

/** The property of the content script's global that holds its PublishedContentState. */
export const CONTENT_STATE_KEY = 'corroborateContentState';

export function publishContentState(html: Element, state: ContentState, marks: number): void {
  html.setAttribute('data-corroborate-marks', String(marks));
  html.setAttribute('data-corroborate-state', state);
  const published: PublishedContentState = { state, marks };
  (globalThis as Record<string, unknown>)[CONTENT_STATE_KEY] = published;
}
