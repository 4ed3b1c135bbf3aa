// "Battle IS for control of the town": the control fought over is the prize, not a hold anyone has.
import type { Token } from '../text/tokenize.js';
import type { ActionMention } from './action-lexicon.js';

/** Nouns of a hold on something that a fight or a race is for. */
const PRIZE_NOUNS = new Set(['control', 'dominance', 'supremacy', 'mastery']);

/**
 * "Rivals battle for control of the port", "factions compete for control", "the struggle for control of Derna": after
 * "for", control is what the parties want, so no one holds it yet as far as the sentence tells. It is read as an aim
 * (as "to control" would be), whatever the verb before it: every verb that takes "for control" seeks it.
 */
export function markContestedPrize(tokens: readonly Token[], actions: ActionMention[]): void {
  for (const a of actions) {
    if (a.intended === true) continue;
    if (!PRIZE_NOUNS.has(tokens[a.token]?.norm ?? '') || tokens[a.token - 1]?.norm !== 'for') continue;
    a.intended = true;
  }
}
