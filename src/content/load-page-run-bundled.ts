// How the pre-check gets the page run (Firefox build, swapped in by build.mjs): bundled into
// content.js. addons-linter rejects import() of a computed URL (UNSAFE_VAR_ASSIGNMENT), and a
// moz-extension:// host differs per install, so no literal URL can stand there.
import * as pageRun from './content-main.js';

export function loadPageRun(_resourceUrl: (path: string) => string): Promise<unknown> {
  return Promise.resolve(pageRun);
}
