// Precision readings (issue 4): what a page sentence only names, or a source's quote only mentions, is no deed it
// reports. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { claimIdsAfterHeading, entityNumber, index } from './shipped-index.js';

const actionNumber = (id: string): number => index.pack.actions.findIndex((a) => a.id === id);
const pageFeatures = (s: string, recent?: ReadonlyMap<number, number>) =>
  extractFeatures(s, 0, index.lex, undefined, recent === undefined ? { page: true } : { page: true, recent });

test('a deed noun a party owns, inside a prepositional phrase, is what the sentence refers to, not a deed it reports', () => {
  const hold = actionNumber('hold');
  for (const s of [
    'Townspeople staged the first open revolt against the group\u2019s rule in any Libyan town.',
    'Tribal elders called the street battles a challenge to its rule over the coast.',
  ]) {
    const held = pageFeatures(s).actions.filter((m) => m.action === hold);
    assert.ok(held.length > 0 && held.every((m) => m.descriptive === true), s);
  }
  // Told as the sentence's own news, or as the rule the town lived under, the rule is reported.
  for (const s of ['The group\u2019s rule over the port lasted eight months.', 'Shopkeepers lived under the group\u2019s rule for eight months.']) {
    assert.ok(pageFeatures(s).actions.some((m) => m.action === hold && m.descriptive !== true), s);
  }
});

test('a bare organisation noun before what an armed body holds ("council positions") names that organisation', () => {
  const council = entityNumber('org:derna-mujahideen-shura-council');
  const recent = new Map([[council, 0]]);
  for (const s of ['Army jets pounded council positions south of the town overnight.', 'Gunmen fired on council checkpoints at dawn.']) {
    assert.ok(pageFeatures(s, recent).entitySet.has(council), s);
  }
});

test('a quote that tells no deed cannot carry a claim that tells one', () => {
  // It shares only names and a title with the quote "the military chief of the Tobruk-based government, Khalifa Haftar".
  const ids = claimIdsAfterHeading('Men loyal to Khalifa Haftar, the commander allied with the Tobruk parliament, have sealed the roads around Derna.', '2016-03-10');
  assert.ok(!ids.includes('libyan-air-force-under-haftar'), JSON.stringify(ids));
});

test('a long quote whose deed the lexicon does not know still carries its claim: another page quoting it word for word finds it', () => {
  const quote = index.pack.claims.find((c) => c.id === 'residents-announce-end-of-forced-prayer-2015-06')?.evidence[0]?.quote ?? '';
  assert.ok(quote.split(/\s+/).length > 12, 'the quote is a whole statement, not a fragment');
  const ids = claimIdsAfterHeading(quote, '2015-06-20');
  assert.ok(ids.includes('residents-announce-end-of-forced-prayer-2015-06'), JSON.stringify(ids));
});

test('"will be back" is a return, not backing someone', () => {
  const support = actionNumber('support');
  for (const s of ['"We will be back," an Islamic State commander told his men.', 'Islamic State is back in the hills above the town.']) {
    assert.ok(!pageFeatures(s).actions.some((m) => m.action === support), s);
  }
});
