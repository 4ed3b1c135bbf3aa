// The content script's topic pre-check: a superset of the topic gate (never a false "no" on a
// text the gate accepts), cheap, and fed by the background's validated settings reply.
import { test } from 'node:test';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileTopicMatcher, minimalSpellings } from '../../../src/content/topic-precheck.js';
import { compilePack } from '../../../src/core/pack/compile-pack.js';
import { annotate, loadIndex, topicSpellings } from '../../../src/core/index.js';
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
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline', topicSpellings: ['derna'] }).ok, true);
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline' }).ok, false);
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline', topicSpellings: [''] }).ok, false);
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline', topicSpellings: ['x'.repeat(201)] }).ok, false);
  assert.equal(parsePageSettings({ active: true, highlightStyle: 'underline', topicSpellings: [], extra: 1 }).ok, false);
});

test('whatever the case, accents, apostrophes or filler around a name, the pre-check says yes wherever the gate does', () => {
  const real = loadIndex(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../dist/pack.json'), 'utf8')) as Parameters<typeof loadIndex>[0]);
  const realMatcher = compileTopicMatcher(topicSpellings(real));
  const names = ['Derna', 'Darnah', 'Fatayih', 'Pearl Hotel', 'Shura Council', 'MSC', 'درنة'];
  const filler = ['The fighters left', ' ', '. ', '“', '”', 'it’s', "o'clock", 'café', 'al-', '\n', 'x'];
  const variant = fc.tuple(fc.constantFrom(...names), fc.constantFrom('upper', 'lower', 'asis', 'accent', 'apostrophe'))
    .map(([name, how]) => {
      if (how === 'upper') return name.toUpperCase();
      if (how === 'lower') return name.toLowerCase();
      if (how === 'accent') return name.replace('e', 'é').replace('a', 'á');
      if (how === 'apostrophe') return name.length > 3 ? `${name.slice(0, 3)}’${name.slice(3)}` : name;
      return name;
    });
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...filler), variant, fc.string({ maxLength: 6 })), { maxLength: 12 }), (parts) => {
    const text = parts.join(' ');
    if (annotate(real, text, {}).about) assert.equal(realMatcher.test(text), true, text);
  }), { numRuns: 1500 });
});
