// Whose attack a deed noun names, when a party or a country stands before it as a modifier: "an Egyptian air raid".
import type { Token } from '../text/tokenize.js';
import type { EntityMention } from '../entities/alias-lexicon.js';
import type { ActionMention } from './action-lexicon.js';
import { DEMONYM_ADJECTIVE } from './country-words.js';
import { AIRCRAFT_NOUNS } from './aircraft-words.js';

/** Head nouns of an attack: the deeds a modifier can credit to someone ("an IS car bomb", "American airstrikes"). */
const ATTACK_NOUNS = new Set(['raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'bomb', 'bombs',
  'bombing', 'bombings', 'bombardment', 'bombardments', 'shelling', 'assault', 'assaults', 'ambush', 'ambushes',
  // The aircraft the lexicon files as the strike itself ("Egyptian warplanes turned the convoy back").
  ...AIRCRAFT_NOUNS]);
/** Attack nouns that are never a verb of the present tense: "IS attacks the port" has a verb, "IS bombings" none. */
const NOUN_ONLY = new Set(['airstrike', 'airstrikes', 'bombing', 'bombings', 'bombardment', 'bombardments', 'shelling']);
/** Words before a name that make it a modifier of what follows rather than a subject ("an IS attack", "in US raids"). */
const MODIFIER_OPENERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'in', 'by', 'of', 'from', 'after',
  'during', 'amid', 'with', 'under', 'since', 'new', 'fresh', 'latest', 'recent', 'renewed', 'repeated', 'further', 'first', 'last']);
/** A word carrying the possessive ending ("Egypt's", "the group’s"). */
const POSSESSIVE_ENDING = /['\u2019]s$/;

/**
 * Sets `owner` on each attack named as a noun whose modifier is a party or a country: "an Egyptian air raid" (Egypt),
 * "a US drone strike", "an IS car bomb", "the council's assault". The modifier tells who did it, which only the stance
 * reads; the roles stay as the word order gave them. A town before the noun ("the Benghazi attack") says where, so
 * a place counts only as a country adjective ("Egyptian") or an acronym ("US").
 */
export function markDeedOwners(tokens: readonly Token[], entities: readonly EntityMention[], actions: readonly ActionMention[], isPlace: (e: number) => boolean): void {
  for (const a of actions) {
    const head = tokens[a.tokenEnd - 1];
    if (head === undefined || !ATTACK_NOUNS.has(head.norm)) continue;
    // The whole deed phrase ending at this noun: "air raid" is one phrase and "raid" another, and the modifier precedes both.
    let first = a.token;
    for (const b of actions) if (b.tokenEnd === a.tokenEnd && b.token < first) first = b.token;
    const m = entities.find((e) => e.tokenEnd === first);
    if (m === undefined) continue;
    const last = tokens[m.tokenEnd - 1] as Token;
    const possessive = POSSESSIVE_ENDING.test(last.surface);
    // (A place's possessive is no help either: "Derna's bombardment" is the town's ordeal.)
    if (isPlace(m.entity) && !(m.tokenEnd === m.tokenStart + 1 && !possessive && (DEMONYM_ADJECTIVE.test(last.surface) || last.isAcronym))) continue;
    // "IS attacks the port": a name opening the clause before a word that may be a verb is its subject.
    const before = tokens[m.tokenStart - 1];
    const modifier = possessive || DEMONYM_ADJECTIVE.test(last.surface) || NOUN_ONLY.has(head.norm) || a.tokenEnd - first > 1
      || (before !== undefined && MODIFIER_OPENERS.has(before.norm));
    if (modifier) a.owner = m.entity;
  }
}

