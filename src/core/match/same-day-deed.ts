// A deed told on the very day a claim dates it ("The fighting erupted on Wednesday"): the day picks out the event as a rare name would.
import type { DateMention } from '../dates/parse-dates.js';
import { rangeGap } from '../dates/date-range.js';

/**
 * Widest span (days) of a date that still names a day: "on Wednesday", "June 10", "Tuesday evening" read as one day;
 * "early June" or "last week" name no day and leave the overlap rule as it was.
 */
const DAY_SPAN = 2;
/** "Tuesday evening" against a claim that says Wednesday: news copy dates a night's fighting to either day. */
const DAY_SLACK = 1;

/** The sentence's own dates that name a day (a date inherited from the sentence before is another sentence's word). */
export function daysNamed(dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => d.inherited !== true && !d.yearOnly && d.range.hi - d.range.lo <= DAY_SPAN);
}

/**
 * Whether a claim dated to a day is told on that day by the sentence; the caller adds that the sentence must share one
 * of its deeds (tested after this, being the dearer test). News copy often retells a dated event with only its deed and
 * its day ("The fighting began on Tuesday evening", "clashes erupted on Wednesday, residents said"), no name in common:
 * few claims share a deed and a day by chance, so the pair passes the generic-overlap rule as a rare name would. A
 * claim dated to a month or longer gains nothing.
 */
export function toldOnClaimDay(days: readonly DateMention[], claimDate: readonly [number, number] | undefined): boolean {
  if (claimDate === undefined || days.length === 0) return false;
  if (claimDate[1] - claimDate[0] > DAY_SPAN) return false;
  const claimRange = { lo: claimDate[0], hi: claimDate[1] };
  return days.some((d) => rangeGap(d.range, claimRange) <= DAY_SLACK);
}
