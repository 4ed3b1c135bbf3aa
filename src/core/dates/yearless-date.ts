// A day or month named without a year ("on June 10", "last October") in a text whose date is unknown.
import { dayNumber, daysInMonth, dayParts, rangeGap, type DateRange } from './date-range.js';

export interface YearlessDate {
  /** 1-12. */
  month: number;
  /** First and last day of the month meant (1 and the month's end for a whole month). */
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * The smallest gap in days between `d`, placed in any year that `range` touches, and `range`. A claim's event
 * and a sentence about it share their year, whatever it is: "late May" is no day of June 2015 in any year,
 * "in October" is October 2014 when the event ran from October to November 2014.
 */
export function yearlessGap(d: YearlessDate, range: DateRange): number {
  let best = Infinity;
  for (let y = dayParts(range.lo).y, last = dayParts(range.hi).y; y <= last && best > 0; y++) {
    const end = daysInMonth(y, d.month);
    const placed = { lo: dayNumber(y, d.month, Math.min(d.first, end)), hi: dayNumber(y, d.month, Math.min(d.last, end)) };
    best = Math.min(best, rangeGap(placed, range));
  }
  return best;
}
