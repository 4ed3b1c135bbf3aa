// Matching cues from the seventh quality round (issue 4): a figure of people who "gave themselves up" counts the
// surrendered; "back" after a verb of motion is a direction, not the verb "to back". The wording is not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { extractQuantities } from '../../../src/core/quantities/extract-quantities.js';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { index } from './shipped-index.js';

const countsIn = (s: string): string[] => extractQuantities(tokenize(s), s, 0).map((q) => q.counts);

test('a figure of people who gave, handed or turned themselves in/up/over counts the surrendered', () => {
  assert.deepEqual(countsIn('Nearly 40 of the gunmen handed themselves over to the elders.'), ['surrendered']);
  assert.deepEqual(countsIn('About 12 guards turned themselves in at dawn.'), ['surrendered']);
  assert.deepEqual(countsIn('Some 25 recruits gave themselves up after the siege.'), ['surrendered']);
  // Giving something else up is no surrender: the figure stays a head count.
  assert.notDeepEqual(countsIn('Some 25 recruits gave their rifles up after the siege.'), ['surrendered']);
});

const actionsOf = (s: string): Array<{ id: string; intended: boolean }> => {
  const f = extractFeatures(s, 0, index.lex, undefined);
  return f.actions.map((a) => ({ id: index.pack.actions[a.action]?.id ?? '', intended: a.intended === true }));
};

test('"back" after a verb of motion tells the direction and is not the deed of backing a party', () => {
  assert.ok(!actionsOf('The convoy was sent back by the storm near the border.').some((a) => a.id === 'support'));
  assert.ok(!actionsOf('The gunmen fell back towards the valley at nightfall.').some((a) => a.id === 'support'));
  // The verb itself still reads as support.
  assert.ok(actionsOf('Egypt will back the council in its war on Islamic State.').some((a) => a.id === 'support'));
});
