// Agreement and conflict between each pair of a pack's sources: for every claim on which
// both speak, the same stance counts as agreement and opposite stances as conflict.
import type { Stance } from './pack/pack-types.js';

export interface PairTally {
  agree: number;
  conflict: number;
  /** Claim ids where the two conflict, so the UI can point at them. */
  conflictClaims: string[];
}

export interface SourceMatrix {
  sourceIds: string[];
  /** `cell(a, b)` for two different sources; symmetric. */
  cell(a: string, b: string): PairTally;
}

interface ClaimLike {
  id: string;
  evidence: readonly { source?: string; sourceId?: string; stance: Stance }[];
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * A source that speaks several times to one claim with mixed stances is taken as
 * "mixed" there and left out of that claim's pairs, so it neither agrees nor conflicts.
 */
export function computeSourceMatrix(sourceIds: readonly string[], claims: readonly ClaimLike[]): SourceMatrix {
  const tallies = new Map<string, PairTally>();
  for (const claim of claims) {
    const stanceOf = new Map<string, Stance | 'mixed'>();
    for (const e of claim.evidence) {
      const id = e.sourceId ?? e.source;
      if (id === undefined) continue;
      const seen = stanceOf.get(id);
      stanceOf.set(id, seen === undefined || seen === e.stance ? e.stance : 'mixed');
    }
    const speakers = [...stanceOf].filter((entry): entry is [string, Stance] => entry[1] !== 'mixed');
    for (let i = 0; i < speakers.length; i++) {
      for (let j = i + 1; j < speakers.length; j++) {
        const [a, sa] = speakers[i] as [string, Stance];
        const [b, sb] = speakers[j] as [string, Stance];
        const key = pairKey(a, b);
        const tally = tallies.get(key) ?? { agree: 0, conflict: 0, conflictClaims: [] };
        if (sa === sb) tally.agree += 1;
        else {
          tally.conflict += 1;
          tally.conflictClaims.push(claim.id);
        }
        tallies.set(key, tally);
      }
    }
  }
  return {
    sourceIds: [...sourceIds],
    cell: (a, b) => tallies.get(pairKey(a, b)) ?? { agree: 0, conflict: 0, conflictClaims: [] },
  };
}
