// Date ranges as day numbers (days since 1970-01-01, UTC) with helpers to and from partial ISO dates.
import type { DateValue } from '../pack/pack-types.js';

export interface DateRange {
  /** First day, inclusive. */
  lo: number;
  /** Last day, inclusive. */
  hi: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2015" → whole year, "2015-06" → whole month, "2015-06-10" → that day. */
export function isoToRange(iso: string): DateRange | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (m === null) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31) };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return undefined;
  if (m[3] === undefined) return { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, daysInMonth(y, mo)) };
  const d = dayNumber(y, mo, Number(m[3]));
  return { lo: d, hi: d };
}

export function dateValueToRange(v: DateValue): DateRange | undefined {
  const a = isoToRange(v.from);
  if (a === undefined) return undefined;
  const b = v.to !== undefined ? isoToRange(v.to) : undefined;
  return { lo: a.lo, hi: b !== undefined ? Math.max(a.hi, b.hi) : a.hi };
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parts of a day number. */
export function dayParts(day: number): { y: number; m: number; d: number; weekday: number } {
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), weekday: dt.getUTCDay() };
}

/** Gap in days between two ranges, 0 when they overlap. */
export function rangeGap(a: DateRange, b: DateRange): number {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

export function rangeWidth(r: DateRange): number {
  return r.hi - r.lo + 1;
}
