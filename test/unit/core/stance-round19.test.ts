// Verdicts from the ninth verdict round (issue 4): what a reader sees on a badge when a sentence gives a deed of
// another party, a date in a clause of its own, a sequel far from its date, "last week", a count of a whole that
// another source splits, "the number of those who ...", and a ", while" clause. The wording is not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, type Verdict } from '../../../src/core/index.js';
import { parseDates, parsePublished } from '../../../src/core/dates/parse-dates.js';
import { index } from './shipped-index.js';

/** The last paragraph's badge on a short on-topic page: its verdict, and each matched claim's evidence stances. */
function lastBadge(paragraphs: string[], published: string): { verdict: Verdict | undefined; stances: Map<string, string[]> } {
  const text = ['Islamic State in Derna.', ...paragraphs].join('\n\n');
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const a = annotate(index, text, { published }).annotations.find((x) => x.start === text.lastIndexOf(last));
  return { verdict: a?.verdict, stances: new Map((a?.claims ?? []).map((c) => [c.id, c.evidence.map((e) => e.stance)])) };
}

test('another party\'s pledge neither affirms nor denies that the council refused to pledge', () => {
  const badge = lastBadge(['When gunmen in Derna swore an oath to Baghdadi, the Shura Council\'s founders would not follow them.'], '2016-03-01');
  const refusal = badge.stances.get('msc-refuses-allegiance-to-baghdadi');
  assert.ok(refusal !== undefined && refusal.length > 0);
  assert.ok(refusal.every((s) => s === 'supports'), refusal.join());
  assert.equal(badge.verdict, 'corroborated');
});

test('"..., in October of last year." dates the clause it closes: the source that gives another October disputes it', () => {
  const badge = lastBadge(['Derna became the first Libyan town where militants pledged loyalty to Baghdadi, in October of last year.'], '2015-06-20');
  assert.ok(badge.stances.get('is-takes-hold-of-derna-2014-10')?.includes('contradicts'));
  assert.equal(badge.verdict, 'disputed');
});

test('a clause opened by a participle (", turning Derna into ...") is dated by the clause before it', () => {
  const badge = lastBadge(['Local militants pledged allegiance to Baghdadi in October, turning Derna into the first Libyan outpost of the caliphate.'], '2015-06-20');
  assert.ok(badge.stances.get('is-takes-hold-of-derna-2014-10')?.includes('contradicts'));
  assert.equal(badge.verdict, 'disputed');
});

test('"Within days" counts from the sentence just before, not from a date told several sentences back', () => {
  const story = [
    'Islamic State declared its province in Derna in October 2014.',
    'Floggings and public executions followed.',
    'Residents finally rose up against the group.',
    'Within days Islamic State had lost the Pearl Hotel, its Sharia court and al-Harish hospital.',
  ];
  const badge = lastBadge(story, '2015-06-20');
  assert.ok(badge.stances.has('is-loses-pearl-hotel-court-prison-hospital-2015-06'));
  assert.equal(badge.verdict, 'corroborated');
});

test('"last week", written on a Sunday, takes in the week now ending', () => {
  const badge = lastBadge(['Islamic State fighters abandoned their last positions outside Derna last week, the Shura Council said.'], '2016-04-24');
  assert.ok(badge.stances.has('is-withdraws-from-derna-2016-04'));
  assert.equal(badge.verdict, 'corroborated');
  const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const sunday = parseDates('They left last week.', parsePublished('2016-04-24'))[0];
  assert.deepEqual(sunday && [iso(sunday.range.lo), iso(sunday.range.hi)], ['2016-04-11', '2016-04-23']);
  // Written on a Monday, it is the whole week before, and nothing of the new one.
  const monday = parseDates('They left last week.', parsePublished('2016-04-25'))[0];
  assert.deepEqual(monday && [iso(monday.range.lo), iso(monday.range.hi)], ['2016-04-18', '2016-04-24']);
});

test('a count of the whole that one claim gives is not contradicted by a source counting a part of it', () => {
  const badge = lastBadge(['Gunmen from Islamic State murdered three commanders of the town\'s rival brigades.'], '2015-06-20');
  assert.equal(badge.verdict, 'corroborated');
  // Tied to the council alone, three is the council's count, and the sources that give it two still conflict.
  const council = lastBadge(['Gunmen from Islamic State murdered three Shura Council commanders.'], '2015-06-20');
  assert.ok(council.stances.get('is-kills-msc-commanders-akar-houti-2015-06')?.includes('contradicts'));
  assert.equal(council.verdict, 'disputed');
});

test('"put the number of fighters who had turned themselves in at about 25" counts those who surrendered', () => {
  const badge = lastBadge(['In Derna, officials put the number of IS fighters who had turned themselves in at about 25.'], '2015-06-20');
  assert.ok(badge.stances.has('is-militants-surrender-70-2015-06'));
  assert.equal(badge.verdict, 'contradicted');
});

test('", while Islamic State fell back ..." has its own subject: the group is not what the council held', () => {
  const badge = lastBadge(['By late June the Shura Council controlled the centre of the city, while Islamic State fell back to al-Fatayih on the eastern edge.'], '2015-07-10');
  assert.ok(badge.stances.has('is-holds-derna-outskirts-2015-2016'));
  assert.equal(badge.verdict, 'corroborated');
});
