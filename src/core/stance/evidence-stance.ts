// Stance of one evidence entry toward the page sentence (not toward the claim).
import type { Stance } from '../pack/pack-types.js';
import type { CompiledClaim, CompiledEvidence } from '../pack/compile-pack.js';
import type { SentenceFeatures } from '../match/sentence-features.js';
import { compareSlots, type Dimension } from './compare-slots.js';

export interface EvidenceStance {
  stance: Stance;
  values: string[];
}

function flip(s: Stance): Stance {
  return s === 'supports' ? 'contradicts' : 'supports';
}

/**
 * The source's own values decide where it states them (evidence.slots); elsewhere its stance toward
 * the claim carries over, flipped when the page itself conflicts with the claim.
 */
export function evidenceStance(f: SentenceFeatures, claim: CompiledClaim, ev: CompiledEvidence): EvidenceStance {
  const own = ev.slots !== undefined ? compareSlots(f, ev.slots) : undefined;
  const ownDims = new Set<Dimension>();
  if (ev.slots !== undefined) {
    if (ev.slots.quantities !== undefined && ev.slots.quantities.length > 0) ownDims.add('quantities');
    if (ev.slots.date !== undefined) ownDims.add('date');
    if (ev.slots.actors !== undefined || ev.slots.targets !== undefined) ownDims.add('roles');
    if (ev.slots.negated !== undefined) ownDims.add('negation');
  }
  if (own !== undefined && own.conflict.size > 0) return { stance: 'contradicts', values: own.values };
  const vsClaim = compareSlots(f, claim.slots);
  const claimConflicts = [...vsClaim.conflict].filter((d) => !ownDims.has(d));
  let base: Stance = ev.stance;
  // A source that differs from the claim only on dimensions where it states its own values agrees
  // with a page that is silent on, or matches, those values.
  if (ev.stance === 'contradicts' && ownDims.size > 0) base = 'supports';
  if (claimConflicts.length > 0) {
    return base === 'supports' ? { stance: 'contradicts', values: vsClaim.values } : { stance: 'supports', values: [] };
  }
  return { stance: base, values: [] };
}
