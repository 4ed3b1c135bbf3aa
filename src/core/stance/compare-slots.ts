// Compares what a page sentence says with a claim's (or one source's) slot values: quantities, dates, roles, negation.
import type { Quantity } from '../pack/pack-types.js';
import type { CompiledSlots } from '../pack/compile-pack.js';
import type { ActionMention } from '../match/action-lexicon.js';
import { canonicalCounts, quantityInterval, type QuantityMention } from '../quantities/extract-quantities.js';
import { rangeGap } from '../dates/date-range.js';
import { yearlessGap } from '../dates/yearless-date.js';
import { datesFor, negatesActions, rolesFor, type Lexicons, type SentenceFeatures } from '../match/sentence-features.js';

export type Dimension = 'quantities' | 'date' | 'roles' | 'negation';

export interface SlotComparison {
  agree: Set<Dimension>;
  conflict: Set<Dimension>;
  /** Values of the compared slots that the page conflicts with, readable ("at least 5 killed"). */
  values: string[];
  /** The roles conflict is a contrast naming the claim's actor as not the one ("the army, not the council"). */
  deniedActor?: boolean;
}

/** Widest page date compared with a claim date; wider mentions ("in the 2010s") set a period, not the event. */
const MAX_DATE_WIDTH = 366;
const DATE_TOLERANCE_DAYS = 2;

/** What the stance knows of the pack's parties: which are places, and what each is part of. */
export type PartyKinds = Pick<Lexicons, 'entityClosure' | 'places' | 'partyCountry'>;

/**
 * With `parties` (the stance gives them; the scorer does not, so matching is unchanged), an attack that a modifier
 * credits to a party ("an Egyptian air raid") is compared with the claim's actors too.
 */
export function compareSlots(
  f: SentenceFeatures, slots: Partial<CompiledSlots>, parties?: PartyKinds,
  /** Page figures that another claim matched to the sentence states exactly (the stance's): they conflict with no count. */
  explainedElsewhere?: ReadonlySet<QuantityMention>,
): SlotComparison {
  const out: SlotComparison = { agree: new Set(), conflict: new Set(), values: [] };
  if (slots.quantities !== undefined && slots.quantities.length > 0) {
    // Each page figure can back one claim figure; a claim figure conflicts when the page gives the
    // same kind of count with another value that no claim figure accounts for.
    const comparable = comparableFigures(f, slots.quantities);
    // (The figures stated elsewhere are read where they are, not copied.)
    const explained = new Set<QuantityMention>();
    slots.quantities.forEach((q, i) => {
      for (const p of comparable[i] ?? []) if (pageFigureAgrees(p, q)) explained.add(p);
    });
    slots.quantities.forEach((q, i) => {
      const page = comparable[i] ?? [];
      if (page.length === 0) return;
      if (page.some((p) => pageFigureAgrees(p, q))) out.agree.add('quantities');
      else if (page.some((p) => !explained.has(p) && explainedElsewhere?.has(p) !== true)) {
        out.conflict.add('quantities');
        out.values.push(describeQuantity(q));
      }
    });
  }
  if (slots.date !== undefined) {
    const claim = { lo: slots.date[0], hi: slots.date[1] };
    const pageDates = datesFor(f, slots.places).filter((d) => d.range.hi - d.range.lo < MAX_DATE_WIDTH && !datesLaterDeed(f, d, slots.actions ?? []));
    if (pageDates.length > 0) {
      // Two days' slack between day-precise dates ("Wednesday" read as the 10th or the 11th); a month or a
      // part of one ("late May") must overlap the claim's date.
      const dayPrecise = claim.hi - claim.lo <= 3;
      if (pageDates.some((d) => rangeGap(d.range, claim) <= (dayPrecise && d.range.hi - d.range.lo <= 3 ? DATE_TOLERANCE_DAYS : 0))) out.agree.add('date');
      else {
        out.conflict.add('date');
        out.values.push('date ' + describeRange(claim.lo, claim.hi));
      }
    } else if (f.yearlessDates !== undefined) {
      // An undated text's "June 10" or "last October": compared in the year of the claim's event.
      const said = f.yearlessDates.filter((d) => !datesLaterDeed(f, d, slots.actions ?? []));
      if (said.length > 0) {
        const dayPrecise = claim.hi - claim.lo <= 3;
        if (said.some((d) => yearlessGap(d, claim) <= (dayPrecise && d.last - d.first <= 3 ? DATE_TOLERANCE_DAYS : 0))) out.agree.add('date');
        else {
          out.conflict.add('date');
          out.values.push('date ' + describeRange(claim.lo, claim.hi));
        }
      }
    }
  }
  const actors = slots.actors ?? [];
  const targets = slots.targets ?? [];
  if (actors.length > 0 && targets.length > 0) {
    // Per mention of the claim's deeds (all mentions when none is named): reversed in one mention
    // and in the claim's direction in none is a conflict.
    const claimActions = slots.actions ?? [];
    const named = f.actions.some((m) => claimActions.includes(m.action));
    let swapped = false, agree = false;
    f.actions.forEach((m, i) => {
      if (named && !claimActions.includes(m.action)) return;
      const r = f.roles[i];
      if (r === undefined) return;
      const actorOk = actors.some((a) => r.actors.has(a)) || (m.symmetric === true && actors.some((a) => r.targets.has(a)));
      if (!actorOk && actors.some((a) => r.targets.has(a)) && targets.some((t) => r.actors.has(t))) swapped = true;
      else if (actorOk || targets.some((t) => r.targets.has(t))) agree = true;
    });
    if (f.actions.length === 0) {
      const r = rolesFor(f, claimActions);
      if (actors.some((a) => r.actors.has(a)) || targets.some((t) => r.targets.has(t))) agree = true;
    }
    // "the army, not the council, drove them out": a claim that the council did it is denied.
    // "it was the army that drove them out": the cleft credits the army alone, denying a claim that the council did it.
    const focusedAway = named && f.focusedActors !== undefined && !actors.some((a) => f.focusedActors?.has(a) === true)
      && ![...f.focusedActors].some((e) => targets.includes(e));
    const denied = focusedAway || (f.deniedActors !== undefined && actors.some((a) => f.deniedActors?.has(a) === true)
      && !actors.some((a) => rolesFor(f, claimActions).actors.has(a)));
    if (denied || (swapped && !agree)) out.conflict.add('roles');
    if (denied) out.deniedActor = true;
    else if (agree) out.agree.add('roles');
  }
  if (parties !== undefined && actors.length > 0 && !out.conflict.has('roles')) {
    const credit = ownerCredit(f, slots.actions ?? [], actors, parties);
    if (credit === 'same') out.agree.add('roles');
    else if (credit === 'other') {
      out.agree.delete('roles');
      out.conflict.add('roles');
    }
  }
  // A negated claim is judged on the deed it denies: "refused to pledge allegiance" is not contradicted by a page
  // telling of the same party's hostility (another of its listed deeds), only by a page saying it pledged.
  // (Only a claim that says whether the deed was done is judged so: for any other, the page's negation is not read.)
  if (slots.negated !== undefined) {
    const judged = slots.negated && slots.negatedActions !== undefined && slots.negatedActions.length > 0 ? slots.negatedActions : slots.actions ?? [];
    const pageNegated = parties !== undefined ? negatesOwnDeed(f, judged, actors, parties) : negatesActions(f, judged);
    if (pageNegated !== undefined && pageNegated !== slots.negated) {
      out.conflict.add('negation');
      out.values.push(slots.negated ? 'denied' : 'affirmed');
    }
  }
  return out;
}

/**
 * Whether the attacks of the claim that the page credits by a modifier ("killed in an Egyptian air raid") are the
 * claim's actors' ('same') or another party's ('other'). A country adjective rules out another country and a party's
 * name another party, not a party of the other kind: "Libyan airstrikes" may well be the Libyan army's. Nor is it
 * another's when the sentence names the claim's actor as a doer of those deeds as well.
 */
function ownerCredit(f: SentenceFeatures, claimActions: readonly number[], actors: readonly number[], parties: PartyKinds): 'same' | 'other' | undefined {
  const owners: number[] = [];
  for (const m of f.actions) if (m.owner !== undefined && claimActions.includes(m.action)) owners.push(m.owner);
  if (owners.length === 0) return undefined;
  if (owners.some((o) => actors.some((a) => isWithin(parties, o, a) || isWithin(parties, a, o)))) return 'same';
  if (!owners.every((o) => actors.every((a) => isPlace(parties, o) === isPlace(parties, a) || ofOtherCountry(parties, o, a)))) return undefined;
  const doers = rolesFor(f, claimActions).actors;
  return actors.some((a) => doers.has(a)) ? undefined : 'other';
}

/**
 * Whether the page negates the claim's deeds as done by the claim's actors (undefined when it tells them of no one
 * who could be): "jihadists in Derna swore allegiance" neither affirms nor denies that the council refused to, and
 * "it never swore loyalty", of the council, does not deny that others swore it. A deed whose doer is not named counts.
 */
function negatesOwnDeed(f: SentenceFeatures, judged: readonly number[], actors: readonly number[], parties: PartyKinds): boolean | undefined {
  if (actors.length === 0) return negatesActions(f, judged);
  let told = false;
  for (let i = 0; i < f.actions.length; i++) {
    const m = f.actions[i] as ActionMention;
    if (!judged.includes(m.action)) continue;
    const doers = f.roles[i]?.actors;
    if (doers !== undefined && doers.size > 0 && !someDoerIsActor(doers, actors, parties)) continue;
    // One negated mention by the claim's actors (or by no one named) settles it.
    if (m.negated === true) return true;
    told = true;
  }
  return told ? false : undefined;
}

/** Whether one of the doers is one of the actors, part of one, or a whole one is part of. */
function someDoerIsActor(doers: ReadonlySet<number>, actors: readonly number[], parties: PartyKinds): boolean {
  for (const d of doers) for (const a of actors) if (isWithin(parties, d, a) || isWithin(parties, a, d)) return true;
  return false;
}

function isPlace(parties: PartyKinds, e: number): boolean {
  return parties.places?.has(e) === true;
}

/**
 * "Egyptian warplanes" are not the Libyan National Army's: a country credits the deed to itself, and an organisation
 * its name places in another country is not it. (Against a party of no known country, "Libyan airstrikes" may well
 * be the army's.)
 */
function ofOtherCountry(parties: PartyKinds, owner: number, actor: number): boolean {
  const c = parties.partyCountry?.[actor] ?? -1;
  return isPlace(parties, owner) && c >= 0 && !isWithin(parties, owner, c) && !isWithin(parties, c, owner);
}

/** Whether entity e is `whole` or lies within it. (Module-level functions here: no closure made per call.) */
function isWithin(parties: PartyKinds, e: number, whole: number): boolean {
  const closure = parties.entityClosure[e];
  return closure !== undefined ? closure.includes(whole) : e === whole;
}

/** Per claim figure, the page figures that count the same thing in the same unit (none for a bare count or a duration). */
function comparableFigures(f: SentenceFeatures, quantities: readonly Quantity[]): QuantityMention[][] {
  return quantities.map((q) => {
    const c = canonicalCounts(q.counts);
    if (c === 'count' || c === 'duration') return [];
    return f.quantities.filter((p) => sameCount(canonicalCounts(p.counts), c) && sameUnitFamily(p, q));
  });
}

/**
 * The page figures that a claim states exactly. "Gunmen killed three commanders, two of the council and one of its
 * ally": when one claim matched to the sentence gives the three, a source counting the council's two tells a part of
 * that count, not another figure for it.
 */
export function figuresStated(f: SentenceFeatures, slots: Pick<CompiledSlots, 'quantities' | 'targets'>, parties: PartyKinds, into: Set<QuantityMention>): void {
  // "three Shura Council commanders" ties the count to one of the claim's parties: it is that party's count, and a source
  // giving that party two still conflicts. (Naming them all, or none, as in "three commanders of rival groups", does not.)
  const named = slots.targets.filter((t) => f.entities.some((m) => (parties.entityClosure[m.entity] ?? [m.entity]).includes(t))).length;
  if (named > 0 && named < slots.targets.length) return;
  const quantities = slots.quantities;
  comparableFigures(f, quantities).forEach((page, i) => {
    const q = quantities[i];
    if (q !== undefined) for (const p of page) if (pageFigureAgrees(p, q)) into.add(p);
  });
}

/** How far above its least value a vague plural reaches ("dozens": 24 to under 120; "hundreds": 200 to under 1,000). */
const VAGUE_SPAN = 5;

/** Whether a page figure agrees with a claim figure; a vague plural ("dozens of fighters") agrees with any figure of its order. */
function pageFigureAgrees(p: QuantityMention, q: Quantity): boolean {
  if (p.vague !== true) return quantitiesAgree(p, q);
  const lo = p.value ?? p.min ?? 0;
  // Against the claim's own figure, as a reader takes it ("more than 70" is about 70: "hundreds" overstates it).
  const [x, y] = q.qualifier === 'between' ? quantityInterval(q) : [q.value ?? q.min ?? q.max ?? 0, q.value ?? q.min ?? q.max ?? 0];
  return lo <= y && x < lo * VAGUE_SPAN;
}

/** "people" counts (fighters, members) compare with the more specific counts only by unit, not by kind. */
function sameCount(page: string, claim: string): boolean {
  return page === claim;
}

/** A figure given as a range or a bound rather than a count ("between", "at most", "fewer than", "about"). */
function isVague(q: Quantity): boolean {
  return q.qualifier === 'between' || q.qualifier === 'at-most' || q.qualifier === 'fewer-than' || q.qualifier === 'about';
}

/**
 * Whether two figures for the same count agree. Reported figures are compared by their anchor:
 * "at least 7" agrees with "seven" and "more than seven", not with "at least 5" or "eight" (a
 * reader takes the figure as the count); "about" allows 15%; ranges and vague plurals by overlap.
 */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  if (isVague(a) || isVague(b)) {
    const [lo, hi] = quantityInterval(a);
    const [x, y] = quantityInterval(b);
    return lo <= y && x <= hi;
  }
  const va = a.value ?? a.min ?? a.max;
  const vb = b.value ?? b.min ?? b.max;
  if (va === undefined || vb === undefined) return false;
  return Math.abs(va - vb) < 1e-9;
}

function sameUnitFamily(a: Quantity, b: Quantity): boolean {
  return unitFamily(a.unit) === unitFamily(b.unit);
}

function unitFamily(u: Quantity['unit']): string {
  return u === 'people' || u === 'count' ? 'n' : u;
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
  return lo === hi ? isoDay(lo) : `${isoDay(lo)}..${isoDay(hi)}`;
}

/** ISO date of a day number, made once per day: a conflict on a date is described for every evidence of a claim. */
const isoDays = new Map<number, string>();
function isoDay(d: number): string {
  let s = isoDays.get(d);
  if (s === undefined) {
    s = new Date(d * 86_400_000).toISOString().slice(0, 10);
    if (isoDays.size >= 10_000) isoDays.clear();
    isoDays.set(d, s);
  }
  return s;
}

/**
 * Whether date `d` dates another deed than the claim's: the sentence names the claim's deeds only in an "after ..."
 * clause, unbroken by a comma, that follows the date ("fighting broke out on June 10, after gunmen killed two
 * commanders"). The date is the main clause's; the deed it follows happened earlier, on a day the sentence does not give.
 */
function datesLaterDeed(f: SentenceFeatures, d: { end: number }, actions: readonly number[]): boolean {
  const named = f.actions.filter((m) => actions.includes(m.action));
  if (named.length === 0) return false;
  const after = f.tokens.find((t) => t.norm === 'after' && t.start >= d.end);
  if (after === undefined) return false;
  // The deed must be inside that clause: "On June 20, after a week of fighting, gunmen killed ..." dates the killing.
  return named.every((m) => {
    const at = f.tokens[m.token]?.start ?? -1;
    return at > after.start && !f.clauseBreaks.some((b) => b > after.start && b < at);
  });
}
