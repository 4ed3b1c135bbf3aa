// A publication date read from the text itself, for texts that come without one (a pasted article,
// a page with no date metadata, the CLI without --published). Without it, "in June" or "on Thursday"
// has no year, and a 2018 report of a siege "since June" can pass for the June 2015 uprising.
import { parseDates } from './parse-dates.js';

/** Longest span a mention may cover and still date the text: a decade ("the 1990s") says nothing about when it was written. */
const MAX_SPAN_DAYS = 366;

/**
 * News reports on what has happened, so a text that names a date was written on or after it. Most
 * articles name only the past they look back on ("since 2011", "in October 2014"), which says little
 * about the day they were written; but a text that names a date later than every source the pack was
 * built from (`after`, a day number) is certainly about later events, and reading its relative dates
 * in that later time keeps them from matching the pack's. So: the latest absolute date the text
 * names, when it begins after `after`, as a day number; otherwise undefined (no date is better than
 * a wrong one). `since`, when given, is a day the text was written on or after for another reason (it names a body
 * formed then). A day ("14 June 2018") counts as itself, a month ("May 2018") as its middle, a year
 * alone ("in 2018") as its end, so "in June" resolves into that year.
 */
export function inferPublished(text: string, after: number, since?: number): number | undefined {
  // A body the text names that was formed later (laterNamesDay) dates it as a date it names would, from its first day.
  let latest: { lo: number; day: number } | undefined = since !== undefined ? { lo: since, day: since } : undefined;
  for (const m of parseDates(text, undefined)) {
    if (m.relative) continue;
    const span = m.range.hi - m.range.lo;
    if (span > MAX_SPAN_DAYS) continue;
    const day = span === 0 ? m.range.lo : m.yearOnly ? m.range.hi : m.range.lo + Math.floor(span / 2);
    // The mention that starts latest: "May 2018" wins over "2018", and over any earlier date.
    if (latest === undefined || m.range.lo > latest.lo) latest = { lo: m.range.lo, day };
  }
  return latest !== undefined && latest.lo > after ? latest.day : undefined;
}
