// Date metadata in the forms real sites write it is read as the day it names; a month, a year, a
// range or junk is no publication date, and nothing a page holds makes the reader throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDayValue } from '../../../src/core/dates/parse-day-value.js';
import { FUZZ_SEED, runs } from '../fuzz/fuzz-support.js';

test('the forms news sites put in their date metadata all give the day', () => {
  for (const value of [
    '2015-06-18T09:12:00+02:00', '2015-06-18', '2015/06/18', '20150618', '20150618091200',
    'Thu, 18 Jun 2015 09:12:00 GMT', 'June 18, 2015', '18 June 2015', 'Thursday, June 18, 2015 9:12 AM',
    'Thu Jun 18 2015 09:12:00 GMT+0200 (Central European Summer Time)', '18-Jun-2015', '18.06.2015', '06/18/2015',
    'Published: June 18, 2015', '  2015-06-18  ',
  ]) assert.equal(parseDayValue(value), '2015-06-18', value);
});

test('the day is the one written, not moved to UTC by the time zone', () => {
  assert.equal(parseDayValue('2015-06-18T23:30:00-05:00'), '2015-06-18');
  assert.equal(parseDayValue('2015-06-18T00:30:00+02:00'), '2015-06-18');
});

test('what is not one whole day is no publication date', () => {
  for (const value of ['2015-06', '2015', 'June 2015', '2015-02-30', '2015-13-01', '04/05/2016', '2015-06-18/2015-06-20',
    '18 June 2015 - 20 June 2015', '1434618720', '20150618123', 'yesterday', 'garbage', '', null, undefined]) {
    assert.equal(parseDayValue(value), undefined, String(value));
  }
});

test('any string gives a real day or nothing, and never throws', () => {
  // Near-dates: years outside 1900-2099, a 13th month, a 31 February, a time or a second year after them.
  const pad = (n: number): string => String(n).padStart(2, '0');
  const tail = fc.constantFrom('', 'T09:12:00Z', ' 09:12 GMT', ' - 2016', 'x', '7');
  const figures = fc.tuple(fc.integer({ min: 1890, max: 2110 }), fc.constantFrom('-', '/', '.', ''), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }), tail)
    .map(([y, sep, m, d, t]) => `${y}${sep}${pad(m)}${sep}${pad(d)}${t}`);
  const named = fc.tuple(fc.constantFrom('', 'Thu, ', 'Published: '), fc.integer({ min: 0, max: 32 }), fc.constantFrom('Feb', 'June', 'Sept.', 'Jux'), fc.integer({ min: 1890, max: 2110 }), fc.boolean(), tail)
    .map(([pre, d, m, y, dayFirst, t]) => `${pre}${dayFirst ? `${d} ${m} ${y}` : `${m} ${d}, ${y}`}${t}`);
  fc.assert(fc.property(fc.oneof(figures, named, fc.string({ unit: 'binary', maxLength: 120 })), (value) => {
    const day = parseDayValue(value);
    if (day === undefined) return;
    assert.match(day, /^(?:19|20)\d{2}-\d{2}-\d{2}$/);
    assert.equal(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), day);
  }), { seed: FUZZ_SEED, numRuns: runs(1000) });
});
