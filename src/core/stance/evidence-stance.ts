// Stance of one evidence entry toward the page sentence (not toward the claim).
import type { Stance } from '../pack/pack-types.js';
import type { CompiledClaim, CompiledEvidence } from '../pack/compile-pack.js';
import type { SentenceFeatures } from '../match/sentence-features.js';
import { compareSlots, type Dimension, type PartyKinds, type SlotComparison } from './compare-slots.js';
import type { QuantityMention } from '../quantities/extract-quantities.js';

export interface EvidenceStance {
  stance: Stance;
  values: string[];
  /** Dimensions on which the page differs from this source (empty for a source that denies the claim outright). */
  conflicts: Dimension[];
  /** Dimensions on which the page and this source state the same value. */
  agrees: Dimension[];
}

function flip(s: Stance): Stance {
  return s === 'supports' ? 'contradicts' : 'supports';
}

/**
 * The source's own values decide where it states them (evidence.slots); elsewhere its stance toward
 * the claim carries over, flipped when the page itself conflicts with the claim.
 */
export function evidenceStance(
  f: SentenceFeatures, claim: CompiledClaim, ev: CompiledEvidence, parties: PartyKinds,
  /** compareSlots(f, claim.slots, parties), when the caller has it: the same for every evidence entry of the claim. */
  vsClaimGiven?: SlotComparison,
  /** Page figures another matched claim states exactly (compareSlots). */
  explainedElsewhere?: ReadonlySet<QuantityMention>,
): EvidenceStance {
  const own = ev.slots !== undefined ? compareSlots(f, ownSlots(claim, ev.slots), parties, explainedElsewhere) : undefined;
  const ownDims = new Set<Dimension>();
  if (ev.slots !== undefined) {
    if (ev.slots.quantities !== undefined && ev.slots.quantities.length > 0) ownDims.add('quantities');
    if (ev.slots.date !== undefined) ownDims.add('date');
    if (ev.slots.actors !== undefined || ev.slots.targets !== undefined) ownDims.add('roles');
    if (ev.slots.negated !== undefined) ownDims.add('negation');
  }
  if (own !== undefined && own.conflict.size > 0) return { stance: 'contradicts', values: own.values, conflicts: [...own.conflict], agrees: [] };
  const vsClaim = vsClaimGiven ?? compareSlots(f, claim.slots, parties, explainedElsewhere);
  const claimConflicts = [...vsClaim.conflict].filter((d) => !ownDims.has(d));
  const agrees = [...(own?.agree ?? []), ...[...vsClaim.agree].filter((d) => !ownDims.has(d))];
  let base: Stance = ev.stance;
  // A source that differs from the claim only on dimensions where it states its own values agrees
  // with a page that is silent on, or matches, those values.
  // Only dimensions where the source's value really differs from the claim's explain its disagreement;
  // a source that denies the claim outright ("IS-held Derna") keeps contradicting.
  if (ev.stance === 'contradicts' && [...ownDims].some((d) => differsFromClaim(d, ev, claim))) base = 'supports';
  if (claimConflicts.length > 0) {
    return base === 'supports'
      ? { stance: 'contradicts', values: vsClaim.values, conflicts: claimConflicts, agrees: [] }
      : { stance: 'supports', values: [], conflicts: [], agrees: claimConflicts };
  }
  return base === 'supports' ? { stance: base, values: [], conflicts: [], agrees } : { stance: base, values: [], conflicts: [], agrees: [] };
}

type EvidenceSlots = NonNullable<CompiledEvidence['slots']>;
/** Per evidence entry, its slots with the claim's places filled in: built once, not per sentence. */
const slotsWithPlaces = new WeakMap<EvidenceSlots, EvidenceSlots>();

/** The slots to compare a source's own values on: the claim's places say which of the page's dates can date it (compareSlots reads no other use of them). */
function ownSlots(claim: CompiledClaim, slots: EvidenceSlots): EvidenceSlots {
  if (slots.places !== undefined) return slots;
  let filled = slotsWithPlaces.get(slots);
  if (filled === undefined) {
    filled = { ...slots, places: claim.slots.places };
    slotsWithPlaces.set(slots, filled);
  }
  return filled;
}

/** Whether two slot values are the same (compared as JSON: arrays of ids, date pairs, quantity lists). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function differsFromClaim(d: Dimension, ev: CompiledEvidence, claim: CompiledClaim): boolean {
  const own = ev.slots;
  if (own === undefined) return false;
  switch (d) {
    case 'quantities': return !sameValue(own.quantities, claim.slots.quantities);
    case 'date': return !sameValue(own.date, claim.slots.date);
    case 'roles': return (own.actors !== undefined && !sameValue(own.actors, claim.slots.actors))
      || (own.targets !== undefined && !sameValue(own.targets, claim.slots.targets));
    case 'negation': return own.negated !== undefined && own.negated !== claim.slots.negated;
  }
}
