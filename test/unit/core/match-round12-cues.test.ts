// Matching cues from the twelfth quality round (issue 4, developed on the later-* articles, judged on final-*): a
// party that "has not commented" on a fight gives that fight no badge; "left us ...", "left ... behind" is no
// withdrawal; statements joined by a semicolon are matched each on its own; "its residents" are a town's people.
// Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { claimIdsAfterHeading, entityNumber, index } from './shipped-index.js';

/** Claim ids each sentence after an on-topic heading is matched to. */
const marks = claimIdsAfterHeading;

test('a party that has not commented on the fighting gets no badge for the fighting it names', () => {
  for (const s of [
    'Islamic State, which calls itself a caliphate, has not commented on the clashes with the Shura Council in Derna.',
    'The Mujahideen Shura Council has yet to comment on the battle with Islamic State in Derna.',
  ]) assert.deepEqual(marks(s, '2015-06-12'), [], s);
});

test('a deed told in a relative clause about the silent party is still a stated fact', () => {
  const ids = marks("Haftar's army, which has fought the Shura Council around Derna for a year, has not commented on the report.", '2016-04-30');
  assert.ok(ids.includes('msc-fights-haftar-forces'), JSON.stringify(ids));
});

test('"left us ..." and "left ... behind" tell what remains, not a withdrawal', () => {
  for (const s of [
    'In Derna, the Islamic State fighters left them nothing but mined houses.',
    'Islamic State fighters in Derna left their explosives behind in the schools.',
  ]) assert.ok(!marks(s, '2016-05-20').includes('is-withdraws-from-derna-2016-04'), s);
  // Leaving the town is still the withdrawal.
  assert.ok(marks('Islamic State fighters left Derna in April.', '2016-05-20').includes('is-withdraws-from-derna-2016-04'));
});

test('each statement a semicolon joins is badged with its own claim', () => {
  const ids = marks('Islamic State fighters pulled out of Derna in April 2016; in the 1990s its young men had waged an insurgency against Gaddafi.', '2016-05-23');
  assert.ok(ids.includes('is-withdraws-from-derna-2016-04'), JSON.stringify(ids));
  assert.ok(ids.includes('derna-jihadist-stronghold-1980s-1990s'), JSON.stringify(ids));
});

test('"its residents" after a town and a group are named is the town\'s people, not the group', () => {
  const derna = entityNumber('place:derna');
  const recent = new Map([[derna, 0], [entityNumber('org:islamic-state'), 40]]);
  for (const s of ['Its residents rose up against the militants.', 'Its young men rose up against the militants.']) {
    const f = extractFeatures(s, 100, index.lex, undefined, { page: true, recent });
    assert.ok(f.entitySet.has(derna), s);
  }
  // "its fighters" stays the group's.
  const f = extractFeatures('Its fighters rose up against the council.', 100, index.lex, undefined, { page: true, recent });
  assert.ok(!f.entities.some((m) => m.entity === derna));
});
