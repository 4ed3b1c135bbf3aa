// Sentence structure in wire copy: coreference by recency, role reversal, date conflicts, descriptions and
// subordinate clauses, symmetric deeds, related deeds, counts in coordinations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { compareSlots } from '../../../src/core/stance/compare-slots.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { extractQuantities } from '../../../src/core/quantities/extract-quantities.js';
import { validatePack } from '../../../src/core/pack/validate-pack.js';
import { index, pack, entityNumber } from './shipped-index.js';

const entity = entityNumber;
const MSC = entity('org:derna-mujahideen-shura-council');
const IS = entity('org:islamic-state');
const claimOf = (id: string) => {
  const c = index.pack.claims.find((x) => x.id === id);
  assert.ok(c, id);
  return c;
};
/** Annotations of a multi-sentence text, by the sentence they start with. */
const run = (text: string, published: string) => annotate(index, text, { published }).annotations;
const last = (text: string, published: string) => {
  const as = run(text, published);
  return as.find((a) => a.end === text.trimEnd().length);
};

test('coreference: a bare "the council" names the council mentioned earlier, and nothing without one', () => {
  const recent = new Map<number, number>([[MSC, 0]]);
  const f = extractFeatures('The council said its fighters had been wounded.', 100, index.lex, undefined, { recent });
  assert.ok(f.entities.some((m) => m.entity === MSC && m.start === 104));
  const g = extractFeatures('The council said its fighters had been wounded.', 100, index.lex, undefined, {});
  assert.ok(!g.entities.some((m) => m.entity === MSC));
  // "the group" names Islamic State ("Islamic State group"), the most recent organisation that noun can name.
  const h = extractFeatures("The group's fighters withdrew.", 100, index.lex, undefined, { recent: new Map([[MSC, 50], [IS, 10]]) });
  assert.ok(h.entities.some((m) => m.entity === IS));
  // A name of its own is not a reference back.
  const k = extractFeatures('The Council of Europe met.', 100, index.lex, undefined, { recent });
  assert.ok(!k.entities.some((m) => m.entity === MSC));
});

test('coreference through annotate: "the council" in a later sentence is the Shura Council', () => {
  const alone = last('Fighting continued in Derna. The council drove the militants from the heart of the city.', '2015-06-15');
  assert.equal(alone, undefined);
  const a = last('The Mujahideen Shura Council has fought IS in Derna. The council drove the militants from the heart of the city.', '2015-06-15');
  assert.ok(a?.claims.some((c) => c.id === 'is-loses-central-derna-2015-06'));
  assert.equal(a?.verdict, 'corroborated');
});

test('role reversal: a sentence that swaps who drove whom out is retrieved and contradicted', () => {
  const a = last('Islamic State forces drove the Shura Council out of Derna on Wednesday.', '2016-04-21');
  assert.ok(a?.claims.some((c) => c.id === 'msc-forces-is-out-of-derna-2016-04'));
  assert.equal(a?.verdict, 'contradicted');
  // The same deed the claim's way round is corroborated.
  const b = last('The Shura Council drove Islamic State out of Derna on Wednesday.', '2016-04-21');
  assert.equal(b?.verdict, 'corroborated');
});

test('role reversal: a reversed claim naming what the agreeing claims do not (the Pearl Hotel) is kept', () => {
  const a = last("Derna. Islamic State fighters retook the Pearl Hotel from the Shura Council on Saturday.", '2015-06-15');
  assert.ok(a?.claims.some((c) => c.id === 'is-loses-pearl-hotel-court-prison-hospital-2015-06'));
  assert.equal(a?.verdict, 'contradicted');
});

test('symmetric deeds: "A fought B" is not a reversal of "B fought A"', () => {
  const f = extractFeatures('Forces loyal to Haftar fought the Shura Council in Derna.', 0, index.lex, undefined);
  const cmp = compareSlots(f, claimOf('msc-fights-haftar-forces').slots);
  assert.ok(!cmp.conflict.has('roles'));
  assert.ok(cmp.agree.has('roles'));
});

test('date conflict: a matched claim dated otherwise is contradicted', () => {
  const a = last('Derna. The fighting broke out in late May, when Islamic State militants assassinated Nasr al-Akar and Faraj al-Houti.', '2015-06-15');
  assert.ok(a?.claims.some((c) => c.id === 'is-kills-msc-commanders-akar-houti-2015-06'));
  assert.equal(a?.verdict, 'contradicted');
  const b = last('Islamic State set up its first Libyan base in Derna in 2013, according to the council.', '2016-04-21');
  assert.ok(b?.claims.some((c) => c.id === 'is-takes-hold-of-derna-2014-10'));
  assert.equal(b?.verdict, 'contradicted');
});

test('dates belong to their clause: a year said of Derna does not date a claim about Sirte', () => {
  const f = extractFeatures('Islamic State took over Derna in 2013, long before it captured Sirte.', 0, index.lex, undefined);
  const cmp = compareSlots(f, claimOf('sirte-is-stronghold-in-libya').slots);
  assert.ok(!cmp.conflict.has('date'));
});

test('descriptions are not the main deed: "militants loyal to al Qaeda drove IS out" is about the expulsion', () => {
  const f = extractFeatures('Islamist militants loyal to al Qaeda have driven Islamic State fighters out of much of Derna.', 0, index.lex, undefined);
  assert.ok(f.actions.some((a) => a.descriptive === true));
  const expel = f.actions.find((a) => a.descriptive !== true);
  assert.ok(expel !== undefined);
  const roles = f.roles[f.actions.indexOf(expel)];
  assert.ok(roles?.targets.has(IS), 'IS is driven out (active perfect, not a headline passive)');
  const a = last('Islamist militants loyal to al Qaeda have driven Islamic State fighters out of much of the eastern Libyan city of Derna, residents said.', '2015-06-16');
  assert.equal(a?.claims[0]?.id, 'is-loses-central-derna-2015-06');
  assert.notEqual(a?.verdict, 'contradicted');
});

test('subordinate clauses: the main verb picks the top claim', () => {
  const a = last('The last Islamic State fighters in Derna have fled, according to the Mujahideen Shura Council, which has fought the group since residents rose up against it last June.', '2016-04-22');
  assert.equal(a?.claims[0]?.id, 'is-withdraws-from-derna-2016-04');
  assert.equal(a?.verdict, 'corroborated');
});

test('a name never runs across a comma', () => {
  const f = extractFeatures('IS fled the eastern city of Derna, residents said.', 0, index.lex, undefined);
  assert.ok(f.entities.some((m) => m.entity === entity('place:derna')));
});

test('counts: a coordination shares its verb; "the number of fighters ... to 1,000" counts people', () => {
  const t = "12 of the council's fighters and 10 civilians had been killed.";
  const qs = extractQuantities(tokenize(t), t, 0);
  assert.deepEqual(qs.map((q) => q.counts), ['killed', 'killed']);
  const u = 'The number of Islamic State fighters in Libya had fallen to about 1,000.';
  assert.equal(extractQuantities(tokenize(u), u, 0)[0]?.counts, 'people');
  const v = '"People were sick of the beheadings," said one resident.';
  assert.notEqual(extractQuantities(tokenize(v), v, 0)[0]?.counts, 'killed');
});

test('related deeds: "took over" reaches a claim told as "took hold"/"controlled", at a discount', () => {
  const f = extractFeatures('Islamic State took over Derna.', 0, index.lex, undefined);
  const hold = index.pack.actions.findIndex((a) => a.id === 'hold');
  assert.ok(f.relatedKeys.includes('a' + hold));
  assert.ok(!f.keys.includes('a' + hold));
});

test('action concepts: "symmetric" must be a boolean and "related" must name known concepts', () => {
  const bad = JSON.parse(JSON.stringify(pack));
  bad.actions[0].symmetric = 'yes';
  bad.actions[0].related = ['no-such-action'];
  const r = validatePack(bad);
  const text = JSON.stringify(r);
  assert.match(text, /symmetric/);
  assert.match(text, /no-such-action/);
});
