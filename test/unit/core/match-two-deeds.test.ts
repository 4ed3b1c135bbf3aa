// Two deeds and a word in common: a paraphrase that names no party, place or figure can still be the claim it retells.
// Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimIdsAfterHeading } from './shipped-index.js';

test('a sentence sharing two of a claim\'s deeds and a distinctive word is matched with no name in common', () => {
  for (const s of [
    'Old hands in the movement resented taking commands from a foreigner.',
    'Seasoned local fighters chafed at taking instructions from an outsider.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-07-01').includes('yemeni-emir-divides-derna-extremists'), s);
  }
});

test('deeds alone, with no word or name in common, are still no match', () => {
  for (const s of ['Exports have slumped as rival authorities compete for control of the terminals.', 'Men were beheaded and others were flogged.']) {
    assert.deepEqual(claimIdsAfterHeading(s, '2015-07-01'), [], s);
  }
});
