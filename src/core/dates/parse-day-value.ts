// The day a date metadata value names, in the forms news sites put there: ISO timestamps
// ("2015-06-18T09:12:00+02:00"), "2015/06/18", "20150618", RFC 2822 ("Thu, 18 Jun 2015 09:12:00 GMT"),
// "June 18, 2015", "18 June 2015". The sentence parser (parse-dates.ts) looks for dates inside prose
// and reads relative ones; this reads one whole value, and it runs in the content script, which every
// page parses, so it shares that parser's month names rather than the parser with all its rules.
import { daysInMonth } from './date-range.js';
import { MONTH_RE, monthIndex } from './month-names.js';

/** Years a news page can have been published in: it also keeps an eight-digit id from passing for a date. */
const YEAR = '((?:19|20)\\d{2})';

/** A weekday before the date ("Thu, ", "Thursday "), and a label some sites print inside the value ("Published: "). */
const PREFIX = /^\s*(?:(?:published|posted|updated|date)(?: on)?:?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?/i;

type Reader = (m: RegExpExecArray) => [year: number, month: number, day: number] | undefined;

/** Each form is anchored at the start of the value (after PREFIX) and must not run on into more digits. */
const FORMS: ReadonlyArray<{ re: RegExp; read: Reader }> = [
  { re: new RegExp(`^${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`), read: (m) => [+m[1]!, +m[3]!, +m[4]!] },
  // "20150618", and with its time run on ("20150618091200"), as some sites write both.
  { re: new RegExp(`^${YEAR}(\\d{2})(\\d{2})(?:\\d{4}(?:\\d{2})?)?(?!\\d)`), read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]${MONTH_RE},?[ -]${YEAR}(?!\\d)`, 'i'), read: (m) => [+m[3]!, monthIndex(m[2]!), +m[1]!] },
  { re: new RegExp(`^${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}(?!\\d)`, 'i'), read: (m) => [+m[3]!, monthIndex(m[1]!), +m[2]!] },
  // Day and month in figures, year last: taken only when the order cannot be mistaken (one of them is over
  // 12, or both are the same), since sites write both 18/06/2015 and 06/18/2015.
  { re: new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2${YEAR}(?!\\d)`), read: (m) => {
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    if (a > 12) return [y, b, a];
    if (b > 12 || a === b) return [y, a, b];
    return undefined;
  } },
];

/** Another year after the date: a range ("18 June 2015 - 2 July 2015") or two dates, not one day. */
const ANOTHER_YEAR = /\b(?:19|20)\d{2}\b/;

/** Longest value worth reading: metadata dates are short, and an element's text can be anything. */
const MAX_VALUE_CHARS = 100;

/**
 * YYYY-MM-DD when `value` names one whole day, read as written (a time and a zone after it are allowed
 * and ignored: the day is the publisher's own, not converted to UTC); undefined for anything else,
 * a month or a year alone included. Never throws.
 */
export function parseDayValue(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_VALUE_CHARS) return undefined;
  const rest = value.slice(PREFIX.exec(value)?.[0].length ?? 0);
  for (const form of FORMS) {
    const m = form.re.exec(rest);
    if (m === null) continue;
    if (ANOTHER_YEAR.test(rest.slice(m[0].length))) return undefined;
    const ymd = form.read(m);
    if (ymd === undefined) return undefined;
    const [y, mo, d] = ymd;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return undefined;
}

/** The day of the first value that names a whole day: metadata values come most trusted first, and one that names none gives way. */
export function firstDayOf(values: readonly string[] | undefined): string | undefined {
  for (const value of values ?? []) {
    const day = parseDayValue(value);
    if (day !== undefined) return day;
  }
  return undefined;
}
