// A text that comes without a publication date is dated from the dates it names, but only when they
// show it was written after every source of the pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferPublished } from '../../../src/core/dates/infer-published.js';
import { dayNumber, dayToIso } from '../../../src/core/dates/date-range.js';
import { annotate } from '../../../src/core/index.js';
import { index } from './shipped-index.js';

const AFTER = dayNumber(2016, 4, 30);
const inferred = (text: string): string | undefined => {
  const day = inferPublished(text, AFTER);
  return day === undefined ? undefined : dayToIso(day);
};

test('the latest date a text names dates it: a day as itself, a month as its middle, a year alone as its end', () => {
  assert.equal(inferred('The port reopened on 3 March 2019 after talks that began in 2017.'), '2019-03-03');
  assert.equal(inferred('Talks began in 2017 and stalled in May 2019.'), '2019-05-16');
  assert.equal(inferred('The siege began in 2017 and lasted into 2019.'), '2019-12-31');
});

test('no date for a text whose dates all fall before the pack\'s latest source, or that names none', () => {
  assert.equal(inferred('Fighting broke out in June 2015, months after the group arrived in October 2014.'), undefined);
  assert.equal(inferred('Fighting broke out on Wednesday, residents said.'), undefined);
  // A decade says nothing about when the text was written.
  assert.equal(inferred('Its militancy goes back to the 2020s, some say.'), undefined);
});

test('a report of a later offensive that names its year gets no badge for the 2015 air strikes claim', () => {
  const assault = 'Backed by air strikes, Libyan National Army troops began a ground assault on Derna on Monday.';
  const later = annotate(index, `Derna offensive\n\nThe siege of Derna has lasted since the summer of 2017.\n\n${assault}`);
  assert.deepEqual(later.annotations.map((a) => a.text), []);
  // A text that names only the pack's own time is read as before, with no date: its sentences are still matched.
  const killing = 'In June 2015 Islamic State gunmen shot dead Nasser al-Akar and Faraj al-Houti, two commanders of the Shura Council in Derna.';
  const undated = annotate(index, `Derna\n\nThe group had arrived in the city in 2014.\n\n${killing}`);
  const marked = undated.annotations.find((a) => a.text === killing);
  assert.ok(marked?.claims.some((c) => c.id === 'is-kills-msc-commanders-akar-houti-2015-06'), 'the killing is still matched');
});

test('a body the pack knows was formed later dates a text that names it, as a later date would', () => {
  assert.equal(inferPublished('Militia leaders met again on Friday.', AFTER, dayNumber(2018, 5, 1)), dayNumber(2018, 5, 1));
  // The later of the two: a date the text names after the body was formed, or the day it was formed.
  assert.equal(inferPublished('The talks of 3 March 2019 came to nothing.', AFTER, dayNumber(2018, 5, 1)), dayNumber(2019, 3, 3));
  assert.equal(inferPublished('The talks of 3 March 2017 came to nothing.', AFTER, dayNumber(2018, 5, 1)), dayNumber(2018, 5, 1));
});

test('an undated report that names a body formed after the pack\'s time gets no badge for the pack\'s air strikes', () => {
  const strike = 'Air strikes by Haftar\'s forces hit militant positions near Derna on Thursday.';
  // Without a date "on Thursday" has no year, and the sentence passes for the 2015 strikes.
  const alone = annotate(index, `Derna strikes\n\n${strike}`);
  assert.equal(alone.datedFromText, undefined);
  assert.ok(alone.annotations.some((a) => a.text === strike), 'marked when nothing dates the text');
  // The Derna Protection Force (formed in May 2018, the pack says) dates the text: that Thursday is long after 2015.
  const later = annotate(index, `Derna strikes\n\nThe Derna Protection Force denied any part in the attack.\n\n${strike}`);
  assert.equal(later.datedFromText, '2018-05-01');
  assert.deepEqual(later.annotations.map((a) => a.text), []);
});
