// A text with no date, and none it names after the pack's time, is read as of the events it reports firmly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorFromEvents } from '../../../src/core/dates/anchor-from-events.js';
import { dayNumber } from '../../../src/core/dates/date-range.js';
import { annotate } from '../../../src/core/index.js';
import { index } from './shipped-index.js';

const day = (y: number, m: number, d: number): readonly [number, number] => [dayNumber(y, m, d), dayNumber(y, m, d)];
const month = (y: number, m: number): readonly [number, number] => [dayNumber(y, m, 1), dayNumber(y, m + 1, 1) - 1];

test('the text is read as of the first day of the latest event in its latest stretch of firm news', () => {
  assert.equal(anchorFromEvents([
    { score: 0.9, date: day(2019, 3, 4) },
    { score: 0.5, date: day(2019, 3, 9) },
    { score: 0.7, date: month(2018, 11) },
  ]), dayNumber(2019, 3, 9));
  // An event dated to the month counts from its first day, so the reading is never later than the text.
  assert.equal(anchorFromEvents([{ score: 0.9, date: month(2019, 3) }, { score: 0.5, date: day(2019, 2, 20) }]), dayNumber(2019, 3, 1));
});

test('one mark alone dates nothing, and a claim dated to a year or more says nothing of when the text was written', () => {
  assert.equal(anchorFromEvents([{ score: 0.95, date: day(2019, 3, 4) }]), undefined);
  assert.equal(anchorFromEvents([{ score: 0.9, date: [dayNumber(2011, 1, 1), dayNumber(2011, 12, 31)] }, { score: 0.9, date: [dayNumber(2011, 2, 1), dayNumber(2011, 10, 31)] }]), undefined);
  assert.equal(anchorFromEvents([{ score: 0.9 }, { score: 0.9 }]), undefined);
  // A lone later mark is passed over for the stretch before it.
  assert.equal(anchorFromEvents([
    { score: 0.5, date: day(2020, 1, 15) },
    { score: 0.8, date: day(2019, 3, 4) },
    { score: 0.6, date: day(2019, 3, 5) },
  ]), dayNumber(2019, 3, 5));
});

test('a later stretch of weak marks leaves the text undated rather than read as of an earlier one', () => {
  // Reading it as of March 2019 would rule out the May news it goes on to tell.
  assert.equal(anchorFromEvents([
    { score: 0.5, date: day(2019, 5, 2) },
    { score: 0.45, date: day(2019, 5, 3) },
    { score: 0.9, date: day(2019, 3, 4) },
    { score: 0.9, date: day(2019, 3, 5) },
  ]), undefined);
});

test('an undated report of the June 2015 killings gets no badge for the later unity-government talks', () => {
  const talks = 'In Morocco, negotiators said talks on forming a unity government had stalled once more.';
  // Alone, nothing dates the sentence, and it passes for the 2016 talks the pack holds.
  assert.ok(annotate(index, `Derna fighting\n\n${talks}`).annotations.some((a) => a.text === talks));
  const killing = 'Islamic State gunmen shot dead two commanders of the Mujahideen Shura Council in Derna on Tuesday night.';
  const report = annotate(index, `Derna fighting\n\n${killing}\n\nThe killings set off street battles across the city, and the council declared war on the group.\n\n${talks}`);
  assert.equal(report.datedFromText, '2015-06-10');
  assert.deepEqual(report.annotations.map((a) => a.text), [killing, 'The killings set off street battles across the city, and the council declared war on the group.']);
  assert.equal(report.annotations[0]?.verdict, 'corroborated');
});

test('a text given a date is read as of that date, whatever it reports', () => {
  const killing = 'Islamic State gunmen shot dead two commanders of the Mujahideen Shura Council in Derna on Tuesday night.';
  const r = annotate(index, `Derna fighting\n\n${killing}\n\nThe killings set off street battles across the city, and the council declared war on the group.`, { published: '2015-06-12' });
  assert.equal(r.datedFromText, undefined);
});
