// How the pre-check gets the page run (Chromium build): an import() of content-main.js, so pages
// that never name the topic never parse or evaluate it.
export function loadPageRun(resourceUrl: (path: string) => string): Promise<unknown> {
  return import(resourceUrl('content-main.js'));
}
