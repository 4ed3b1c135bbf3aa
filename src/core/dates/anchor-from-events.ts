// The time of an undated text read from the events it reports: a report is written after what it tells, and
// mostly soon after the latest of it. With that day, "on Wednesday" or "last October" in the text have a year.

/** What one marked sentence reports: the score of its first claim and, when that claim has one, its date (day numbers). */
export interface ReportedEvent {
  score: number;
  date?: readonly [number, number];
}

/** Only a claim dated to about a month or closer tells when: "in 2015" or "since 2011" is told at any later time. */
const MAX_SPAN_DAYS = 31;
/** Events this close together are one stretch of news (a week of fighting and its aftermath). */
const STRETCH_DAYS = 31;
/** A stretch needs this many marked sentences: one mark alone may be a wrong one, or history told in passing. */
const MIN_MARKS = 2;
/** And one of them this sure: a stretch of weak marks may be another story that shares words with the pack. */
const FIRM_SCORE = 0.6;

/**
 * The day an undated text is read as of: the first day of the latest event in the latest stretch of events it reports
 * (at least MIN_MARKS marked sentences within STRETCH_DAYS, one of them scoring FIRM_SCORE or more). A stretch of
 * several marks with none firm leaves the text undated rather than falling back to an earlier stretch, since a day
 * read too early would rule out what the text goes on to report. Undefined when nothing qualifies.
 *
 * The first day of the event, not its last, so that the day is no later than the text's own: relative dates read
 * against it fall at or before their true day, and a claim dated after it is one the text did not report firmly.
 */
export function anchorFromEvents(events: Iterable<ReportedEvent>): number | undefined {
  const days: Array<{ day: number; score: number }> = [];
  for (const e of events) {
    if (e.date === undefined || e.date[1] - e.date[0] > MAX_SPAN_DAYS) continue;
    days.push({ day: e.date[0], score: e.score });
  }
  days.sort((a, b) => b.day - a.day);
  for (const latest of days) {
    const stretch = days.filter((d) => d.day <= latest.day && d.day >= latest.day - STRETCH_DAYS);
    if (stretch.length < MIN_MARKS) continue;
    return stretch.some((d) => d.score >= FIRM_SCORE) ? latest.day : undefined;
  }
  return undefined;
}
