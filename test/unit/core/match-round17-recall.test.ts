// Round 17 (recall): readings of news English that let a sentence find its claim. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { claimIdsAfterHeading, index } from './shipped-index.js';
import { findEntityMentions } from '../../../src/core/entities/alias-lexicon.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

/** The pack entities a phrase names, by id, in order. */
function namedIn(phrase: string): string[] {
  return findEntityMentions(tokenize(phrase), index.lex.aliases).map((m) => index.pack.entities[m.entity]?.id ?? '?');
}

test('a country "split between" two authorities tells of the rival governments', () => {
  for (const s of [
    'Libya is split between rival authorities in the west and the east, and has been since 2014.',
    'Ever since 2014 the country has been split between rival administrations, one in the west and one in the east.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-09-01').includes('libya-two-rival-governments-since-2014'), s);
  }
});

test('"the gunmen" are the attackers the story has not named, not the group their victim belonged to', () => {
  const text = [
    'Derna commanders shot dead as Shura Council turns on Islamic State',
    'The Shura Council said on Wednesday that it would drive Islamic State out of Derna.',
    'Council fighters set up checkpoints across the town, and the Shura Council called on residents to stay indoors.',
    'Two Shura Council commanders were shot on Tuesday as they left a meeting.',
    'One survived the first attack and was carried to hospital, but the gunmen tracked him down there and killed him.',
  ].join('\n\n');
  const result = annotate(index, text, { published: '2015-06-12' });
  const last = result.annotations.find((a) => a.text.startsWith('One survived'));
  assert.ok(last?.claims.some((c) => c.id === 'msc-commander-murdered-in-hospital-2015-06'), JSON.stringify(last?.claims.map((c) => c.id)));
});

test('"General Haftar\'s army" names the general and his army; a rank inside a longer name is passed over', () => {
  assert.deepEqual(namedIn("They clashed with General Haftar's army."), ['person:khalifa-haftar', 'org:libyan-national-army']);
  assert.deepEqual(namedIn('It is at war with the forces of Field Marshal Khalifa Haftar.'), ['org:libyan-national-army']);
  for (const s of [
    "For a year the council has also been fighting General Haftar's army south of Derna.",
    'The council is also at war with the forces of General Khalifa Haftar, which ring Derna.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2016-04-25').includes('msc-fights-haftar-forces'), s);
  }
});

test('a sentence that repeats a claim\'s rare figures needs no name in common', () => {
  const s = "The Pentagon's top officer for Africa estimated in April that its ranks had nearly doubled since 2015, to 4,000-6,000.";
  assert.ok(claimIdsAfterHeading(s, '2016-04-25').includes('is-fighters-in-libya-4000-6000-2016'), s);
});

test('the countries a claim lists as doers, listed on the page, are the parties to the deed, not its scene', () => {
  for (const s of [
    'Libyan, Egyptian and American warplanes have all bombed those positions at one time or another.',
    'Over the past eighteen months those positions were hit by the Libyan air force, by Egypt and by the Americans.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2016-04-25').includes('airstrikes-by-libyan-army-us-egypt-on-is-near-derna'), s);
  }
});

test('a country named as a state\'s voice ("Egyptian officials") is not listed among the doers', () => {
  const s = "Haftar's army said its own jets had taken part in the raids, which Egyptian officials would not confirm.";
  assert.ok(!claimIdsAfterHeading(s, '2015-06-20').includes('airstrikes-by-libyan-army-us-egypt-on-is-near-derna'), s);
});
