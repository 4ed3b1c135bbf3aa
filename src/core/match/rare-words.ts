// Some readings of a sentence start only at a rare word: an absence at "remains", a name's origin at "named", a feared
// deed at "feared", a cleft at "it" or "ones". Each of them passed over every word of every sentence to find that its
// word was not there; one pass here tells which of those words a sentence holds, and a reading whose words are all
// absent is skipped (it would have found nothing).
import type { Token } from '../text/tokenize.js';
import { REMAIN_FORMS } from './absence-deed.js';
import { OPENING_WORDS } from './name-origin.js';
import { FEAR_VERBS } from './unrealised-deed.js';

/** One bit per reading, in the mask `rareWordsOf` returns. */
export const RARE_WORD = { absence: 1, nameOrigin: 2, fear: 4, cleft: 8 } as const;

/** The words a cleft needs one of: "it was X that ...", "X were the one(s) who ..." (see `cleftFocus`). */
const CLEFT_WORDS = ['it', 'one', 'ones'];

const BITS_OF_WORD = new Map<string, number>();
function addFamily(words: Iterable<string>, bit: number): void {
  for (const w of words) BITS_OF_WORD.set(w, (BITS_OF_WORD.get(w) ?? 0) | bit);
}
addFamily(REMAIN_FORMS, RARE_WORD.absence);
addFamily(OPENING_WORDS, RARE_WORD.nameOrigin);
addFamily(FEAR_VERBS, RARE_WORD.fear);
addFamily(CLEFT_WORDS, RARE_WORD.cleft);

/** The readings (RARE_WORD bits) whose words the tokens hold. */
export function rareWordsOf(tokens: readonly Token[]): number {
  let found = 0;
  for (let i = 0; i < tokens.length; i++) found |= BITS_OF_WORD.get((tokens[i] as Token).norm) ?? 0;
  return found;
}
