// "Since then the two sides have fought near-daily battles", "Both sides traded shellfire": news prose names the two
// parties of a fight once and then calls them "the two sides" or "both camps". Read so, the sentence names the
// parties a claim about that fight needs, instead of none at all.
import type { Token } from '../text/tokenize.js';
import type { EntityMention } from './alias-lexicon.js';

/** The nouns that, after "the two" or "both", stand for the two parties named before. */
const SIDE_NOUNS = new Set(['sides', 'camps', 'factions', 'foes', 'rivals', 'adversaries', 'enemies']);

/**
 * Words before the phrase that make it the object of a preposition ("fighters from both sides", "tensions between the
 * two camps"): the sides are then where someone stands, not the doers of the sentence's deed.
 */
const PREPOSITIONS = new Set(['from', 'between', 'on', 'of', 'with', 'to', 'for', 'among', 'by', 'against', 'at', 'in']);

/** Token count of a "the two sides" or "both sides" phrase starting at token i, or 0 (also after a preposition). */
export function twoSidesPhraseAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]?.norm;
  const length = t === 'both' && SIDE_NOUNS.has(tokens[i + 1]?.norm ?? '') ? 2
    : t === 'the' && tokens[i + 1]?.norm === 'two' && SIDE_NOUNS.has(tokens[i + 2]?.norm ?? '') ? 3 : 0;
  return length > 0 && PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') ? 0 : length;
}

/**
 * The two armed groups named last before token i (earlier in this sentence, or in the text before by `recent`
 * offsets), most recent first; fewer than two when the text has not named two.
 */
export function twoLastNamed(armed: readonly number[], i: number, mentions: readonly EntityMention[], recent: ReadonlyMap<number, number> | undefined): number[] {
  const at = new Map<number, number>();
  for (const e of armed) {
    let last = recent?.get(e) ?? -Infinity;
    for (const m of mentions) if (m.entity === e && m.tokenEnd <= i) last = Math.max(last, m.start);
    if (last > -Infinity) at.set(e, last);
  }
  return [...at].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([e]) => e);
}
