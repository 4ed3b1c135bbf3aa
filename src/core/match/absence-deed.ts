// "No IS fighter remains in Derna", "none of the militants remained": a party said to have no one left in a place
// has left it. News copy reports a withdrawal that way as often as with a verb of leaving.
import type { Token } from '../text/tokenize.js';
import { stemWord } from '../text/stem-word.js';
import { actionMention, type ActionMention, type ActionTrie } from './action-lexicon.js';

/** The words an absence is told with: a sentence holding none has no absence to read (`rareWordsOf`). */
export const REMAIN_FORMS: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'remaining']);
/** Words that open a subject of which nothing is left ("no fighters", "none of the militants", "not a single member"). */
const NONE_OPENERS = new Set(['no', 'none']);
/** How far (in words) the opener may stand before the verb: "no members of the extremist group remained". */
const MAX_SUBJECT_WORDS = 7;
/** Words that end the subject before the verb: a clause break, so the "no" belongs to another clause. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'while', 'when', 'where']);
/** A word of the lexicon's concept of leaving a place. */
const LEAVING_WORD = 'withdraw';

/**
 * The leaving deeds that a "no ... remain" subject tells: one mention of the lexicon's leaving concept at each
 * "remain" whose subject opens with "no"/"none" (or "not a single"/"not one") within a few words, with no clause
 * break between them.
 */
export function absenceDeeds(tokens: readonly Token[], text: string, offset: number, trie: ActionTrie): ActionMention[] {
  const out: ActionMention[] = [];
  let leaving: number | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!REMAIN_FORMS.has((tokens[i] as Token).norm)) continue;
    for (let k = i - 1; k >= 0 && k >= i - MAX_SUBJECT_WORDS; k--) {
      const t = tokens[k] as Token;
      const next = tokens[k + 1] as Token;
      if (CLAUSE_WORDS.has(t.norm) || /[,;:.!?]/.test(text.slice(t.end - offset, next.start - offset))) break;
      const notOne = t.norm === 'not' && (next.norm === 'one' || (next.norm === 'a' && tokens[k + 2]?.norm === 'single'));
      if (!NONE_OPENERS.has(t.norm) && !notOne) continue;
      leaving ??= trie.get(stemWord(LEAVING_WORD))?.find(([, phrase]) => phrase.length === 1)?.[0];
      if (leaving !== undefined) out.push(actionMention(leaving, i, i + 1));
      break;
    }
  }
  return out;
}
