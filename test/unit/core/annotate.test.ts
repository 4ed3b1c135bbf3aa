// annotate() on the real pack: topic gate, paraphrases, hard negatives, stance with quantities, self-exclusion, offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { annotate } from '../../../src/core/index.js';
import { index, pack } from './shipped-index.js';

/** The seed articles stand beside the repository (../shared/seeds), as on CI. */
const seeds = new URL('../../../../shared/seeds/', import.meta.url);
const one = (s: string, published = '2015-06-15') => annotate(index, s, { published }).annotations[0];

test('topic gate: a text that never names Derna is not about the pack', () => {
  const r = annotate(index, 'Islamic State fighters were besieged in Sirte. Airstrikes hit Benghazi.', {});
  assert.equal(r.about, false);
  assert.deepEqual(r.annotations, []);
});

test('topic gate accepts spelling variants and Arabic script', () => {
  assert.equal(annotate(index, 'Fighting in Darnah continued.', {}).about, true);
  assert.equal(annotate(index, 'اشتباكات في درنة', {}).about, true);
});

test('paraphrase with synonyms and passive voice matches', () => {
  const a = one('Derna: Nasr al-Akar and Faraj al-Houti, two Shura Council commanders, were assassinated by IS gunmen last Wednesday.');
  assert.ok(a?.claims.some((c) => c.id === 'is-kills-msc-commanders-akar-houti-2015-06'));
  assert.equal(a?.verdict, 'corroborated');
});

test('hard negatives: 2023 flood and generic overlap', () => {
  assert.equal(one('The flood killed thousands of people in Derna on 11 September 2023.', '2023-09-13'), undefined);
  assert.equal(one('Airstrikes were reported in Derna.'), undefined);
});

test('a wrong count is contradicted, with the source values', () => {
  const a = one('Islamic State fighters attacked protesters at the Sahaba mosque in Derna, killing two people.');
  assert.equal(a?.verdict, 'contradicted');
  assert.ok(a?.claims[0]?.evidence.some((e) => e.stance === 'contradicts' && (e.values ?? []).length > 0));
});

test('a seed article leaves itself out', () => {
  const text = readFileSync(new URL('000_0a61e9e5d431c7b6.txt', seeds), 'utf8');
  const r = annotate(index, text, { published: '2015-06-15' });
  assert.equal(r.selfSource, 'libya-channel-2015-06-driven-out');
  for (const a of r.annotations) for (const c of a.claims) for (const e of c.evidence) assert.notEqual(e.source.id, r.selfSource);
  assert.ok(r.annotations.length > 5);
});

test('counts: sources and independence groups', () => {
  const a = one('Residents of Derna and rival jihadists joined forces to drive Islamic State out of the town.');
  assert.ok(a !== undefined);
  assert.ok(a.counts.independent <= a.counts.sources);
  assert.ok(a.counts.supporting > 0);
});

test('property: every annotation slices the text exactly', () => {
  const seed = readFileSync(new URL('002_ab37c38750d593d6.txt', seeds), 'utf8');
  fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.nat(seed.length), (noise, at) => {
    const text = seed.slice(0, at) + noise + seed.slice(at);
    return annotate(index, text, { published: '2015-06-17' }).annotations.every((a) => text.slice(a.start, a.end) === a.text);
  }), { numRuns: 40 });
});

test('topic gate: a topic name inside a longer capitalised run still opens it', () => {
  assert.equal(annotate(index, 'The Derna Mujahideen Shura Council said so.', {}).about, true);
  assert.equal(annotate(index, 'The DMSC said so.', {}).about, true);
  assert.equal(annotate(index, 'Reports From Dernah On Tuesday.', {}).about, true);
});

test('independent sources never outnumber the sources, on every sentence of every seed', () => {
  for (const source of pack.sources) {
    for (const a of annotate(index, source.text, { published: source.published }).annotations) {
      assert.ok(a.counts.independent <= a.counts.sources, `${a.text}: ${a.counts.independent} independent of ${a.counts.sources}`);
      assert.ok(a.counts.independent >= (a.counts.sources > 0 ? 1 : 0));
    }
  }
});
