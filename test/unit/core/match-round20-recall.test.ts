// Round 20 (recall): readings of news English that let a sentence find its claim. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { claimIdsAfterHeading, index } from './shipped-index.js';

const PRAYER = 'residents-announce-end-of-forced-prayer-2015-06';
const OPEN_CLASH = 'is-msc-clash-openly-2015';
const HAFTAR_FIGHT = 'msc-fights-haftar-forces';
const COMMANDERS_KILLED = 'is-kills-msc-commanders-akar-houti-2015-06';

/** The claim ids of each annotated sentence of a page, in page order. */
function claimsBySentence(text: string, published: string): string[][] {
  return annotate(index, text, { published }).annotations.map((a) => a.claims.map((c) => c.id));
}

test('"nobody ... anymore" and "be made to pray" say what "no one ... any more" and "be forced to pray" say', () => {
  const s = 'Young men in a pickup toured Derna with a megaphone, telling shopkeepers that nobody would be made to pray anymore.';
  assert.ok(claimIdsAfterHeading(s, '2015-06-14').includes(PRAYER), s);
});

test('"announcing that ..." reports what was said: the announcement founds nothing and the sentence keeps its claim', () => {
  const s = 'Volunteers with a megaphone drove around Derna, announcing that prayer was a private matter and nobody would be forced to pray.';
  assert.ok(claimIdsAfterHeading(s, '2015-06-14').includes(PRAYER), s);
});

test('"the two sides" after a sentence naming two armed groups stands for those groups', () => {
  const text = 'Islamic State in Derna.\n\nThe Shura Council drove Islamic State from the centre of Derna in June. '
    + 'The two sides have clashed on the edge of the city almost every day since.';
  const marks = claimsBySentence(text, '2015-12-20');
  assert.equal(marks.length, 2, JSON.stringify(marks));
  assert.ok(marks[1]?.includes(OPEN_CLASH), JSON.stringify(marks));
});

test('"between the two camps" is where a quarrel lies, not who did the deed: no capture claim for the killing of commanders', () => {
  const text = 'Islamic State in Derna.\n\nThe Shura Council has fought Islamic State in Derna since June. '
    + 'Relations between the two camps collapsed in June, after IS gunmen shot dead two Shura Council commanders.';
  const marks = claimsBySentence(text, '2015-12-20');
  assert.deepEqual(marks[1], [COMMANDERS_KILLED], JSON.stringify(marks));
});

test('"forces loyal to Haftar" in a source names the forces; the council fighting them is that source\'s claim first', () => {
  const s = "Residents are wary: the Shura Council has been fighting Haftar's forces for a year, and nobody here wants his soldiers in Derna.";
  assert.equal(claimIdsAfterHeading(s, '2015-12-20')[0], HAFTAR_FIGHT, s);
});
