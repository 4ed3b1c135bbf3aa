// A deed named as a thing some party owns, inside a prepositional phrase: "the revolt against Isil's rule".
import type { Token } from '../text/tokenize.js';
import type { ActionMention } from './action-lexicon.js';

/** Prepositions that open a phrase naming what a deed is aimed at or comes from ("against", "to", "of", "from", "on"). */
const OPENING_PREPOSITIONS = new Set(['against', 'to', 'of', 'from', 'on']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** A word carrying the possessive ending ("Isil's", "the group’s"). */
const POSSESSIVE_ENDING = /['\u2019]s$/;
/** A participle or a gerund ("its seized cars", "their fleeing") may still report a deed of its own. */
const VERB_FORM = /(?:ed|ing)$/;

/**
 * "the first challenge to the group's rule", "a revolt against Isil's rule": a deed noun owned by a party and set in a
 * prepositional phrase names the state of affairs the sentence's own deed is aimed at. The sentence presupposes it; it
 * does not report it, so it is read as a description (its keys still count for a claim that shares them). ("Under
 * IS's rule" is left as it is: living under a rule tells that it held.)
 */
export function markPossessedDeedNouns(tokens: readonly Token[], actions: ActionMention[]): void {
  for (const a of actions) {
    if (a.descriptive === true || a.tokenEnd !== a.token + 1) continue;
    const word = tokens[a.token] as Token;
    const owner = tokens[a.token - 1];
    if (owner === undefined || VERB_FORM.test(word.norm)) continue;
    if (!POSSESSIVE_PRONOUNS.has(owner.norm) && !POSSESSIVE_ENDING.test(owner.surface)) continue;
    // The preposition right before the owner, or before a determiner or a first name word ("against the group's").
    if (OPENING_PREPOSITIONS.has(tokens[a.token - 2]?.norm ?? '') || OPENING_PREPOSITIONS.has(tokens[a.token - 3]?.norm ?? '')) a.descriptive = true;
  }
}
