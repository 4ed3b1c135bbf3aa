// Fuzzing the protocol's validators and the background's front door with fast-check:
// random values never throw and are never accepted unless they are a valid message.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { parseBackgroundToContent, parseToBackground, REQUEST_ORIGIN } from '../../../src/shared/messages.js';
import { compilePack } from '../../../src/core/pack/compile-pack.js';
import { createBackground } from '../../../src/background/create-background.js';
import { miniPack } from './mini-pack.js';
import { EXT_ID, FakeBrowser } from './fake-browser.js';

const types = Object.keys(REQUEST_ORIGIN);

/** Random objects that look like messages: a known or unknown type plus random fields. */
const messageLike = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...types, 'settingsChanged', 'showSentence', '__proto__', 'constructor'), fc.string()),
    page: fc.anything(),
    url: fc.anything(),
    tabId: fc.oneof(fc.integer(), fc.double(), fc.string()),
    start: fc.anything(),
    end: fc.anything(),
    settings: fc.anything(),
    text: fc.anything(),
    packId: fc.anything(),
    query: fc.anything(),
    active: fc.anything(),
    highlightStyle: fc.anything(),
  },
  { requiredKeys: [] },
);

test('parseToBackground never throws and accepts only well-formed messages', () => {
  fc.assert(
    fc.property(fc.oneof(fc.anything(), messageLike), (value) => {
      const parsed = parseToBackground(value);
      if (!parsed.ok) {
        assert.equal(typeof parsed.reason, 'string');
        return;
      }
      // Accepted: it is a known type, and re-validating its own output gives the same message.
      assert.ok(types.includes(parsed.message.type));
      assert.deepEqual(parseToBackground(JSON.parse(JSON.stringify(parsed.message))), parsed);
    }),
    { numRuns: 5000 },
  );
});

test('parseBackgroundToContent never throws and accepts only its two messages', () => {
  fc.assert(
    fc.property(fc.oneof(fc.anything(), messageLike), (value) => {
      const parsed = parseBackgroundToContent(value);
      if (parsed.ok) {
        assert.ok(parsed.message.type === 'settingsChanged' || parsed.message.type === 'showSentence');
        if (parsed.message.type === 'showSentence') assert.ok(parsed.message.end >= parsed.message.start);
      }
    }),
    { numRuns: 5000 },
  );
});

test('valid messages built from their parts are always accepted', () => {
  const valid = fc.oneof(
    fc.record({ type: fc.constant('getPageSettings'), url: fc.string({ maxLength: 100 }) }),
    fc.record({ type: fc.constant('getPopupState'), tabId: fc.nat() }),
    fc.record({ type: fc.constant('searchClaims'), query: fc.string({ maxLength: 100 }) }),
    fc.record({ type: fc.constant('annotatePage'), page: fc.record({ url: fc.webUrl(), text: fc.string() }) }),
    fc.record({
      type: fc.constant('setSettings'),
      settings: fc.record({ enabled: fc.boolean(), disabledSites: fc.array(fc.domain()), highlightStyle: fc.constantFrom('underline', 'background', 'badges-only') }),
    }),
    fc.nat({ max: 1000 }).chain((start) => fc.record({ type: fc.constant('showSentence'), tabId: fc.nat(), start: fc.constant(start), end: fc.integer({ min: start, max: start + 1000 }) })),
  );
  fc.assert(fc.property(valid, (message) => assert.equal(parseToBackground(message).ok, true)), { numRuns: 2000 });
});

test('the background drops every random message or sender without throwing', async () => {
  const bg = createBackground({ browser: new FakeBrowser(), bundledPack: compilePack(miniPack()), indexedDB: new IDBFactory() });
  const sender = fc.record(
    { id: fc.oneof(fc.constant(EXT_ID), fc.string()), url: fc.oneof(fc.webUrl(), fc.constant(`chrome-extension://${EXT_ID}/popup.html`)), tab: fc.record({ id: fc.nat() }), frameId: fc.nat({ max: 3 }) },
    { requiredKeys: [] },
  );
  const originalWarn = console.warn;
  console.warn = () => undefined; // thousands of "dropped" lines otherwise
  try {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), messageLike), sender, async (message, from) => {
        const reply = bg.onMessage(message, from);
        const parsed = parseToBackground(message);
        if (!parsed.ok || from.id !== EXT_ID) assert.equal(reply, undefined);
        if (reply !== undefined) {
          const settled = await reply;
          assert.equal(typeof settled.ok, 'boolean');
        }
      }),
      { numRuns: 1500 },
    );
  } finally {
    console.warn = originalWarn;
  }
});
