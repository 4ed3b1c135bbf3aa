// "Ansar al-Sharia, another al-Qaeda-aligned group": a tie told as a description belongs to the party described.
import type { ActionMention } from './action-lexicon.js';
import type { EntityMention } from '../entities/alias-lexicon.js';

/**
 * A claim that a party is tied to another ("the council is linked to al-Qaeda"), against a sentence that gives that
 * tie only as a compound that describes the noun after it ("al-Qaeda-aligned militias", "another al-Qaeda-linked
 * group") and never names the claim's party: the sentence ties someone else, or nobody in particular, so it does not state the claim.
 * `claimDeeds` are the sentence's mentions of the claim's deeds; `closure` gives an entity and its wholes, so a
 * brigade of the council still names the council.
 */
export function tieOfAnotherParty(
  claimDeeds: readonly ActionMention[], claimActors: readonly number[], entities: readonly EntityMention[],
  closure: readonly (readonly number[])[],
): boolean {
  if (claimDeeds.length === 0 || claimActors.length === 0) return false;
  // Only the compound before a noun ("al-Qaeda-aligned militias"), which describes the noun after it: "a coalition
  // with ties to al Qaeda" may be the claim's party under a plain noun the lexicon does not name.
  if (!claimDeeds.every((m) => m.descriptive === true && m.describes !== undefined && entities.some((e) => e.entity === m.describes && e.tokenEnd === m.token))) return false;
  return !entities.some((m) => m.entity !== claimDeeds[0]?.describes && (closure[m.entity] ?? [m.entity]).some((x) => claimActors.includes(x)));
}
