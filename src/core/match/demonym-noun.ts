// "A Yemeni known as Abu al-Bara", "a Tunisian, by most accounts": a country word standing as a noun names a person.
import type { Token } from '../text/tokenize.js';

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
