// A text with no publication date that prints one on a line of its own at its head is dated from that
// line; a sentence reporting an event on a date, or a month or year alone, dates nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLineDay } from '../../../src/core/dates/date-line.js';
import { dayToIso } from '../../../src/core/dates/date-range.js';
import { annotate } from '../../../src/core/index.js';
import { index } from './shipped-index.js';

const dateLine = (text: string): string | undefined => {
  const day = dateLineDay(text);
  return day === undefined ? undefined : dayToIso(day);
};

const STORY = 'Fighters of the Mujahideen Shura Council said on Thursday they had driven Islamic State militants from the centre of Derna, after days of street battles that residents described as the heaviest in years.';

test('the date lines news sites print under a headline date the text', () => {
  assert.equal(dateLine(`Derna fighters claim the city centre\n\nPublished 18 June 2015\n\n${STORY}`), '2015-06-18');
  assert.equal(dateLine(`Libya: militants pushed out of Derna\nJune 18, 2015 | 10:42 GMT\n${STORY}`), '2015-06-18');
  assert.equal(dateLine(`Derna after the retreat\n\nUpdated: 21/04/2016\n\n${STORY}`), '2016-04-21');
  assert.equal(dateLine(`Islamic State loses its grip on Derna\nBy Jane Doe, 18 June 2015\n\n${STORY}`), '2015-06-18');
  assert.equal(dateLine(`Derna battle: what we know\n\nThu 18 Jun 2015 09.12 BST\n\nLast modified on Thu 18 Jun 2015 11.40 BST\n\n${STORY}`), '2015-06-18');
  assert.equal(dateLine(`Residents turn on the jihadists\n\nBy Omar Salem and Jane Doe | June 18, 2015 at 9:12 a.m. EDT\n\n${STORY}`), '2015-06-18');
});

test('a headline and a standfirst may come first; a date line further down than the head is not looked for', () => {
  const standfirst = 'The eastern Libyan city has been contested by rival jihadist groups since the Islamic State arrived there late last year.';
  assert.equal(dateLine(`Derna uprising\n\n${standfirst}\n\nPosted on 19 June 2015\n\n${STORY}`), '2015-06-19');
  const longIntro = `${STORY}\n\n${STORY}\n\n${STORY}\n\n`;
  assert.ok(longIntro.length > 600);
  assert.equal(dateLine(`Derna uprising\n\n${longIntro}Published 18 June 2015`), undefined);
});

test('a sentence that reports an event on a date is no date line, however short', () => {
  assert.equal(dateLine(`Derna timeline\n\nOn 18 June 2015, fighters seized the port.\n\n${STORY}`), undefined);
  assert.equal(dateLine(`Derna timeline\n\nFighters seized the port on 18 June 2015\n\n${STORY}`), undefined);
  assert.equal(dateLine(`The council took the port and the coastal road on 18 June 2015, its commanders said, after a night of fighting.`), undefined);
});

test('a month or a year alone, or figures that read either way round, date nothing', () => {
  assert.equal(dateLine(`Derna in review\n\nJune 2015\n\n${STORY}`), undefined);
  assert.equal(dateLine(`Derna in review\n\nPublished in 2015\n\n${STORY}`), undefined);
  // 4 May or April 5: a wrong date is worse than none.
  assert.equal(dateLine(`Derna in review\n\nUpdated 04/05/2016\n\n${STORY}`), undefined);
  assert.equal(dateLine(STORY), undefined);
});

test('a given date beats the date line, and the date line beats what the story names', () => {
  const assault = 'The violence began on Wednesday after IS gunmen assassinated Nasr al-Akar and Faraj al-Houti, two senior figures in the Mujahideen Shura Council.';
  const later = 'The council says it will hold the city until the elections planned for 2017.';
  const marked = (r: ReturnType<typeof annotate>): boolean => r.annotations.some((a) => a.claims.some((c) => c.id === 'is-kills-msc-commanders-akar-houti-2015-06'));

  // No date line: "2017" dates the text to its end, so "on Wednesday" is a week in December 2017.
  const guessed = annotate(index, `Derna fighting\n\n${assault}\n\n${later}`);
  assert.equal(guessed.datedFromText, '2017-12-31');
  assert.equal(marked(guessed), false);

  // The date line says June 2015: the Wednesday is the day the commanders were killed.
  const lined = annotate(index, `Derna fighting\nPublished 14 June 2015\n\n${assault}\n\n${later}`);
  assert.equal(lined.datedFromText, '2015-06-14');
  assert.equal(marked(lined), true);

  // A date given with the text wins over the line, and is not reported as read from the text.
  const given = annotate(index, `Derna fighting\nPublished 14 June 2015\n\n${assault}\n\n${later}`, { published: '2018-06-14' });
  assert.equal(given.datedFromText, undefined);
  assert.equal(marked(given), false);
});
