// A text that comes without a publication date (pasted, saved as text, a page with no date metadata)
// often still prints one near its head, on a line of its own: "Published 18 June 2015",
// "June 18, 2015 | 10:42 GMT", "By Jane Doe, 18 June 2015". That line is the day the text was
// written, as surely as metadata would say, so it dates the text before any guess from the dates
// its story names (infer-published.ts).
import { parseDates } from './parse-dates.js';

/** A date line sits in the head of a text: before the story starts, after at most a headline and a standfirst. */
const HEAD_CHARS = 600;
/** A byline with its date fits in this; a sentence that reports an event on a date rarely does, and needs words we refuse anyway. */
const MAX_LINE_CHARS = 80;
/** Names a date line may carry besides the date: a byline's authors, an outlet, a dateline's town. */
const MAX_NAME_WORDS = 4;

/** Lower-case words that frame a date on such a line without saying anything happened. */
const FRAMING_WORDS = new Set([
  'published', 'posted', 'updated', 'last', 'first', 'originally', 'modified', 'edited', 'date', 'dated',
  'on', 'at', 'by', 'and', 'am', 'pm', 'a.m', 'p.m', 'local', 'time',
]);

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
/** Times of day and zone offsets: "09:12", "10.42", "9:12am", "GMT+2", "+02:00", "(UTC)". */
const TIME_OR_OFFSET = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|(?:\b(?:GMT|UTC))?[+\u2212-]\d{1,2}(?::?\d{2})?\b/gi;
/** A zone written in capitals: GMT, BST, EDT, CEST, ET. */
const ZONE = /^[A-Z]{2,4}$/;
/** Figures that could be read day-first or month-first ("04/05/2016"): not a date to date a text by. */
const AMBIGUOUS_FIGURES = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}$/;

/** The day the line names, as a day number, when the line is a date line; undefined otherwise. */
function dateLineOf(line: string): number | undefined {
  if (line.length > MAX_LINE_CHARS || !/\d/.test(line)) return undefined;
  const mentions = parseDates(line, undefined);
  const first = mentions[0];
  if (first === undefined) return undefined;
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    // A month or a year alone is no day of writing, and a line naming one besides a day is about something else.
    if (m.range.lo !== m.range.hi) return undefined;
    const figures = AMBIGUOUS_FIGURES.exec(line.slice(m.start, m.end));
    if (figures !== null && figures[1] !== figures[2] && +figures[1]! <= 12 && +figures[2]! <= 12) return undefined;
    rest += line.slice(at, m.start) + ' ';
    at = m.end;
  }
  rest += line.slice(at);
  let names = 0;
  for (const word of rest.replace(TIME_OR_OFFSET, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*/gu) ?? []) {
    const bare = word.replace(/\.$/, '');
    if (FRAMING_WORDS.has(bare.toLowerCase()) || WEEKDAY.test(bare) || ZONE.test(bare)) continue;
    // Any other figure, or a word in lower case (a verb, a noun of the story): the line says more than when.
    if (!/^\p{Lu}/u.test(bare) || ++names > MAX_NAME_WORDS) return undefined;
  }
  return first.range.lo;
}

/**
 * The day of the first date line in the head of `text`, as a day number: a line (or paragraph) of at
 * most MAX_LINE_CHARS that starts in the first HEAD_CHARS characters and is one whole day with at
 * most a few framing words ("Updated:", a weekday, a time and its zone, "By" and a few names).
 * "On 18 June 2015, fighters seized the port" reports an event, and "June 2015" is no day: neither is one.
 */
export function dateLineDay(text: string): number | undefined {
  let start = 0;
  while (start < HEAD_CHARS && start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    // A paragraph many times a date line's length is not sliced at all: it is the story.
    const line = end - start > 2 * MAX_LINE_CHARS ? '' : text.slice(start, end).trim();
    if (line !== '') {
      const day = dateLineOf(line);
      if (day !== undefined) return day;
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return undefined;
}
