// A sentence that opens with a pronoun or a quantifier goes on about the party the sentence before was about
// (issue 4). Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures, type SentenceFeatures } from '../../../src/core/match/sentence-features.js';
import { carriedParties } from '../../../src/core/match/carry-scene.js';
import { annotate } from '../../../src/core/index.js';
import { entityNumber, index } from './shipped-index.js';

const islamicState = entityNumber('org:islamic-state');
const council = entityNumber('org:derna-mujahideen-shura-council');
const haftar = entityNumber('person:khalifa-haftar');

/** The second sentence's features, read after the first as annotate reads a page (the first's names are the latest). */
function readAfter(first: string, second: string): SentenceFeatures {
  const before = extractFeatures(first, 0, index.lex, undefined, { page: true });
  const recent = new Map(before.entities.map((m) => [m.entity, m.start]));
  const offset = first.length + 1;
  return extractFeatures(second, offset, index.lex, undefined, { page: true, recent, carried: carriedParties(before, index.lex) });
}

test('"Many ..." after a sentence about Islamic State fighters marks the claim it tells of them', () => {
  const page = 'Islamic State fighters lost their headquarters in central Derna to the Shura Council this week.\n\n'
    + 'Many melted away into the residential neighbourhoods of the city.';
  const many = annotate(index, page, { published: '2015-06-20' }).annotations.find((a) => a.text.startsWith('Many'));
  assert.ok(many?.claims.some((c) => c.id === 'is-fighters-scatter-into-neighbourhoods-2015-06'), JSON.stringify(many?.claims.map((c) => c.id)));
});

test('an opening "They" is the subject of the sentence before, not the armed group it named last', () => {
  const f = readAfter('The Mujahideen Shura Council drove Islamic State out of the old city.', 'They then pushed on towards the eastern hills.');
  assert.ok(f.entitySet.has(council));
  assert.ok(!f.entitySet.has(islamicState));
});

test('passive or active, the party the sentence before opens with is the one carried', () => {
  const f = readAfter('Islamic State was driven out of the old city by the Shura Council.', 'Most of them withdrew to the hills south of the town.');
  assert.ok(f.entitySet.has(islamicState));
  assert.ok(!f.entitySet.has(council));
});

test('"he" opening a sentence is a person named as the subject before, when he does something', () => {
  assert.ok(readAfter('Khalifa Haftar ordered fresh air strikes on the port.', 'He also sent troops to the southern approaches.').entitySet.has(haftar));
});

test('nothing is carried where the opening word is not the subject standing for a party', () => {
  const first = 'Islamic State fighters attacked council checkpoints at dawn.';
  // A quantifier before a noun counts people of its own; a dummy "it" names nobody; a sentence that names its own
  // subject keeps it; a pronoun whose sentence tells no deed of it gains no name.
  for (const second of [
    'Many residents fled towards the coast road.',
    'It is hard to attack the port from the sea.',
    'Several council fighters were wounded in the clashes.',
  ]) {
    const f = readAfter(first, second);
    assert.ok(!f.entities.some((m) => m.tokenStart === 0 && m.entity === islamicState), second);
  }
  const he = readAfter('Khalifa Haftar is at war with the Shura Council.', 'He regards all Islamists as terrorists, and his allies agree.');
  assert.ok(!he.entitySet.has(haftar));
});

test('a speaker\u2019s "they" in a quote is not read as the party the sentence before was about', () => {
  const f = readAfter('The Mujahideen Shura Council drove Islamic State out of the old city.', '"They fled like rats," a resident said.');
  assert.ok(!f.entities.some((m) => m.tokenStart === 0 && m.entity === council));
});
