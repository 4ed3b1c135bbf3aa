// Matching quality: qualified quantities, role swaps, negation scope, word synonyms, near-identical claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { quantitiesAgree, compareSlots } from '../../../src/core/stance/compare-slots.js';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { canonicalWord } from '../../../src/core/match/word-synonyms.js';
import { stemWord } from '../../../src/core/text/stem-word.js';
import type { Quantity } from '../../../src/core/pack/pack-types.js';
import { index, pack } from './shipped-index.js';

const one = (s: string, published = '2015-06-15') => annotate(index, 'Derna.\n\n' + s, { published }).annotations.find((a) => a.start > 0);
const claim = (id: string) => {
  const c = index.pack.claims.find((x) => x.id === id);
  assert.ok(c, id);
  return c;
};
const q = (qualifier: Quantity['qualifier'], value: number, extra: Partial<Quantity> = {}): Quantity =>
  ({ counts: 'killed', unit: 'people', qualifier, value, ...extra });

test('quantities: qualified figures agree by their anchor, not by overlapping intervals', () => {
  assert.equal(quantitiesAgree(q('exact', 7), q('at-least', 7)), true);
  assert.equal(quantitiesAgree(q('more-than', 70), q('exact', 70)), true);
  assert.equal(quantitiesAgree(q('at-least', 40), q('at-least', 5)), false);
  assert.equal(quantitiesAgree(q('exact', 8), q('at-least', 7)), false);
  assert.equal(quantitiesAgree(q('about', 50), q('between', 0, { min: 35, max: 50 })), true);
  assert.equal(quantitiesAgree(q('exact', 120), q('between', 0, { min: 35, max: 50 })), false);
  assert.equal(quantitiesAgree(q('fewer-than', 5), q('more-than', 12)), false);
});

test('stance: a higher "at least" toll than the source gives is contradicted', () => {
  const a = one('At least 40 Shura Council fighters and 30 civilians were killed in the latest Derna clashes.', '2016-04-22');
  assert.equal(a?.verdict, 'contradicted');
  assert.ok(a?.claims.some((c) => c.id === 'msc-fighters-civilians-killed-2016-04'));
  const b = one('At least five council fighters and six civilians died in the fighting, a spokesman told the BBC.', '2016-04-21');
  assert.equal(b?.verdict, 'corroborated');
});

test('another figure for the same count is still matched, and contradicted', () => {
  const a = one('A Shura Council spokesman said the council controlled 40 percent of Derna.');
  assert.ok(a?.claims.some((c) => c.id === 'msc-controls-90-percent-of-derna-2015-06-14'));
  assert.equal(a?.verdict, 'contradicted');
  const b = one('IS gunmen killed five commanders of the Shura Council in Derna last Wednesday.');
  assert.equal(b?.verdict, 'contradicted');
});

test('near-identical claims: the source that gives the page\'s figure supports it, the other conflicts', () => {
  // Libya Channel's two articles: one says three commanders of the council were killed, the other two.
  const a = one('The fighting erupted after Islamic State militants killed three Shura Council commanders in Derna.');
  assert.equal(a?.verdict, 'disputed');
});

test('role swap: who killed whom reversed is contradicted', () => {
  const a = one('The Mujahideen Shura Council killed Islamic State commanders Nasr al-Akar and Faraj al-Houti.');
  assert.equal(a?.verdict, 'contradicted');
  const f = extractFeatures('The Mujahideen Shura Council killed Islamic State commanders Nasr al-Akar and Faraj al-Houti.', 0, index.lex, undefined);
  assert.ok(compareSlots(f, claim('is-kills-msc-commanders-akar-houti-2015-06').slots).conflict.has('roles'));
});

test('role swap is not reported when the page\'s own direction matches another claim', () => {
  const a = one('In revenge, Shura Council fighters shot dead a foreign militant serving with IS.');
  assert.equal(a?.verdict, 'corroborated');
  assert.ok(!a?.claims.some((c) => c.id === 'is-kills-msc-commanders-akar-houti-2015-06'));
});

test('agents of nominal deeds: "air strikes from the Libyan air force" makes the air force the actor', () => {
  const a = one('An IS convoy of reinforcements coming from Ras Hilal was pushed back by air strikes from the Libyan air force loyal to Gen. Hifter.');
  assert.equal(a?.verdict, 'corroborated');
});

test('negation: "refused" and "never" negate; "no" only the word right after it', () => {
  const neg = extractFeatures('The council never pledged allegiance to Baghdadi.', 0, index.lex, undefined);
  assert.equal(neg.negated, true);
  const left = extractFeatures('There is no Daesh presence left in the city.', 0, index.lex, undefined);
  const leave = left.actions.find((m) => index.pack.actions[m.action]?.id === 'retreat');
  assert.equal(leave?.negated, false);
  const a = one('The Shura Council pledged allegiance to the Islamic State leader Abu Bakr al-Baghdadi.');
  assert.equal(a?.verdict, 'contradicted');
});

test('word synonyms fold reporters\' variants to one stem', () => {
  const c = (w: string) => canonicalWord(stemWord(w));
  assert.equal(c('town'), c('city'));
  assert.equal(c('gunmen'), c('fighters'));
  assert.equal(c('jihadists'), c('militants'));
  assert.equal(c('clinic'), c('hospital'));
  assert.equal(c('jail'), c('prison'));
  assert.equal(c('outskirts'), c('edge'));
  assert.notEqual(c('city'), c('fighter'));
});

test('wire copy: descriptors ("loyal to al Qaeda") are not the actor; paraphrase still matches', () => {
  const a = one('Fighters from the al Qaeda-aligned council, backed by armed residents, stormed Islamic State checkpoints across the east of the city.');
  assert.ok(a?.claims.some((c) => c.id === 'residents-attack-is-checkpoints-2015-06'));
  const b = one('At least seven people were killed when the militants opened fire on a demonstration outside the Sahaba mosque, witnesses said.');
  assert.ok(b?.claims.some((c) => c.id === 'is-attacks-protesters-at-sahaba-mosque-2015-06'));
  assert.equal(b?.verdict, 'corroborated');
});

test('hard negatives sharing the pack\'s actors stay unmarked', () => {
  for (const s of [
    'A car bomb killed seven people outside a mosque in Benghazi in 2017.',
    'Dozens of Islamic State recruits were killed in US air strikes on a training camp near Sabratha in February 2016.',
    'Abu Bakr al-Baghdadi was killed in a US raid in Syria in October 2019.',
    'Khalifa Haftar\'s Libyan National Army said on Thursday it had taken full control of Derna after a months-long siege.',
  ]) assert.equal(one(s, '2019-11-02'), undefined, s);
});
