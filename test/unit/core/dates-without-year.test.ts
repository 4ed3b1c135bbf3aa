// Days and months named without a year: "on June 10" in a dated article, "late May" in a pasted undated one.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseDates, parsePublished } from '../../../src/core/dates/parse-dates.js';
import { dayToIso } from '../../../src/core/dates/date-range.js';
import type { YearlessDate } from '../../../src/core/dates/yearless-date.js';
import { annotate } from '../../../src/core/index.js';
import { index } from './shipped-index.js';

const days = (s: string, published: string): string[] =>
  parseDates(s, parsePublished(published)).map((d) => `${dayToIso(d.range.lo)}..${dayToIso(d.range.hi)}`);

test('a day named without a year is the nearest such day before the article, or within a month after it', () => {
  assert.deepEqual(days('Gunmen opened fire on June 9, witnesses said.', '2015-06-15'), ['2015-06-09..2015-06-09']);
  assert.deepEqual(days('on 9 June the council struck back', '2015-06-15'), ['2015-06-09..2015-06-09']);
  assert.deepEqual(days('the 9th of June', '2015-06-15'), ['2015-06-09..2015-06-09']);
  assert.deepEqual(days('clashes on June 9-11', '2015-06-15'), ['2015-06-09..2015-06-11']);
  assert.deepEqual(days('talks are due to resume on June 25', '2015-06-15'), ['2015-06-25..2015-06-25']);
  assert.deepEqual(days('a raid on December 28', '2016-01-05'), ['2015-12-28..2015-12-28']);
  // A year given is kept; a figure after a month is no day; "may" in lower case is the verb.
  assert.deepEqual(days('June 9, 2014', '2015-06-15'), ['2014-06-09..2014-06-09']);
  assert.deepEqual(days('some 5 may leave', '2015-06-15'), []);
  assert.deepEqual(days('by June 10,000 had fled', '2015-06-15'), []);
});

test('with no publication date a day or month without a year is kept apart, never read as a year', () => {
  const yearless: YearlessDate[] = [];
  assert.deepEqual(parseDates('The fighting began on June 9 and spread in late May, since October', undefined, yearless), []);
  assert.deepEqual(yearless.map((d) => [d.month, d.first, d.last]), [[6, 9, 9], [5, 1, 31]]);
});

const KILLING = 'Islamic State militants killed two commanders of the Derna Mujahideen Shura Council, Nasr al-Akar and Faraj al-Houti, ';

test('an undated text that puts the killing of the two commanders in May is contradicted; in June it is corroborated', () => {
  const verdict = (when: string): string | undefined => annotate(index, KILLING + when, {}).annotations[0]?.verdict;
  assert.equal(verdict('in late May.'), 'contradicted');
  assert.equal(verdict('on May 28.'), 'contradicted');
  assert.equal(verdict('on June 10.'), 'corroborated');
  assert.equal(verdict('last June.'), 'corroborated');
});

test('a dated article that puts the killing on a day of May without the year is contradicted', () => {
  const verdict = (when: string): string | undefined => annotate(index, KILLING + when, { published: '2015-06-15' }).annotations[0]?.verdict;
  assert.equal(verdict('on May 28.'), 'contradicted');
  assert.equal(verdict('on 10 June.'), 'corroborated');
});
