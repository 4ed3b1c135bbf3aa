// A second look at a sentence that scored just under the threshold, when the sentence beside it was marked.
import type { MatchIndex } from './match-index.js';
import { hasFeature, idsOf } from './match-index.js';
import { scoreSentence, type ClaimScore } from './score-claims.js';
import type { SentenceFeatures } from './sentence-features.js';

/**
 * Lowest score a claim may have to be let through by the second look. The score is a share (of the claim's view
 * and of the sentence): a long sentence that tells a claim among other facts, or a claim told in few of its
 * words, lands between this and MIN_SCORE even when what it shares is distinctive.
 */
export const BAND_MIN_SCORE = 0.25;

/**
 * Information the sentence must share with the claim's best view, in units of the rarest feature's information
 * (ln of the number of claims): about three features each named by one claim only, or more of commoner ones.
 * Chosen on the dev set's tuned layers: the lowest value at which the claims let through were right at least
 * 92% of the time (the matcher's precision) with the neighbour condition; picked again with each blind layer
 * left out, it let through 4 right claims and no wrong one on the layer left out.
 */
export const BAND_EVIDENCE = 3.25;

/**
 * The claims a sentence with no match of its own is marked with because a neighbouring sentence is marked:
 * next to a matched sentence the page is telling of the pack's events, so a near miss that still shares a lot
 * of rare information with a claim (not merely a high share of a little) is that claim far more often than a
 * near miss elsewhere. The scorer's own gates (dates, places, deeds, roles) still apply: only the threshold moves.
 */
export function admitFromBand(index: MatchIndex, f: SentenceFeatures, published: number | undefined, text: string): ClaimScore[] {
  const opts = published !== undefined ? { published, minScore: BAND_MIN_SCORE } : { minScore: BAND_MIN_SCORE };
  const scores = scoreSentence(index, f, opts, text);
  if (scores.length === 0) return scores;
  const needed = BAND_EVIDENCE * Math.log(Math.max(2, index.pack.claims.length));
  const ids = idsOf(index, f.keys);
  return scores.filter((s) => sharedInformation(index, ids, s.view) >= needed);
}

/** Sum of the information (-ln of the share of claims naming it) of the sentence's features that the view has. */
export function sharedInformation(index: MatchIndex, sentenceIds: readonly number[], view: number): number {
  const features = index.viewFeatures[view];
  if (features === undefined) return 0;
  let total = 0;
  for (const id of new Set(sentenceIds)) if (hasFeature(features, id)) total -= Math.log(index.share[id] as number);
  return total;
}
