// Matching cues from the fourth quality round (issue 4): questions, adjective participles, "veterans of", decades and
// "October of last year", "since February", modal and conditional deeds, forward and pronoun references, stative
// claims against reported deeds, and claims whose place only a subordinate clause names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { datesFor, extractFeatures } from '../../../src/core/match/sentence-features.js';
import { parseDates, parsePublished } from '../../../src/core/dates/parse-dates.js';
import { extractQuantities } from '../../../src/core/quantities/extract-quantities.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { index, entityNumber } from './shipped-index.js';

const one = (s: string, published = '2015-06-15') => annotate(index, 'Derna.\n\n' + s, { published }).annotations.find((a) => a.start > 0);
const ids = (s: string, published?: string): string[] => one(s, published)?.claims.map((c) => c.id) ?? [];
const entity = entityNumber;
const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
const features = (s: string, published?: string, recent?: Map<number, number>) =>
  extractFeatures(s, 1000, index.lex, parsePublished(published), recent === undefined ? {} : { recent });

test('a question asserts nothing: no badge, while the same deed stated gets one', () => {
  const stated = 'The Shura Council forced Islamic State out of Derna in April.';
  assert.ok(ids(stated, '2016-04-28').length > 0);
  assert.deepEqual(ids('Did the Shura Council force Islamic State out of Derna in April?', '2016-04-28'), []);
  assert.deepEqual(ids('So who really forced Islamic State out of Derna in April?', '2016-04-28'), []);
});

test('a participle between a determiner or "and" and a noun for people is an adjective, not a deed', () => {
  const arm = (s: string) => features(s).actions.find((a) => /^arm/.test(tokenize(s, 1000)[a.token]?.norm ?? ''));
  assert.equal(arm('Tribal elders and armed youths chased the jihadists from the port.')?.descriptive, true);
  assert.equal(arm('It is the largest armed faction in the east.')?.descriptive, true);
  assert.equal(arm('The brigade remains the best-armed force in the region.')?.descriptive, true);
  // After a subject or an auxiliary it is the deed.
  assert.notEqual(arm('The Shura Council armed residents in the old town.')?.descriptive, true);
  assert.notEqual(arm('They had armed residents in the old town.')?.descriptive, true);
});

test('"veterans of the 2015 battles": a description of people, its date not the sentence\'s', () => {
  const s = 'Most of the gunmen at the port are survivors of the 2015 fighting against Islamic State, locals say.';
  const f = features(s, '2019-03-01');
  assert.ok(f.actions.length > 0 && f.actions.every((a) => a.descriptive === true || tokenize(s, 1000)[a.token]?.norm !== 'fighting'));
  assert.deepEqual(f.dates, []);
  assert.ok(!ids(s, '2019-03-01').includes('first-uprising-against-is-2015-06'));
  // Said as a deed, the same fighting is dated and matched.
  const deed = features('In 2015 residents fought Islamic State in Derna.', '2019-03-01');
  assert.equal(deed.dates.length, 1);
});

test('decades are dated periods, not counts; "October of last year" is the year before the page', () => {
  const dates = (s: string, published: string) => parseDates(s, parsePublished(published)).map((d) => [s.slice(d.start, d.end), iso(d.range.lo), iso(d.range.hi)]);
  assert.deepEqual(dates('a stronghold in the 1970s', '2015-06-01'), [['1970s', '1970-01-01', '1979-12-31']]);
  assert.deepEqual(dates('since the late 1980s', '2015-06-01'), [['late 1980s', '1986-01-01', '1989-12-31']]);
  assert.deepEqual(dates('In March of last year, gunmen', '2016-02-10'), [['March of last year', '2015-03-01', '2015-03-31']]);
  assert.deepEqual(dates('in November this year', '2016-12-10'), [['November this year', '2016-11-01', '2016-11-30']]);
  // "may" stays a verb.
  assert.deepEqual(dates('they may this year', '2016-12-10').filter(([t]) => /may/i.test(t ?? '')), []);
  const s = 'Its founders fought the monarchy in the 1960s.';
  assert.deepEqual(extractQuantities(tokenize(s, 0), s, 0), []);
});

test('a deed of a decade long past is not a claim dated decades later', () => {
  const s = 'Its founders fought Gaddafi\'s regime in the 1980s, when the mountains near Derna hid Islamist rebels.';
  assert.ok(!ids(s, '2016-04-28').includes('gaddafi-overthrown-2011'));
});

test('", when ..." after a date belongs to that date: it dates the place named in it', () => {
  const derna = entity('place:derna');
  const f = features('Its founders took up arms in the 1990s, when the valleys around Derna hid an armed revolt.', '2016-04-28');
  assert.equal(datesFor(f, [derna]).length, 1);
  const g = features('Its founders took up arms in the 1990s, and the valleys around Derna now hide its camps.', '2016-04-28');
  assert.equal(datesFor(g, [derna]).length, 0);
});

test('"since February" dates a state that runs up to the page', () => {
  const f = features('Islamic State has ruled the coastal town of Sirte since February.', '2015-06-20');
  assert.equal(f.dates.length, 1);
  assert.equal(iso(f.dates[0]?.range.hi ?? 0), '2015-06-20');
});

test('would, could, might and if-clauses mark a deed as not done; such a deed alone gets no badge', () => {
  const intended = (s: string) => features(s).actions.map((a) => a.intended === true);
  assert.ok(intended('Losing Fatayeh would be a heavy blow to Islamic State.').every(Boolean));
  assert.deepEqual(ids('Losing Fatayeh would be a heavy blow to Islamic State.'), []);
  assert.ok(ids('Islamic State lost Fatayeh, a heavy blow to the group.', '2016-04-28').length > 0);
  assert.ok(intended('If the council captures Fatayeh, the militants will have nowhere to go.').some(Boolean));
  assert.ok(!intended('The council captured Fatayeh after a week of fighting.').some(Boolean));
});

test('a possessive in a fronted phrase points forward to the subject; "them" never to its own clause\'s subject', () => {
  const is = entity('org:islamic-state'), msc = entity('org:derna-mujahideen-shura-council');
  // Islamic State named in an earlier sentence; "its" still means the council that opens the main clause.
  const earlier = new Map([[is, 10]]);
  const f = features('Days after the death of its commander, the Mujahideen Shura Council named a successor.', undefined, earlier);
  const its = f.entities.find((m) => f.tokens[m.tokenStart]?.norm === 'its');
  assert.equal(its?.entity, msc);
  // Without a fronted phrase "its" keeps pointing back.
  const g = features('The Mujahideen Shura Council mourned its commander.', undefined, earlier);
  assert.equal(g.entities.find((m) => g.tokens[m.tokenStart]?.norm === 'its')?.entity, msc);
  // "them": the armed group named before, not the council doing the deed in this sentence.
  const both = new Map([[is, 10], [msc, 20]]);
  const h = features('The Mujahideen Shura Council pushed them back to the eastern hills.', undefined, both);
  assert.equal(h.entities.find((m) => h.tokens[m.tokenStart]?.norm === 'them')?.entity, is);
  // "the militants" is not the source the sentence cites.
  const c = features('According to the Mujahideen Shura Council, the militants had fled the town by nightfall.', undefined, new Map([[is, 10]]));
  assert.equal(c.entities.find((m) => c.tokens[m.tokenStart]?.norm === 'militants')?.entity, is);
  // Inside a quote, a speaker's "they" is left alone.
  const q = features('"They have gone for good," a council fighter said.', undefined, both);
  assert.equal(q.entities.find((m) => q.tokens[m.tokenStart]?.norm === 'they'), undefined);
});

test('a claim of a state (no deed) does not match a sentence reporting other deeds in the same places', () => {
  assert.ok(!ids('Traffickers sent hundreds of people across the Mediterranean to Italy last month.', '2015-06-20')
    .includes('libya-close-to-europe-across-mediterranean'));
});

test('a claim whose place only a subordinate clause names ranks after the main deed\'s claim', () => {
  const got = ids('Islamic State took control of Derna in October 2014, long before it seized Sirte.', '2016-04-28');
  assert.ok(got.includes('is-takes-hold-of-derna-2014-10'));
  assert.notEqual(got[0], 'sirte-is-stronghold-in-libya');
});

test('"the people who drove IS out are ...": a deed that only picks out whom the sentence is about', () => {
  const s = 'Those who drove Islamic State out of Derna are no friends of the West.';
  const f = features(s, '2016-04-28');
  assert.equal(f.actions.find((a) => f.tokens[a.token]?.norm === 'drove')?.descriptive, true);
  // After a comma the clause adds a fact about a named party: still a deed.
  const g = features('The Shura Council, which drove Islamic State out of Derna, is no friend of the West.', '2016-04-28');
  assert.notEqual(g.actions.find((a) => g.tokens[a.token]?.norm === 'drove')?.descriptive, true);
});

test('what a quoted speaker\'s description says ("a researcher based in Tunis said") is not the sentence\'s content', () => {
  const s = '"Nobody here trusts the politicians," a Libyan journalist wounded in the Benghazi fighting said on Monday.';
  const f = features(s, '2016-04-28');
  assert.ok(f.actions.length > 0);
  assert.ok(f.actions.every((a) => a.descriptive === true));
  assert.deepEqual(ids(s, '2016-04-28'), []);
});
