// "Found no fault with it", "asked for a ruling": words of judging that share a stem with deeds of founding and ruling.
import type { Token } from '../text/tokenize.js';
import type { ActionMention } from './action-lexicon.js';

/**
 * Words after which "found" is the verb to found (an infinitive or a present tense: "helped found the council", "did
 * not found it"). Anywhere else "found" is the past of "find": news copy tells a founding as "founded".
 */
const FOUND_AS_INFINITIVE = new Set(['to', 'help', 'helps', 'helped', 'helping', 'will', 'would', 'could', 'can', 'may', 'might',
  'should', 'must', 'did', 'do', 'does', 'not', 'never', 'and', 'or']);

/** Words before "ruling" that make it a noun for a judge's or a cleric's decision: "a ruling", "the court's ruling". */
const RULING_DETERMINERS = new Set(['a', 'an']);
/** Words after "ruling" that make it such a decision: "a ruling on the matter", "ruling that it was allowed". */
const RULING_COMPLEMENTS = new Set(['on', 'that', 'against']);

/**
 * Whether a one-word deed is a word of judging, not the deed its stem names: "found" as the past of "find" ("found no
 * fault with it"), or "ruling" as a decision ("sought a ruling on that episode"), which rules no town.
 */
export function isJudgementWord(tokens: readonly Token[], a: ActionMention): boolean {
  if (a.tokenEnd !== a.token + 1) return false;
  const t = tokens[a.token] as Token;
  const prev = tokens[a.token - 1]?.norm ?? '';
  // (The length test first: most deeds are not five letters long, and lower-casing makes a string.)
  if (t.surface.length === 5 && t.surface.toLowerCase() === 'found') return !FOUND_AS_INFINITIVE.has(prev);
  if (t.norm !== 'ruling' && t.norm !== 'rulings') return false;
  return RULING_DETERMINERS.has(prev) || (prev !== 'the' && RULING_COMPLEMENTS.has(tokens[a.token + 1]?.norm ?? ''));
}
