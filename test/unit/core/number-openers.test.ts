// The quantity scan tries to read a number only at words that can open one (mayOpenNumber): a figure written in a
// way that test forgot would silently lose its badge comparison. Every figure the parser reads, in the pack's own
// articles and in the odd forms below, must open with a word the test lets through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { mayOpenNumber, parseNumberAt } from '../../../src/core/quantities/parse-number.js';

const SOURCES = new URL('../../../data/sources/', import.meta.url);
const ODD_FORMS = [
  'a dozen fighters', 'an hundred men', 'dozens of families', 'hundreds were held', 'thousands fled', 'half the town',
  'a third of its fighters', 'one quarter of the city', 'two-thirds of the port', 'nine in ten shops', '9 out of 10 shops',
  'seventy-five prisoners', 'two hundred and fifty', 'four thousand', '4,000-6,000 fighters', '2.5 million', '50km away',
  '90% of Derna', 'zero casualties', 'nineteen dead',
];

test('every figure the parser reads opens with a word the quantity scan tries', () => {
  const texts = [...readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, SOURCES), 'utf8')), ...ODD_FORMS];
  let read = 0;
  for (const text of texts) {
    const tokens = tokenize(text);
    tokens.forEach((t, i) => {
      if (parseNumberAt(tokens, i) === undefined) return;
      read++;
      assert.ok(mayOpenNumber(t.norm), `"${t.surface}" opens a figure in "${text.slice(Math.max(0, t.start - 20), t.end + 20)}"`);
    });
  }
  // The check ran over real figures, not over texts where nothing was read.
  assert.ok(read > 50, `only ${read} figures read`);
});

test('ordinary words open no figure', () => {
  for (const w of ['the', 'fighters', 'derna', 'said', 'council', 'halfway', 'another']) assert.equal(mayOpenNumber(w), false, w);
});
