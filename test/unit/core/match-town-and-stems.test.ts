// "The town" after a town named as where people came from; stems that keep a final e to stay their own word.
// Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { stemWord } from '../../../src/core/text/stem-word.js';
import { claimIdsAfterHeading, index } from './shipped-index.js';

const PUNISHMENTS = 'is-enforced-sharia-and-public-beheadings-in-derna';

test('a town named after "from" does not become "the town" of the story', () => {
  const text = [
    'Derna under the black flag',
    'Derna is a port of some 100,000 people on the eastern coast, and Derna has long had a militant reputation.',
    'Traders from Tobruk still drove over on market days to sell vegetables in the town.',
    'Islamic State staged public executions in the town\'s main square and whipped shopkeepers.',
  ].join('\n\n');
  const last = annotate(index, text, { published: '2015-07-01' }).annotations.find((a) => a.text.startsWith('Islamic State staged'));
  assert.ok(last?.claims.some((c) => c.id === PUNISHMENTS), JSON.stringify(last?.claims.map((c) => c.id)));
});

test('a town named as the scene earlier in the sentence is still "the town"', () => {
  // Sirte is where the deed is: the executions are not Derna's.
  const text = [
    'Derna under the black flag',
    'Derna is a port of some 100,000 people on the eastern coast, and Derna has long had a militant reputation.',
    'In Sirte, Islamic State staged public executions in the town\'s main square and whipped shopkeepers.',
  ].join('\n\n');
  const last = annotate(index, text, { published: '2015-07-01' }).annotations.find((a) => a.text.startsWith('In Sirte'));
  assert.ok(!(last?.claims.some((c) => c.id === PUNISHMENTS) ?? false), JSON.stringify(last?.claims.map((c) => c.id)));
});

test('a word whose final e tells it from another word keeps it, in every form', () => {
  for (const [a, b] of [['planes', 'planned'], ['routes', 'routed'], ['units', 'united'], ['sites', 'sit'], ['noted', 'not']]) {
    assert.notEqual(stemWord(a as string), stemWord(b as string), `${a} / ${b}`);
  }
  for (const [a, b] of [['united', 'unite'], ['uniting', 'unite'], ['plane', 'planes'], ['route', 'routes'], ['create', 'created'], ['hoped', 'hope']]) {
    assert.equal(stemWord(a as string), stemWord(b as string), `${a} / ${b}`);
  }
});

test('council "units" on guard are no alliance, and a "route" to a goal is no rout', () => {
  // Neither sentence tells a deed of the pack: before, "units" read as "unite" (support) and "route" as "rout" (expel).
  for (const s of [
    'A council spokesman said its units were guarding the roads south of the city.',
    'Analysts see another route to beating the caliphate in Libya.',
  ]) {
    assert.deepEqual(claimIdsAfterHeading(s, '2016-05-01'), [], s);
  }
});
