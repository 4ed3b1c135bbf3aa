// Fractions and proportions read as percentages (issue 4): the parser's reading, and the badge a reader sees when a
// page gives a share as "two-thirds" or "nine in ten" where the pack's claim says "90 percent".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { extractQuantities } from '../../../src/core/quantities/extract-quantities.js';
import { annotateAfterHeading } from './shipped-index.js';

/** Each figure of a text as [what it counts, value, unit, qualifier]. */
function figures(text: string): Array<[string, number | null, string, string]> {
  return extractQuantities(tokenize(text), text, 0).map((q) => [q.counts, q.value ?? null, q.unit, q.qualifier]);
}

const CONTROL_CLAIM = 'msc-controls-90-percent-of-derna-2015-06-14';
const PUBLISHED = '2015-06-16';

test('fractions of a whole are shares in percent', () => {
  assert.deepEqual(figures('Half the villagers left before the shelling.'), [['share', 50, 'percent', 'exact']]);
  assert.deepEqual(figures('more than half of its recruits came from abroad'), [['share', 50, 'percent', 'more-than']]);
  assert.deepEqual(figures('a third of the harbour district'), [['share', 33, 'percent', 'exact']]);
  assert.deepEqual(figures('almost a quarter of the houses were damaged'), [['share', 25, 'percent', 'about']]);
  assert.deepEqual(figures('two-thirds of the old town'), [['share', 67, 'percent', 'exact']]);
  assert.deepEqual(figures('three-quarters of the market stalls'), [['share', 75, 'percent', 'exact']]);
  assert.deepEqual(figures('nine-tenths of the port'), [['share', 90, 'percent', 'exact']]);
});

test('proportions and percentages written any way are the same share', () => {
  const ninety = [['share', 90, 'percent', 'exact']];
  assert.deepEqual(figures('nine in ten shops are shut'), ninety);
  assert.deepEqual(figures('9 out of 10 shops are shut'), ninety);
  assert.deepEqual(figures('90% of shops are shut'), ninety);
  assert.deepEqual(figures('90 per cent of shops are shut'), ninety);
  assert.deepEqual(figures('ninety percent of shops are shut'), ninety);
  assert.deepEqual(figures('one in five shops is shut'), [['share', 20, 'percent', 'exact']]);
});

test('spans of time, measures, kin and ordinals are no shares', () => {
  assert.deepEqual(figures('The talks lasted half an hour.'), []);
  assert.deepEqual(figures('after a quarter of a century in exile'), []);
  assert.deepEqual(figures('His half-brother joined the militia.'), []);
  assert.deepEqual(figures('in the first half of 2015'), []);
  assert.deepEqual(figures('during the second half of the year'), []);
  assert.deepEqual(figures('the third commander to be arrested'), []);
  assert.deepEqual(figures('A third man was detained at the checkpoint.'), []);
  assert.deepEqual(figures('exports fell to a quarter of the pre-war level'), []);
  assert.deepEqual(figures('After a year and a half, the siege ended.'), []);
  // "most of" is vague: no figure to compare.
  assert.deepEqual(figures('most of the city'), []);
  // Three raids in ten days are a count of raids, not 30 percent.
  assert.ok(figures('3 in 10 days').every(([, , unit]) => unit !== 'percent'));
});

test('a page giving another fraction than the claimed 90 percent contradicts it', () => {
  for (const sentence of ['The council now holds two-thirds of Derna.', 'The council now holds half of Derna.', 'The council now holds a quarter of Derna.']) {
    const marks = annotateAfterHeading(sentence, PUBLISHED);
    assert.deepEqual(marks.map((a) => a.verdict), ['contradicted'], sentence);
    assert.deepEqual(marks[0]?.claims.map((c) => c.id), [CONTROL_CLAIM], sentence);
  }
});

test('nine-tenths, 90% and 90 per cent confirm the claimed 90 percent as strongly as "90 percent" does', () => {
  const score = (sentence: string): number | undefined => {
    const marks = annotateAfterHeading(sentence, PUBLISHED);
    assert.deepEqual(marks.map((a) => a.verdict), ['corroborated'], sentence);
    return marks[0]?.claims.find((c) => c.id === CONTROL_CLAIM)?.score;
  };
  const percent = score('The council now holds 90 percent of Derna.');
  assert.ok(percent !== undefined);
  assert.equal(score('The council now holds nine-tenths of Derna.'), percent);
  assert.equal(score('The council now holds 90% of Derna.'), percent);
  assert.equal(score('The council now holds 90 per cent of Derna.'), percent);
});

test('"most of" and a half hour give no figure to compare: no contradicted badge', () => {
  const verdicts = (s: string): string[] => annotateAfterHeading(s, PUBLISHED).map((a) => a.verdict);
  assert.ok(!verdicts('The council now holds most of Derna.').includes('contradicted'));
  assert.ok(!verdicts('The council held half an hour of talks in Derna.').includes('contradicted'));
});
