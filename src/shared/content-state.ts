// How far a page's content script got, and where others read it. Tests and the demo wait on two
// attributes of <html>. The popup asks the content script's own world instead (scripting.executeScript
// runs its function there, and the page cannot see that world): a tab the background has no record
// of may still have a content script (Firefox injects one into tabs open at install), and only the
// script itself can tell "nothing to say about this page" from "no script here, reload".

export type ContentState = 'running' | 'done' | 'not-about' | 'off' | 'error';

/** The property of the content script's global that holds its state. */
export const CONTENT_STATE_KEY = 'corroborateContentState';

export function publishContentState(html: Element, state: ContentState, marks: number): void {
  html.setAttribute('data-corroborate-marks', String(marks));
  html.setAttribute('data-corroborate-state', state);
  (globalThis as Record<string, unknown>)[CONTENT_STATE_KEY] = state;
}
