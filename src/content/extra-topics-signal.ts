// The handshake between content.js and topic-extra.js. Both are content scripts of this extension,
// so they share one isolated world per page, which the page itself cannot see. topic-extra.js is
// registered only while an imported pack names topics the bundled pack does not (its spellings are
// baked into content.js); the browsers promise no order between a manifest's content script and a
// registered one, so whichever runs first leaves its mark on a global the other reads.
const SLOT = '__corroborateExtraTopics';

type Slot = true | (() => void) | undefined;

function slots(): Record<string, Slot> {
  return globalThis as unknown as Record<string, Slot>;
}

/** topic-extra.js: this page must also be searched for the imported packs' topics. */
export function announceExtraTopics(): void {
  const waiting = slots()[SLOT];
  slots()[SLOT] = true;
  if (typeof waiting === 'function') waiting();
}

/** content.js: runs `onExtra` once, now if topic-extra.js has already run, else when it does. */
export function whenExtraTopics(onExtra: () => void): void {
  if (slots()[SLOT] === true) {
    onExtra();
    return;
  }
  slots()[SLOT] = onExtra;
}
