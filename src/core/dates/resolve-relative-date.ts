// Relative dates ("last Wednesday", "last October", "last year", "earlier this month", "on Sunday") read against a publication date.
import { dayNumber, dayParts, daysInMonth, type DateRange } from './date-range.js';

export type RelativeDate =
  | { kind: 'weekday'; weekday: number; last: boolean }
  | { kind: 'month'; month: number; last: boolean; /** A year said with it ("October of last year": -1, "of this year": 0). */ yearOffset?: number }
  | { kind: 'unit'; unit: 'day' | 'week' | 'month' | 'year'; offset: number; part?: 'earlier' | 'whole' }
  | { kind: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number }
  /** "over the past year", "in the last month": the period of that length up to the day of writing, not a calendar unit. */
  | { kind: 'trailing'; unit: 'week' | 'month' | 'year' };

/**
 * Resolves against the publication day (a day number). Weekdays and months point to the most
 * recent one before the publication date ("on Sunday" in a Tuesday article is two days before).
 */
export function resolveRelativeDate(rel: RelativeDate, published: number): DateRange {
  const p = dayParts(published);
  switch (rel.kind) {
    case 'weekday': {
      let back = (p.weekday - rel.weekday + 7) % 7;
      // "last Wednesday" said on a Wednesday means a week ago; "on Wednesday" on a Wednesday, today.
      if (back === 0 && rel.last) back = 7;
      const d = published - back;
      return { lo: d, hi: d };
    }
    case 'month': {
      // "last October" and "in October" both mean the latest October not after publication
      // (its own month only when not said "last").
      let y = p.y;
      if (rel.yearOffset !== undefined) y += rel.yearOffset;
      else if (rel.month > p.m || (rel.month === p.m && rel.last)) y--;
      return { lo: dayNumber(y, rel.month, 1), hi: dayNumber(y, rel.month, daysInMonth(y, rel.month)) };
    }
    case 'unit': {
      if (rel.unit === 'day') {
        const d = published + rel.offset;
        return { lo: d, hi: d };
      }
      if (rel.unit === 'week') {
        // Weeks start on Monday.
        const monday = published - ((p.weekday + 6) % 7) + 7 * rel.offset;
        if (rel.offset === 0) return { lo: monday, hi: published };
        // "Last week" in news copy is the calendar week before or the seven days just past: written on a Sunday of
        // a Wednesday's events, it means the week now ending.
        return { lo: monday, hi: rel.offset === -1 ? Math.max(monday + 6, published - 1) : monday + 6 };
      }
      if (rel.unit === 'month') {
        let y = p.y;
        let m = p.m + rel.offset;
        while (m < 1) { m += 12; y--; }
        while (m > 12) { m -= 12; y++; }
        const lo = dayNumber(y, m, 1);
        const hi = rel.offset === 0 ? published : dayNumber(y, m, daysInMonth(y, m));
        return { lo, hi };
      }
      const y = p.y + rel.offset;
      return { lo: dayNumber(y, 1, 1), hi: rel.offset === 0 ? published : dayNumber(y, 12, 31) };
    }
    case 'ago': {
      const per = rel.unit === 'day' ? 1 : rel.unit === 'week' ? 7 : rel.unit === 'month' ? 30 : 365;
      const centre = published - per * rel.count;
      const slack = rel.unit === 'day' ? 0 : Math.round(per / 2);
      return { lo: centre - slack, hi: Math.min(published, centre + slack) };
    }
    case 'trailing': {
      const days = rel.unit === 'week' ? 7 : rel.unit === 'month' ? 31 : 366;
      return { lo: published - days, hi: published };
    }
  }
}
