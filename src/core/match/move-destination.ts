// "Fell back to Fatayah": a retreat told by where it went, not by what it left.
import type { Token } from '../text/tokenize.js';
import type { EntityMention } from '../entities/alias-lexicon.js';
import type { ActionMention } from './action-lexicon.js';

/** Words that open a retreat's destination. */
const TOWARDS = new Set(['to', 'towards', 'toward', 'into']);
/** Words that may stand between "to" and the destination's name ("to the hills of Fatayah", "to their base in ..."). */
const DESTINATION_FILLERS = new Set(['the', 'its', 'their', 'a', 'hills', 'farms', 'district', 'area', 'suburb', 'neighbourhood', 'neighborhood',
  'of', 'in', 'at', 'around', 'positions', 'strongholds', 'stronghold', 'base', 'bases']);
/** How far past the retreat word the destination's name may start. */
const DESTINATION_REACH = 5;

/**
 * A retreat whose destination is a site inside a town ("the jihadists fell back to Fatayah", "pulled back into the
 * old quarter") moves the fight within that town's area: the party is still there, so the sentence tells no
 * withdrawal from the area. Its retreat reading, and any other reading of the phrase's first word, is marked `otherSense` and shares nothing with a claim (score-claims);
 * the mention is kept, so the sentence weighs what it did before. A destination that is a town or a country
 * ("withdrew to Sirte") is a departure and keeps the retreat. `isSiteInTown` says which places lie inside a town.
 */
export function markRetreatWithinTown(
  tokens: readonly Token[], entities: readonly EntityMention[], actions: readonly ActionMention[], retreat: number,
  isSiteInTown: (entity: number) => boolean,
): void {
  if (retreat < 0) return;
  for (const a of actions) {
    if (a.action !== retreat) continue;
    if (!destinationIsSite(tokens, entities, a.tokenEnd, isSiteInTown)) continue;
    // The phrase's first word read on its own ("fell" as a loss, "fell ... to" as a capture) is the same move.
    for (const b of actions) if (b.token === a.token) b.otherSense = true;
  }
}

function destinationIsSite(tokens: readonly Token[], entities: readonly EntityMention[], from: number, isSiteInTown: (entity: number) => boolean): boolean {
  const first = tokens[from];
  if (first === undefined || !TOWARDS.has(first.norm)) return false;
  for (let k = from + 1; k < Math.min(tokens.length, from + 1 + DESTINATION_REACH); k++) {
    const named = entities.find((m) => m.tokenStart === k);
    if (named !== undefined) return isSiteInTown(named.entity);
    if (!DESTINATION_FILLERS.has((tokens[k] as Token).norm)) return false;
  }
  return false;
}
