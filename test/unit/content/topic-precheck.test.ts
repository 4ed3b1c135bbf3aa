// The content script's topic pre-check: a superset of the topic gate (never a false "no" on a
// text the gate accepts), cheap, and fed by the background's validated settings reply.
import { test } from 'node:test';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileTopicMatcher, compileTopicPatterns } from '../../../src/content/topic-precheck.js';
import { compilePack } from '../../../src/core/pack/compile-pack.js';
import { annotate, loadIndex, minimalSpellings, topicPatterns, topicSpellings } from '../../../src/core/index.js';
import { parsePageSettings } from '../../../src/shared/messages.js';
import { miniPack } from '../background/mini-pack.js';

const index = loadIndex(compilePack(miniPack({ id: 'derna', name: 'Derna', version: '1.0.0' })));
const spellings = topicSpellings(index);
const matcher = compileTopicMatcher(spellings);

test('topicSpellings gives the gate\'s folded spellings, sorted', () => {
  assert.ok(spellings.includes('derna'), JSON.stringify(spellings));
  assert.deepEqual(spellings, [...spellings].sort());
});

test('the pre-check finds the spellings as the gate folds them, at word edges only', () => {
  for (const text of ['Fighters left Derna.', 'DERNA', 'Dérna', 'De\u0301rna', "Derna's port", 'Derna’s port', 'al-Derna', 'x\nDerna\n']) {
    assert.equal(matcher.test(text), true, text);
  }
  for (const text of ['Dernaville', 'Darn it', 'Doreen', 'nothing here', '']) assert.equal(matcher.test(text), false, text);
});

test('Arabic spellings: letter variants, harakat, tatweel and a leading al-', () => {
  const arabic = compileTopicMatcher(['درنه']);
  for (const text of ['مدينة درنة', 'في الدرنة', 'دَرْنَة', 'درــنة']) assert.equal(arabic.test(text), true, text);
  assert.equal(arabic.test('مدينة بنغازي'), false);
});

test('the pre-check says yes wherever the real gate does (the pack\'s source articles)', () => {
  const real = loadIndex(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../dist/pack.json'), 'utf8')) as Parameters<typeof loadIndex>[0]);
  const realMatcher = compileTopicMatcher(topicSpellings(real));
  const dir = path.resolve(import.meta.dirname, '../../../data/sources');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
  texts.push('Islamic State fighters were driven out of Derna on Sunday.', 'The Shura Council of Mujahideen in Derna said so.');
  for (const text of texts) {
    if (annotate(real, text, {}).about) assert.equal(realMatcher.test(text), true, text.slice(0, 80));
  }
});

test('covered spellings are dropped: "derna shura council" needs only "derna"', () => {
  assert.deepEqual(minimalSpellings(['derna shura council', 'derna', 'msc', 'dmsc']), ['msc', 'dmsc', 'derna']);
  assert.equal(compileTopicMatcher([]).test('Derna'), false, 'no spellings: nothing is about the topic');
});

test('the settings reply is validated before a regex is built from it', () => {
  const patterns = topicPatterns(['derna']);
  const parsed = parsePageSettings({ active: true, highlightStyle: 'underline', topicPatterns: patterns });
  assert.ok(parsed.ok);
  assert.equal(compileTopicPatterns(parsed.message.topicPatterns).test('Fighting in DÉRNA'), true, 'the patterns survive the trip');
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline' }).ok, false);
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline', topicPatterns: { ...patterns, full: 7 } }).ok, false);
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline', topicPatterns: { ...patterns, full: 'x'.repeat(4_000_001) } }).ok, false);
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline', topicPatterns: { ...patterns, flags: 'i' } }).ok, false);
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline', topicPatterns: patterns, extra: 1 }).ok, false);
});

test('the first-word filter looks past names inside longer words, and past accents, marks and apostrophes inside a name', () => {
  const derne = compileTopicMatcher(['derne']);
  assert.equal(derne.test('We walked underneath the bridge.'), false, '"underneath" holds "derne" but not at a word start');
  assert.equal(derne.test('The Battle of Derne, 1805.'), true);
  assert.equal(derne.test('The Battle of Dérne, 1805.'), true, 'a precomposed accent');
  assert.equal(derne.test('The Battle of De\u0301rne, 1805.'), true, 'a combining accent');
  assert.equal(derne.test('The Battle of Der’ne, 1805.'), true, 'an apostrophe the gate drops');
  assert.equal(derne.test('underneath, then Derne'), true, 'a hit after one inside a word');
});

test('whatever the case, accents, apostrophes or filler around a name, the pre-check says yes wherever the gate does', () => {
  const real = loadIndex(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../dist/pack.json'), 'utf8')) as Parameters<typeof loadIndex>[0]);
  const realMatcher = compileTopicMatcher(topicSpellings(real));
  const names = ['Derna', 'Darnah', 'Fatayih', 'Pearl Hotel', 'Shura Council', 'MSC', 'درنة'];
  const filler = ['The fighters left', ' ', '. ', '“', '”', 'it’s', "o'clock", 'café', 'al-', '\n', 'x'];
  const accent = (name: string) => name.replace('e', 'é').replace('a', 'á');
  const apostrophe = (name: string) => (name.length > 3 ? `${name.slice(0, 3)}’${name.slice(3)}` : name);
  const variant = fc.tuple(fc.constantFrom(...names), fc.constantFrom('upper', 'lower', 'asis', 'accent', 'apostrophe', 'both', 'combining', 'stroke', 'elided'))
    .map(([name, how]) => {
      if (how === 'upper') return name.toUpperCase();
      if (how === 'lower') return name.toLowerCase();
      if (how === 'accent') return accent(name);
      if (how === 'apostrophe') return apostrophe(name);
      if (how === 'both') return apostrophe(accent(name)).toUpperCase();
      if (how === 'combining') return name.replace('e', 'e\u0301').replace('a', 'a\u0308');
      if (how === 'stroke') return name.replace('o', 'ø').replace('l', 'ł');
      if (how === 'elided') return `l’${accent(name)}`;
      return name;
    });
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...filler), variant, fc.string({ maxLength: 6 })), { maxLength: 12 }), (parts) => {
    const text = parts.join(' ');
    if (annotate(real, text, {}).about) assert.equal(realMatcher.test(text), true, text);
  }), { numRuns: 1500 });
});
