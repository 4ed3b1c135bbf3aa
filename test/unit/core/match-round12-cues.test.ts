// Matching cues from the twelfth quality round (issue 4, developed on the later-* articles, judged on final-*): a
// party that "has not commented" on a fight gives that fight no badge; "left us ...", "left ... behind" is no
// withdrawal. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { index } from './shipped-index.js';

/** Claim ids each sentence after an on-topic heading is matched to. */
const marks = (s: string, published: string): string[] =>
  annotate(index, 'Islamic State in Derna.\n\n' + s, { published }).annotations
    .filter((a) => a.start > 0).flatMap((a) => a.claims.map((c) => c.id));

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
