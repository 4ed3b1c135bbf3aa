// Absolute and relative dates in a sentence ("10 June 2015", "June 2015", "in 2018", "last Wednesday") as day ranges.
import { lookupTable } from '../text/lookup-table.js';
import { dayNumber, dayParts, daysInMonth, type DateRange } from './date-range.js';
import { resolveRelativeDate, type RelativeDate } from './resolve-relative-date.js';
import { MONTH_RE, monthIndex } from './month-names.js';
import type { YearlessDate } from './yearless-date.js';

export interface DateMention {
  range: DateRange;
  start: number;
  end: number;
  relative: boolean;
  /** Year only ("in 2018"), or "since 2011"-like mentions that set a period rather than the event. */
  yearOnly: boolean;
  /** Taken from the sentence before, which a sequel phrase ("Within a week", "Days later") continues: dates the whole sentence. */
  inherited?: boolean;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function dayRange(y: number, m: number, d: number): DateRange | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const n = dayNumber(y, m, d);
  return { lo: n, hi: n };
}
function monthRange(y: number, m: number): DateRange {
  return { lo: dayNumber(y, m, 1), hi: dayNumber(y, m, daysInMonth(y, m)) };
}

interface Rule {
  re: RegExp;
  /** What the text must contain for `re` to match at all: a digit, or a date word (DATE_WORD). */
  needs: 'digit' | 'word';
  /** Narrower: a substring (an index into NEEDS, same flags as the rules) that every match of `re` contains. */
  needsAlso: number;
  read: (m: RegExpExecArray, published: number | undefined) => { range: DateRange; relative: boolean; yearOnly?: boolean } | undefined;
  /** `read` gives a date only against a publication date (a relative date, a day without its year). */
  onlyDated?: true;
  /** With no publication date: the month and days named, for a rule that names them without a year. */
  yearless?: (m: RegExpExecArray) => Omit<YearlessDate, 'start' | 'end'> | undefined;
}

const NUM_WORDS: Record<string, number> = lookupTable({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3 });

function rel(r: RelativeDate, published: number | undefined): { range: DateRange; relative: boolean } | undefined {
  return published === undefined ? undefined : { range: resolveRelativeDate(r, published), relative: true };
}

/**
 * A substring that every match of the word rules contains (same flags as those rules: case-insensitive,
 * not Unicode): weekday names end in "day", month names start with these stems, and the rest name a unit.
 */
const DATE_WORD = /day|week|month|year|ago|tonight|morning|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** Substrings some rules need (case-insensitive, not Unicode, as the rules): tested only when such a rule is reached. */
const NEEDS = [
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  /day/i,
  /week|month|year/i,
  /day|tonight|morning/i,
  /ago/i,
];
/** Index into NEEDS; NONE: the rule needs no more than its digit or date word. */
const NONE = -1, MONTH = 0, DAY = 1, UNIT = 2, DAY_WORD = 3, AGO = 4;

/** The words after which "may" is the month, not the verb ("last May", "in May", "late May"). */
const MAY_AS_MONTH_AFTER = new Set(['last', 'in', 'since', 'early', 'late', 'mid', 'mid-']);

// Order matters: longer, more specific patterns first; matched spans are not re-read.
const RULES: Rule[] = [
  { needs: 'digit', needsAlso: NONE, re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => wrap(dayRange(+m[1]!, +m[2]!, +m[3]!)) },
  // A span of days in one month ("June 9-10, 2015", "9–10 June 2015"): from the first day to the last.
  { needs: 'digit', needsAlso: MONTH, re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})\\s?[-\u2013]\\s?(\\d{1,2}),? (\\d{4})\\b`, 'gi'), read: (m) => daySpan(+m[4]!, monthIndex(m[1]!), +m[2]!, +m[3]!) },
  { needs: 'digit', needsAlso: MONTH, re: new RegExp(`\\b(\\d{1,2})\\s?[-\u2013]\\s?(\\d{1,2}) ${MONTH_RE},? (\\d{4})\\b`, 'gi'), read: (m) => daySpan(+m[4]!, monthIndex(m[3]!), +m[1]!, +m[2]!) },
  { needs: 'digit', needsAlso: MONTH, re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH_RE},? (\\d{4})\\b`, 'gi'), read: (m) => wrap(dayRange(+m[3]!, monthIndex(m[2]!), +m[1]!)) },
  { needs: 'digit', needsAlso: MONTH, re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi'), read: (m) => wrap(dayRange(+m[3]!, monthIndex(m[1]!), +m[2]!)) },
  { needs: 'digit', needsAlso: NONE, re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, read: (m) => {
    const a = +m[1]!, b = +m[2]!, y = +m[3]!;
    return wrap(a > 12 ? dayRange(y, b, a) : b > 12 ? dayRange(y, a, b) : dayRange(y, b, a));
  } },
  { needs: 'digit', needsAlso: MONTH, re: new RegExp(`\\b(?:(early|mid|late)[- ])?${MONTH_RE}(?: of)?,? (\\d{4})\\b`, 'gi'), read: (m) => {
    const y = +m[3]!, mo = monthIndex(m[2]!);
    const r = monthRange(y, mo);
    if (m[1] === undefined) return { range: r, relative: false };
    const part = m[1].toLowerCase();
    const third = Math.floor((r.hi - r.lo + 1) / 3);
    return { range: part === 'early' ? { lo: r.lo, hi: r.lo + third + 2 } : part === 'late' ? { lo: r.hi - third - 2, hi: r.hi } : { lo: r.lo + third - 3, hi: r.hi - third + 3 }, relative: false };
  } },
  // "June 10", "10 June", "the 10th of June" with no year (news copy dates the current year's days so): the
  // occurrence nearest before the day of writing, or up to a month after it ("talks resume on June 25").
  { needs: 'digit', needsAlso: MONTH, onlyDated: true, re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[-\u2013]\\s?(\\d{1,2}))?\\b(?![.,:]?\\d)`, 'gi'), read: (m, p) =>
    m[1] === 'may' ? undefined : daysOfNearestYear(monthIndex(m[1]!), +m[2]!, m[3] === undefined ? +m[2]! : +m[3], p),
  yearless: (m) => m[1] === 'may' ? undefined : monthDays(monthIndex(m[1]!), +m[2]!, m[3] === undefined ? +m[2]! : +m[3]) },
  { needs: 'digit', needsAlso: MONTH, onlyDated: true, re: new RegExp(`\\b(\\d{1,2})(?:\\s?[-\u2013]\\s?(\\d{1,2}))?(?:st|nd|rd|th)?(?: of)? ${MONTH_RE}(?![a-z])`, 'gi'), read: (m, p) =>
    m[3] === 'may' ? undefined : daysOfNearestYear(monthIndex(m[3]!), +m[1]!, m[2] === undefined ? +m[1]! : +m[2], p),
  yearless: (m) => m[3] === 'may' ? undefined : monthDays(monthIndex(m[3]!), +m[1]!, m[2] === undefined ? +m[1]! : +m[2]) },
  { needs: 'digit', needsAlso: NONE, re: /\b(?:(early|mid|late)[- ])?((?:19|20)\d{2})s?\b/gi, read: (m) => {
    const y = +m[2]!;
    // "the 1990s", "the late 1980s": a decade (or its first, middle or last few years).
    if (/s$/i.test(m[0])) {
      if (y % 10 !== 0) return undefined;
      const part = m[1]?.toLowerCase();
      const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [6, 9] : [0, 9];
      return { range: { lo: dayNumber(y + a, 1, 1), hi: dayNumber(y + b, 12, 31) }, relative: false, yearOnly: true };
    }
    return { range: { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31) }, relative: false, yearOnly: true };
  } },
  { needs: 'word', needsAlso: DAY, onlyDated: true, re: new RegExp(`\\b(last|this past|this|past) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`, 'gi'), read: (m, p) =>
    rel({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[2]!.toLowerCase()), last: m[1]!.toLowerCase() === 'last' }, p) },
  { needs: 'word', needsAlso: DAY, onlyDated: true, re: /\b(?:on|since|from|by|until|late|early|on the night of) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, read: (m, p) =>
    rel({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()), last: false }, p) },
  // "October of last year", "in March this year": the month of the year named relative to the page.
  { needs: 'word', needsAlso: MONTH, onlyDated: true, re: new RegExp(`\\b${MONTH_RE},? (?:of )?(last|this|next) year\\b`, 'gi'), read: (m, p) => {
    const w = m[2]!.toLowerCase();
    // "they may this year": the verb, lower-case.
    if (m[1] === 'may') return undefined;
    return rel({ kind: 'month', month: monthIndex(m[1]!), last: false, yearOffset: w === 'last' ? -1 : w === 'next' ? 1 : 0 }, p);
  } },
  { needs: 'word', needsAlso: MONTH, onlyDated: true, re: new RegExp(`\\b(last|in|since|this|early|late|mid|mid-|since early|since late)[- ]?${MONTH_RE}(?! \\d)`, 'gi'), read: (m, p) => {
    const w = m[1]!.toLowerCase();
    // "may" is also a verb: only with "last"/"in"/"since".
    if (/^may$/i.test(m[2]!) && !MAY_AS_MONTH_AFTER.has(w)) return undefined;
    return rel({ kind: 'month', month: monthIndex(m[2]!), last: w === 'last' }, p);
  }, yearless: (m) => {
    // "since October" sets a period up to the day of writing, and "this October" needs the year of writing.
    const w = m[1]!.toLowerCase();
    if (w.startsWith('since') || w === 'this' || (/^may$/i.test(m[2]!) && !MAY_AS_MONTH_AFTER.has(w))) return undefined;
    const month = monthIndex(m[2]!);
    return { month, first: 1, last: daysInMonth(2000, month) };
  } },
  { needs: 'word', needsAlso: UNIT, onlyDated: true, re: /\b(earlier|later|late|early) (?:this|in the) (week|month|year)\b/gi, read: (m, p) =>
    rel({ kind: 'unit', unit: m[2]!.toLowerCase() as 'week' | 'month' | 'year', offset: 0 }, p) },
  // "over the past year", "in the last month": with "the", the stretch of time up to the day of writing ("last year"
  // alone is the calendar year before).
  { needs: 'word', needsAlso: UNIT, onlyDated: true, re: /\bthe (?:past|last) (week|month|year)\b/gi, read: (m, p) =>
    rel({ kind: 'trailing', unit: m[1]!.toLowerCase() as 'week' | 'month' | 'year' }, p) },
  { needs: 'word', needsAlso: UNIT, onlyDated: true, re: /\b(?<!the )(last|this|past|previous) (week|month|year)\b/gi, read: (m, p) => {
    const w = m[1]!.toLowerCase();
    return rel({ kind: 'unit', unit: m[2]!.toLowerCase() as 'week' | 'month' | 'year', offset: w === 'this' ? 0 : -1 }, p);
  } },
  { needs: 'word', needsAlso: DAY_WORD, onlyDated: true, re: /\b(yesterday|today|tonight|this morning)\b/gi, read: (m, p) =>
    rel({ kind: 'unit', unit: 'day', offset: m[1]!.toLowerCase() === 'yesterday' ? -1 : 0 }, p) },
  { needs: 'word', needsAlso: AGO, onlyDated: true, re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d{1,2}) (day|week|month|year)s? ago\b/gi, read: (m, p) => {
    const c = NUM_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    return rel({ kind: 'ago', unit: m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year', count: c }, p);
  } },
];

/**
 * Days `a` to `b` of `month` in the year that puts them nearest before `published`, or at most a month after it
 * ("talks resume on June 25"); undefined with no publication date.
 */
function daysOfNearestYear(month: number, a: number, b: number, published: number | undefined): { range: DateRange; relative: boolean } | undefined {
  if (published === undefined) return undefined;
  const y = dayParts(published).y;
  const same = daySpan(y, month, a, b);
  const r = same !== undefined && same.range.lo <= published + 31 ? same : daySpan(y - 1, month, a, b);
  return r === undefined ? undefined : { range: r.range, relative: true };
}

/** Days `a` to `b` of `month` in some year (a leap one, so that 29 February is a day). */
function monthDays(month: number, a: number, b: number): Omit<YearlessDate, 'start' | 'end'> | undefined {
  return a < 1 || b < a || b > daysInMonth(2000, month) ? undefined : { month, first: a, last: b };
}

/** Days `a` to `b` of one month; undefined when either is no day of it or they run backwards. */
function daySpan(y: number, month: number, a: number, b: number): { range: DateRange; relative: boolean } | undefined {
  const first = dayRange(y, month, a), last = dayRange(y, month, b);
  if (first === undefined || last === undefined || last.hi < first.lo) return undefined;
  return { range: { lo: first.lo, hi: last.hi }, relative: false };
}

function wrap(r: DateRange | undefined): { range: DateRange; relative: boolean } | undefined {
  return r === undefined ? undefined : { range: r, relative: false };
}

/**
 * Finds dates in `text`; `published` (day number) resolves relative expressions. Offsets are relative to `text`.
 * With no publication date, days and months named without a year go to `yearless` when it is given.
 */
export function parseDates(text: string, published: number | undefined, yearless?: YearlessDate[]): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  // Most sentences have no digit or no date word: skip the rules that could not match them.
  const hasDigit = /\d/.test(text);
  const hasWord = DATE_WORD.test(text);
  if (!hasDigit && !hasWord) return out;
  // Bits per NEEDS entry: tested, and present.
  let tested = 0, present = 0;
  for (const rule of RULES) {
    if (!(rule.needs === 'digit' ? hasDigit : hasWord)) continue;
    // With no publication date such a rule reads nothing, save a day or month without its year when those are asked for
    // ("Published 18 June 2015" and a whole text scanned for its latest date ask for none).
    if (published === undefined && rule.onlyDated === true && (yearless === undefined || rule.yearless === undefined)) continue;
    const also = rule.needsAlso;
    if (also !== NONE) {
      const bit = 1 << also;
      if ((tested & bit) === 0) {
        tested |= bit;
        if ((NEEDS[also] as RegExp).test(text)) present |= bit;
      }
      if ((present & bit) === 0) continue;
    }
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const s = m.index, e = m.index + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const r = rule.read(m, published);
      if (r === undefined) {
        const y = published === undefined && yearless !== undefined ? rule.yearless?.(m) : undefined;
        if (y !== undefined) {
          taken.push([s, e]);
          yearless?.push({ ...y, start: s, end: e });
        }
        continue;
      }
      taken.push([s, e]);
      out.push({ range: r.range, start: s, end: e, relative: r.relative, yearOnly: r.yearOnly === true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "2015-06-15" (or a longer ISO timestamp) → day number. */
export function parsePublished(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (m === null) return undefined;
  const r = dayRange(+m[1]!, +m[2]!, +m[3]!);
  return r?.lo;
}
