// Unit and property tests of normalisation, name folding, numbers, dates and relative dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from '../../../src/core/text/normalize-text.js';
import { foldName, nameSkeleton } from '../../../src/core/entities/fold-name.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { extractQuantities } from '../../../src/core/quantities/extract-quantities.js';
import { parseDates, parsePublished } from '../../../src/core/dates/parse-dates.js';
import { dayToIso } from '../../../src/core/dates/date-range.js';

test('normalises quotes, dashes, diacritics and case', () => {
  assert.equal(normalizeText('“Darnâ” – IS’s  ﬁght'), '"darna" - is\'s fight');
});

test('transliterations fold to one skeleton', () => {
  const sk = (s: string): string => nameSkeleton(foldName(tokenize(s)[0]?.norm ?? ''));
  assert.equal(sk('Derna'), sk('Darnah'));
  assert.equal(sk('Haftar'), sk('Hifter'));
  assert.equal(sk('al-Houti'), sk('Houti'));
  assert.equal(sk('درنة'), sk('درنه'));
});

test('number words, numerals, qualifiers and units', () => {
  const q = (s: string) => extractQuantities(tokenize(s), s, 0).map((x) => [x.counts, x.qualifier, x.value ?? null, x.min ?? null, x.max ?? null, x.unit]);
  assert.deepEqual(q('leaving at least seven dead'), [['killed', 'at-least', 7, null, null, 'people']]);
  assert.deepEqual(q('more than 70 militants surrendered'), [['surrendered', 'more-than', 70, null, null, 'people']]);
  assert.deepEqual(q('between 50 – 35km west'), [['distance', 'between', null, 35, 50, 'km']]);
  assert.deepEqual(q('a dozen fighters were wounded'), [['wounded', 'exact', 12, null, null, 'people']]);
  assert.deepEqual(q('4,000 people'), [['people', 'exact', 4000, null, null, 'people']]);
  assert.deepEqual(q('seventy-five people were killed'), [['killed', 'exact', 75, null, null, 'people']]);
});

test('spoken fractions are shares in percent', () => {
  const q = (s: string) => extractQuantities(tokenize(s), s, 0).map((x) => [x.counts, x.value ?? null, x.unit]);
  assert.deepEqual(q('the rebels hold three-quarters of the port'), [['share', 75, 'percent']]);
  assert.deepEqual(q('roughly two thirds of the district'), [['share', 67, 'percent']]);
  assert.deepEqual(q('eight out of ten homes'), [['share', 80, 'percent']]);
  // Not fractions: a count of days, a half hour, a numerator not below the denominator.
  assert.deepEqual(q('on the third day'), []);
  assert.deepEqual(q('half an hour later'), []);
  assert.deepEqual(q('three in three villages')[0]?.[2], 'people');
});

test('the days of a date range are no figures: "June 9-10", "9 and 10 June", "June 9 to 11"', () => {
  const q = (s: string) => extractQuantities(tokenize(s), s, 0).map((x) => [x.counts, x.value ?? null]);
  assert.deepEqual(q('Talks on June 9-10, 2015, ended after gunmen killed two guards.'), [['killed', 2]]);
  assert.deepEqual(q('On 9 and 10 June the militia shot dead three men.'), [['killed', 3]]);
  assert.deepEqual(q('From June 9 to 11 the fighting killed 40 people.'), [['killed', 40]]);
  // A figure after a date is still a figure.
  assert.deepEqual(q('On June 9, 12 people were killed.'), [['killed', 12]]);
});

test('absolute and relative dates', () => {
  const pub = parsePublished('2015-06-15');
  const d = (s: string): string[] => parseDates(s, pub).map((x) => `${dayToIso(x.range.lo)}..${dayToIso(x.range.hi)}`);
  assert.deepEqual(d('on 10 June 2015'), ['2015-06-10..2015-06-10']);
  assert.deepEqual(d('June 12, 2015'), ['2015-06-12..2015-06-12']);
  assert.deepEqual(d('last Wednesday'), ['2015-06-10..2015-06-10']);
  assert.deepEqual(d('told TV on Sunday'), ['2015-06-14..2015-06-14']);
  assert.deepEqual(d('last October'), ['2014-10-01..2014-10-31']);
  assert.deepEqual(d('last year'), ['2014-01-01..2014-12-31']);
  assert.deepEqual(d('earlier this month'), ['2015-06-01..2015-06-15']);
  assert.deepEqual(d('in 2018'), ['2018-01-01..2018-12-31']);
});

test('property: normalisation and tokenising never throw', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
    normalizeText(t);
    for (const tok of tokenize(t)) if (t.slice(tok.start, tok.end) !== tok.surface) return false;
    return true;
  }), { numRuns: 300 });
});
