// Matching cues from the fourteenth quality round (issue 4, developed on all the dev set's layers). Wording not the
// dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { claimIdsAfterHeading, entityNumber, index } from './shipped-index.js';

/** Claim ids each sentence after an on-topic heading is matched to. */
const marks = claimIdsAfterHeading;

test('a description of the town set off by commas does not keep its sentence from the claim it states', () => {
  for (const s of [
    'Derna, a hillside town of roughly 120,000 inhabitants not far from the Egyptian frontier, has long been a bastion of Islamist militias.',
    'Derna, a coastal city of some 90,000 residents near the Egyptian border, has long been a stronghold of Islamist militias.',
  ]) assert.deepEqual(marks(s, '2015-06-20'), ['derna-long-held-by-islamist-militias'], s);
});

test('"no fighters remain in Derna" reports that they left it', () => {
  for (const s of [
    'A council commander said on Thursday that no Islamic State fighters remained in Derna.',
    "Not a single Daesh militant remains in the Derna area, the council's spokesman said on Thursday.",
  ]) assert.ok(marks(s, '2016-04-25').includes('is-withdraws-from-derna-2016-04'), s);
  // Fighters who remain have not left.
  assert.deepEqual(marks('A council commander said on Thursday that the Islamic State fighters remained in Derna.', '2016-04-25'), []);
});

test('a wire dateline with its filing day is the desk, not the scene, when the story names another town', () => {
  for (const s of [
    'BENGHAZI, March 3 (Reuters) -- Islamic State fighters shelled council positions in Derna overnight, residents said.',
    'BENGHAZI, Libya, March 3 \u2014 Islamic State fighters shelled council positions in Derna overnight, residents said.',
  ]) {
    const f = extractFeatures(s, 0, index.lex, undefined, { page: true });
    assert.ok(!f.entitySet.has(entityNumber('place:benghazi')), s);
    assert.ok(f.entitySet.has(entityNumber('place:derna')), s);
  }
});

test('"turned their guns on" is fighting, not a report that anyone took up arms', () => {
  const ids = marks('Shura Council fighters turned their guns on Islamic State in Derna this week.', '2015-06-14');
  assert.ok(ids.includes('is-msc-clash-openly-2015'), JSON.stringify(ids));
  assert.ok(!ids.includes('residents-armed-against-is-2015-06'), JSON.stringify(ids));
});

test('irregular participles ("hidden", "kept") read as their verb: guns "kept hidden" are the weapons residents hid', () => {
  const ids = marks('Derna residents who had kept guns hidden in their homes came out to fight the jihadists.', '2015-06-14');
  assert.deepEqual(ids, ['residents-armed-against-is-2015-06']);
});

test('a speech verb right after an aside ("The council, in a statement, said ...") frames the news, it does not close the sentence', () => {
  for (const s of [
    'The council, in a statement, said Islamic State fighters had fled Derna.',
    'Islamic State, for its part, says it has pulled its fighters out of Derna.',
  ]) assert.ok(marks(s, '2016-04-22').includes('is-withdraws-from-derna-2016-04'), s);
});

test('"coastline", "shoreline" are the coast: a sentence on the stretch of coast the group holds finds the Sirte claim', () => {
  const s = 'It captured Sirte in the spring, crushed a revolt of a local tribe and now controls about 250 km of coastline.';
  assert.ok(marks(s, '2016-01-10').includes('sirte-is-stronghold-in-libya'), s);
});
