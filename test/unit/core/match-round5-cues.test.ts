// Matching cues from the fifth quality round (issue 4): "the city" for the town last named (and towns named inside
// a longer name), negated claims judged on their denied deed, denied deeds sharing no ground, "X, not Y" contrasts,
// "the militants" as another party than the sentence's own groups, sequel dates ("Two days later"), "In reality"
// rebuttals, participles as adjectives and reduced relatives as descriptions. The wording is not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { placesInsideNames } from '../../../src/core/entities/coreference.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { index, pack, entityNumber } from './shipped-index.js';

const entity = entityNumber;
/** Entities of `s` read after a text whose last mentions are given (entity id → offset). */
const entitiesAfter = (s: string, named: Record<string, number>): string[] => {
  const recent = new Map(Object.entries(named).map(([id, at]) => [entity(id), at]));
  return extractFeatures(s, 1000, index.lex, undefined, { recent }).entities.map((m) => index.pack.entities[m.entity]?.id ?? '');
};

test('"the city", "the coastal town", "the port city" name the town last named, whichever it is', () => {
  assert.ok(entitiesAfter('Gunmen blocked the roads out of the city overnight.', { 'place:sirte': 10 }).includes('place:sirte'));
  assert.ok(entitiesAfter('Shops in the coastal town stayed shut on Friday.', { 'place:benghazi': 10, 'place:sirte': 5 }).includes('place:benghazi'));
  const portCity = entitiesAfter('Fishing boats left the port city at dawn.', { 'place:tobruk': 10 });
  assert.equal(portCity.filter((id) => id === 'place:tobruk').length, 1, 'one reference, not one per noun');
  // A country or a quarter of a town is no "city"; nor is anything when no town was named.
  assert.ok(!entitiesAfter('Gunmen blocked the roads out of the city overnight.', { 'place:libya': 10 }).includes('place:libya'));
  assert.ok(!entitiesAfter('Gunmen blocked the roads out of the city overnight.', { 'place:pearl-hotel': 10 }).some((id) => id.startsWith('place:')));
  // "the city of X" names X itself; a city with no article ("a city of farms") refers to nothing.
  assert.ok(!entitiesAfter('He grew up in the city of Misrata.', { 'place:sirte': 10 }).includes('place:sirte'));
  assert.ok(!entitiesAfter('It is a city of farms and villas.', { 'place:sirte': 10 }).includes('place:sirte'));
});

test('a deed in "the city" belongs to the town named last: the claims of that town, not of the one before', () => {
  const text = (towns: string) => `Islamic State in ${towns}.\n\nLast autumn, young jihadists declared the city a province of Islamic State and pledged allegiance to Abu Bakr al-Baghdadi.`;
  const found = (towns: string) => annotate(index, text(towns), { published: '2015-06-20' }).annotations.filter((a) => a.start > 0).flatMap((a) => a.claims.map((c) => c.id));
  assert.ok(found('Sirte, then Derna').includes('is-takes-hold-of-derna-2014-10'));
  assert.ok(!found('Derna, then Sirte').includes('is-takes-hold-of-derna-2014-10'));
});

test('a town named inside a longer name ("people of X") counts as named; one that only qualifies it does not', () => {
  const inside = (s: string) => {
    const tokens = tokenize(s, 0);
    const f = extractFeatures(s, 0, index.lex, undefined);
    return placesInsideNames(tokens, f.entities, index.lex).map((m) => index.pack.entities[m.entity]?.id);
  };
  assert.deepEqual(inside('The people of Derna came out to cheer.'), ['place:derna']);
  assert.deepEqual(inside('The Tobruk-based parliament met again.'), []);
});

const verdictOf = (s: string, published = '2015-06-20') => {
  const a = annotate(index, 'Islamic State in Derna.\n\n' + s, { published }).annotations.find((x) => x.start > 0);
  return { ids: a?.claims.map((c) => c.id) ?? [], verdict: a?.verdict };
};

test('a negated claim is judged on the deed it denies, not on the other deeds it lists', () => {
  // The claim denies a pledge of allegiance; open opposition agrees with it, a pledge contradicts it.
  const hostile = verdictOf('The Shura Council openly opposes Abu Bakr al-Baghdadi and his Yemeni emir.');
  assert.ok(hostile.ids.includes('msc-refuses-allegiance-to-baghdadi'));
  assert.equal(hostile.verdict, 'corroborated');
  const pledged = verdictOf('The Shura Council pledged allegiance to Abu Bakr al-Baghdadi.');
  assert.ok(pledged.ids.includes('msc-refuses-allegiance-to-baghdadi'));
  assert.equal(pledged.verdict, 'contradicted');
});

test('a deed the page only denies is no common ground with a claim that reports that word affirmatively', () => {
  // "declined to join" (the group) shares "join" with a source's "joined in" (the fight): not the same fact.
  for (const s of ['The Abu Salim brigade refused to join, and its jihadists stayed apart.', "The Abu Salim brigade's jihadists did not join."]) {
    const r = verdictOf(s);
    assert.ok(!r.ids.includes('asmb-joins-fight-against-is-2015-06'), s + ': ' + r.ids.join());
  }
});

const claimStances = (s: string, published: string) => {
  const a = annotate(index, 'Islamic State in Derna.\n\n' + s, { published }).annotations.find((x) => x.start > 0);
  return new Map((a?.claims ?? []).map((c) => [c.id, c.evidence.map((e) => e.stance)]));
};

test('"X, not Y" and "not Y but X": Y is named as not the one who did it, and its claim is contradicted', () => {
  const roles = (s: string) => {
    const f = extractFeatures(s, 0, index.lex, undefined);
    return { actors: f.roles.flatMap((r) => [...r.actors]), denied: [...(f.deniedActors ?? [])] };
  };
  for (const s of ['The Libyan National Army, not the Shura Council, pushed Islamic State out of Sirte.', 'Not the Shura Council but the Libyan National Army pushed Islamic State out of Sirte.']) {
    const r = roles(s);
    assert.deepEqual(r.denied, [entity('org:derna-mujahideen-shura-council')], s);
    assert.ok(!r.actors.includes(entity('org:derna-mujahideen-shura-council')), s);
    assert.ok(r.actors.includes(entity('org:libyan-national-army')), s);
  }
  // A plain list of two parties denies neither.
  assert.deepEqual(roles('The Libyan National Army and the Shura Council pushed Islamic State out of Sirte.').denied, []);
  // The group driven out is named, so the contrast alone is under test (not what "the militants" refers to).
  const credited = claimStances('Officers insist it was the Shura Council that drove Islamic State out of Derna in April.', '2016-05-01');
  assert.ok(credited.get('msc-forces-is-out-of-derna-2016-04')?.every((s) => s === 'supports'));
  const denied = claimStances('Officers insist it was the Libyan National Army, not the Shura Council, that drove Islamic State out of Derna in April.', '2016-05-01');
  const stances = denied.get('msc-forces-is-out-of-derna-2016-04');
  assert.ok(stances !== undefined && stances.length > 0 && stances.every((s) => s === 'contradicts'), JSON.stringify([...denied]));
});

test('"the militants" does not name again a group the same sentence has named: it is another party', () => {
  const named = (s: string) => {
    const recent = new Map([[entity('org:islamic-state'), 5]]);
    const f = extractFeatures(s, 1000, index.lex, undefined, { recent });
    return f.entities.filter((m) => /^(?:militants|jihadists)$/.test(f.tokens[m.tokenStart]?.norm ?? '')).map((m) => index.pack.entities[m.entity]?.id);
  };
  assert.deepEqual(named('The Abu Salim brigade had chased the militants from the hills.'), ['org:islamic-state']);
  assert.deepEqual(named('The Shura Council reached the harbour, and the remaining jihadists surrendered.'), ['org:islamic-state']);
  // Named before this sentence only, the group is "the militants".
  assert.deepEqual(named('Later the militants shelled the harbour.'), ['org:islamic-state']);
});

const pageClaims = (paragraphs: string[], published: string) => {
  const text = ['Islamic State in Derna.', ...paragraphs].join('\n\n');
  const r = annotate(index, text, { published });
  return paragraphs.map((p) => {
    const at = text.indexOf(p);
    const a = r.annotations.find((x) => x.start === at);
    return { ids: a?.claims.map((c) => c.id) ?? [], verdict: a?.verdict, stances: new Map((a?.claims ?? []).map((c) => [c.id, c.evidence.map((e) => e.stance)])) };
  });
};

test('"Two days later, ..." takes the date of the sentence before: an undated deed is not read as a later episode', () => {
  const dated = 'The revolt against the jihadists began in June 2015.';
  const sequel = pageClaims([dated, 'Two days later, residents said, Islamic State had been driven out of Derna altogether.'], '2016-05-01')[1];
  assert.ok(sequel?.ids.includes('is-driven-out-of-all-derna-2015-06'));
  assert.ok(!sequel?.ids.includes('is-withdraws-from-derna-2016-04'), sequel?.ids.join());
  // Without the sequel opening the sentence stays undated, and the page's own month is as likely.
  const plain = pageClaims([dated, 'Residents said Islamic State had been driven out of Derna altogether.'], '2016-05-01')[1];
  assert.ok(plain?.ids.includes('is-withdraws-from-derna-2016-04'), plain?.ids.join());
});

test('"In reality, ..." after an attributed claim contradicts that claim; after a plain statement it adds to it', () => {
  const rebuttal = 'In reality the jihadists clung on in Fatayih, on the edge of the city, shelling the centre until April 2016.';
  const after = pageClaims(['According to the Shura Council, Islamic State had been driven out of Derna altogether in June 2015.', rebuttal], '2016-05-01')[1];
  const stances = after?.stances.get('is-driven-out-of-all-derna-2015-06');
  assert.ok(after?.ids.includes('is-holds-derna-outskirts-2015-2016'));
  assert.ok(stances !== undefined && stances.length > 0);
  // Each source keeps its own side, reversed: those that say IS was driven out altogether now contradict the page.
  const before = pageClaims(['According to the Shura Council, Islamic State had been driven out of Derna altogether in June 2015.'], '2016-05-01')[0]?.stances.get('is-driven-out-of-all-derna-2015-06');
  assert.deepEqual(stances, before?.map((s) => (s === 'supports' ? 'contradicts' : 'supports')));
  const plain = pageClaims(['The Shura Council drove Islamic State out of Derna altogether in June 2015.', rebuttal], '2016-05-01')[1];
  assert.ok(!plain?.ids.includes('is-driven-out-of-all-derna-2015-06'));
});

const deeds = (s: string) => {
  const f = extractFeatures(s, 0, index.lex, undefined);
  return f.actions.map((a) => ({ word: f.tokens[a.token]?.norm ?? '', action: index.pack.actions[a.action]?.id ?? '', descriptive: a.descriptive === true }));
};

test('a participle after "said", or before an adjective and a noun for people, is an adjective', () => {
  assert.equal(deeds('Witnesses said armed youths blocked the coast road.').find((d) => d.word === 'armed')?.descriptive, true);
  assert.equal(deeds('The Shura Council and armed local volunteers blocked the coast road.').find((d) => d.word === 'armed')?.descriptive, true);
  // As the verb of its clause it stays the deed.
  assert.equal(deeds('The Shura Council armed local volunteers last spring.').find((d) => d.word === 'armed')?.descriptive, false);
});

test('a deed that only tells which thing is meant ("the district held by X", "roadblocks the gunmen had set up") is a description', () => {
  const held = deeds('Council fighters overran the last district held by Islamic State on Friday.');
  assert.equal(held.find((d) => d.word === 'held')?.descriptive, true);
  assert.equal(held.find((d) => d.word === 'overran')?.descriptive, false);
  const setUp = deeds('Volunteers attacked roadblocks the gunmen had set up near the port.');
  assert.ok(setUp.filter((d) => d.word === 'set').every((d) => d.descriptive));
  assert.ok(setUp.some((d) => d.word === 'attacked' && !d.descriptive));
  // A headline with no other deed keeps it; a clause after "said" is the reported deed.
  assert.ok(deeds('Three commanders killed by Islamic State in Derna').some((d) => d.word === 'killed' && !d.descriptive));
  assert.ok(deeds('Elders said the gunmen had set up roadblocks near the port.').some((d) => d.word === 'set' && !d.descriptive));
});

test('a generic "the militants" is the armed group the text names most, and after "by" not the clause\'s own subject', () => {
  const is = entity('org:islamic-state'), asmb = entity('org:abu-salim-martyrs-brigade'), msc = entity('org:derna-mujahideen-shura-council');
  const named = (s: string, counts: Map<number, number>, recent: Map<number, number>) => {
    const f = extractFeatures(s, 1000, index.lex, undefined, { recent, counts });
    return f.entities.filter((m) => /^(?:militants|jihadists)$/.test(f.tokens[m.tokenStart]?.norm ?? '')).map((m) => index.pack.entities[m.entity]?.id);
  };
  // Named four times against once, Islamic State stays "the militants" although the brigade was named last.
  assert.deepEqual(named('Later the militants shelled the harbour.', new Map([[is, 4], [asmb, 1]]), new Map([[is, 10], [asmb, 20]])), ['org:islamic-state']);
  // With no group standing out, the one named last.
  assert.deepEqual(named('Later the militants shelled the harbour.', new Map([[is, 2], [asmb, 2]]), new Map([[is, 10], [asmb, 20]])), ['org:abu-salim-martyrs-brigade']);
  assert.deepEqual(named('The Shura Council took the last quarter held by the jihadists.', new Map([[msc, 5], [is, 3]]), new Map([[is, 10], [msc, 20]])), ['org:islamic-state']);
});
