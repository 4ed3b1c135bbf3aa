// Compares what a page sentence says with a claim's (or one source's) slot values: quantities, dates, roles, negation.
import type { Quantity } from '../pack/pack-types.js';
import type { CompiledSlots } from '../pack/compile-pack.js';
import { canonicalCounts, quantityInterval } from '../quantities/extract-quantities.js';
import { rangeGap } from '../dates/date-range.js';
import { negatesActions, rolesFor, type SentenceFeatures } from '../match/sentence-features.js';

export type Dimension = 'quantities' | 'date' | 'roles' | 'negation';

export interface SlotComparison {
  agree: Set<Dimension>;
  conflict: Set<Dimension>;
  /** Values of the compared slots that the page conflicts with, readable ("at least 5 killed"). */
  values: string[];
}

/** Widest page date compared with a claim date; wider mentions ("in the 2010s") set a period, not the event. */
const MAX_DATE_WIDTH = 366;
const DATE_TOLERANCE_DAYS = 2;

export function compareSlots(f: SentenceFeatures, slots: Partial<CompiledSlots>): SlotComparison {
  const out: SlotComparison = { agree: new Set(), conflict: new Set(), values: [] };
  if (slots.quantities !== undefined && slots.quantities.length > 0) {
    for (const q of slots.quantities) {
      const c = canonicalCounts(q.counts);
      if (c === 'count' || c === 'duration') continue;
      const page = f.quantities.filter((p) => canonicalCounts(p.counts) === c && sameUnitFamily(p, q));
      if (page.length === 0) continue;
      const [lo, hi] = quantityInterval(q);
      const ok = page.some((p) => {
        const [a, b] = quantityInterval(p);
        return a <= hi && lo <= b;
      });
      if (ok) out.agree.add('quantities');
      else {
        out.conflict.add('quantities');
        out.values.push(describeQuantity(q));
      }
    }
    if (out.conflict.has('quantities') && out.agree.has('quantities')) out.conflict.delete('quantities');
  }
  if (slots.date !== undefined) {
    const claim = { lo: slots.date[0], hi: slots.date[1] };
    const pageDates = f.dates.filter((d) => d.range.hi - d.range.lo < MAX_DATE_WIDTH);
    if (pageDates.length > 0) {
      if (pageDates.some((d) => rangeGap(d.range, claim) <= DATE_TOLERANCE_DAYS)) out.agree.add('date');
      else {
        out.conflict.add('date');
        out.values.push('date ' + describeRange(claim.lo, claim.hi));
      }
    }
  }
  const actors = slots.actors ?? [];
  const targets = slots.targets ?? [];
  if (actors.length > 0 && targets.length > 0) {
    const r = rolesFor(f, slots.actions ?? []);
    const swapped = actors.some((a) => r.targets.has(a)) && targets.some((t) => r.actors.has(t))
      && !actors.some((a) => r.actors.has(a));
    if (swapped) out.conflict.add('roles');
    else if (actors.some((a) => r.actors.has(a)) || targets.some((t) => r.targets.has(t))) out.agree.add('roles');
  }
  const pageNegated = negatesActions(f, slots.actions ?? []);
  if (slots.negated !== undefined && pageNegated !== undefined) {
    if (pageNegated !== slots.negated) {
      out.conflict.add('negation');
      out.values.push(slots.negated ? 'denied' : 'affirmed');
    }
  }
  return out;
}

function sameUnitFamily(a: Quantity, b: Quantity): boolean {
  const fam = (u: Quantity['unit']): string => (u === 'people' || u === 'count' ? 'n' : u);
  return fam(a.unit) === fam(b.unit);
}

export function describeQuantity(q: Quantity): string {
  const v = q.value ?? q.min ?? q.max;
  const unit = q.unit === 'people' || q.unit === 'count' ? '' : ' ' + q.unit;
  const what = q.counts !== '' ? ' ' + q.counts : '';
  switch (q.qualifier) {
    case 'between': return `${q.min ?? '?'}–${q.max ?? '?'}${unit}${what}`;
    case 'exact': return `${v}${unit}${what}`;
    default: return `${q.qualifier.replace('-', ' ')} ${v}${unit}${what}`;
  }
}

function describeRange(lo: number, hi: number): string {
  const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return lo === hi ? iso(lo) : `${iso(lo)}..${iso(hi)}`;
}
