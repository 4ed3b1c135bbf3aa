// Unit and property tests of text fingerprints: plain news text hashes the same by the fast path as by full normalisation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { shingleHashes } from '../../../src/core/pack/fingerprint-text.js';

/** A combining mark alone after a space: normalisation removes it, but it sends the text down the full-normalisation path. */
const FORCE_FULL_PATH = ' \u0301';
const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);

test('case, quotes, dashes and spacing do not change the shingles', () => {
  const a = 'Islamic State fighters left Derna on Wednesday, the local council said, after months of clashes.';
  const b = 'ISLAMIC  State\u00A0fighters \u2014 left \u201CDerna\u201D on Wednesday\u2026 the local council said \u2013 after months of clashes';
  assert.deepEqual(sorted(shingleHashes(a)), sorted(shingleHashes(b)));
  assert.ok(shingleHashes(a).size > 0);
});

test('a word changed changes the shingles that hold it', () => {
  const a = 'one two three four five six seven eight nine ten';
  const b = 'one two three four five six seven eight nine tan';
  assert.notDeepEqual(sorted(shingleHashes(a)), sorted(shingleHashes(b)));
});

test('plain text hashes as the fully normalised text does', () => {
  const alphabet = fc.constantFrom(...'abcXYZ019 .,-\'"\n\t@[`{\u00A0\u2018\u2019\u201C\u201D\u2010\u2013\u2014\u2015\u2022\u2026'.split(''));
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
    const t = chars.join('');
    assert.deepEqual(sorted(shingleHashes(t)), sorted(shingleHashes(t + FORCE_FULL_PATH)));
  }), { numRuns: 300 });
});
