// Paraphrase and sibling claims: two deeds and a word in common can stand for a name; a rare name picks out the event.
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

test('a claim that carries a rare name of the sentence ranks before siblings that match on the common names only', () => {
  // The hotel and the hospital are named by one claim of the pack; the Council, Islamic State and the capture by many.
  for (const s of [
    'The Shura Council captured the Pearl Hotel from Islamic State on Friday.',
    'Mujahideen Shura Council fighters seized al-Harish hospital from Islamic State.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-07-01').includes('is-loses-pearl-hotel-court-prison-hospital-2015-06'), s);
  }
  const ids = claimIdsAfterHeading('Council gunmen said they took over the Pearl Hotel and the Islamic State court building.', '2015-07-01');
  assert.ok(!ids.includes('residents-and-rival-jihadists-join-forces-2015-06'), JSON.stringify(ids));
});
