// Round 16 (issue 4), precision: badges a reader should not see, each the reading of a general fact of news English,
// in wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { annotateAfterHeading, claimIdsAfterHeading, index } from './shipped-index.js';

const show = (ids: readonly string[]): string => JSON.stringify(ids);

test('whoever reports a deed in a closing attribution ("..., residents said") is not the one who did it', () => {
  const ids = claimIdsAfterHeading('The fighting flared again on Thursday night, residents said.', '2015-06-20');
  assert.ok(!ids.includes('first-uprising-against-is-2015-06'), show(ids));
});

test('in a story about another town, a line that does not name that town is no badge for the pack\'s claim about it', () => {
  const text = [
    'Sirte offensive: unity government forces close in on Islamic State',
    'Forces loyal to the unity government pushed deeper into Sirte on Tuesday, their commanders said.',
    'The militants still hold a handful of streets near the harbour.',
    'A few hundred jihadists are thought to remain in the city.',
    'The group lost its other Libyan base, Derna, a year ago.',
    'Sirte became the main stronghold of Islamic State in Libya last year.',
  ].join('\n\n');
  const marks = annotate(index, text, { published: '2016-08-20' }).annotations;
  const idsOf = (start: string): string[] => marks.filter((a) => a.text.startsWith(start)).flatMap((a) => a.claims.map((c) => c.id));
  assert.ok(!idsOf('The militants still hold').includes('sirte-is-stronghold-in-libya'), show(idsOf('The militants still hold')));
  assert.deepEqual(idsOf('A few hundred jihadists'), []);
  // A line that names the town still gets it.
  assert.ok(idsOf('Sirte became').includes('sirte-is-stronghold-in-libya'), show(idsOf('Sirte became')));
});

test('"under the command of" a general: the general commands, so an army that controls roads is no such command', () => {
  const ids = claimIdsAfterHeading('The Libyan National Army controls the roads into the town from the west.', '2015-06-20');
  assert.ok(!ids.includes('libyan-air-force-under-haftar'), show(ids));
  // The command itself is still found.
  const commanded = claimIdsAfterHeading('The jets, under the command of General Khalifa Haftar, struck militant positions near the town.', '2015-06-20');
  assert.ok(commanded.includes('libyan-air-force-under-haftar'), show(commanded));
});

test('"it was X, not Y, who drove IS out" credits X alone, so it answers the claim that the council did it', () => {
  const marks = annotateAfterHeading('The LNA says it was its own soldiers, not the Islamists, who pushed Islamic State out of Derna last week.', '2016-04-25');
  const ids = marks.flatMap((a) => a.claims.map((c) => c.id));
  assert.ok(ids.includes('msc-forces-is-out-of-derna-2016-04'), show(ids));
  assert.equal(marks[0]?.verdict, 'contradicted');
});

test('driven out of the whole town is not the claim about losing a list of its buildings', () => {
  const ids = claimIdsAfterHeading('By the end of the week the council said the jihadists had been pushed out of the whole town.', '2015-06-20');
  assert.ok(!ids.includes('is-loses-pearl-hotel-court-prison-hospital-2015-06'), show(ids));
  assert.ok(ids.includes('is-driven-out-of-all-derna-2015-06'), show(ids));
});

test('a correction note about an earlier version of the article gets no badge', () => {
  const s = 'Correction: a previous version of this article misstated the month in which the Shura Council was formed.';
  assert.deepEqual(claimIdsAfterHeading(s, '2016-04-25'), []);
});

test('"no casualty figures" says nothing of casualties, neither that there were some nor that there were none', () => {
  assert.deepEqual(annotateAfterHeading('No casualty figures were released by the hospital in Derna on Friday.', '2015-06-20'), []);
});

test('"now" right before a deed sets it at the time of writing, not at an uprising months before', () => {
  const ids = claimIdsAfterHeading('Many of the gunmen now fighting Islamic State in Derna once fought beside it.', '2016-02-10');
  assert.ok(!ids.includes('first-uprising-against-is-2015-06'), show(ids));
});

test('"only days away from driving IS out" is the army\'s plan, not a deed done', () => {
  const ids = claimIdsAfterHeading('Army commanders say their units are only days away from driving Islamic State out of Derna.', '2015-06-20');
  assert.equal(ids[0], 'army-plans-to-advance-on-derna-2015-06', show(ids));
});

test('what officials fear the militants could do is no attack reported', () => {
  assert.deepEqual(annotateAfterHeading('Diplomats fear the militants could use the port as a base for attacks abroad.', '2015-06-20'), []);
});
