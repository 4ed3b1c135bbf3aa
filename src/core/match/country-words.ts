// Words for a country's people: "Egyptian" before a noun, "Egyptians", and "a Yemeni known as Abu al-Bara", where the
// country word standing as a noun names a person. The scorer and the reading of whose attack it was share them.
import type { Token } from '../text/tokenize.js';

/** A one-word country adjective ("Egyptian", "Yemeni", "Iraqi", "Sudanese", "Turkish", "Libyan"). */
export const DEMONYM_ADJECTIVE = /^[A-Z][a-z]{3,}(?:ian|can|i|ese|ish)$|^[A-Z][a-z]{2,}yan$/;
/** A one-word plural demonym ("Egyptians", "Yemenis", "Libyans", "Lebanese"): people, not a place. */
export const PLURAL_DEMONYM = /^[A-Z][a-z]+(?:ans|is|ese)$/;

/** Words that follow a noun for a person, never a noun a country adjective would modify: "a Yemeni known as", "a Tunisian who". */
const AFTER_PERSON = new Set(['known', 'named', 'called', 'who', 'whose', 'by', 'from', 'with', 'in']);

/**
 * Whether the country word at tokens [start, end) is itself the noun, after "a"/"an": nothing follows it, or
 * punctuation, a capitalised word, or a word that never follows an adjective's noun. ("an Egyptian air raid", "a
 * Libyan town": a lower-case noun follows, and the adjective may well set the scene.)
 */
export function isDemonymNoun(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.norm;
  if (before !== 'a' && before !== 'an') return false;
  const next = tokens[end];
  const last = tokens[end - 1];
  if (next === undefined || last === undefined || next.start > last.end + 1) return true;
  return !/^\p{Ll}/u.test(next.surface) || AFTER_PERSON.has(next.norm);
}
