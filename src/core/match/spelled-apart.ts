// Content words that news English also writes as two words: "no one" is "nobody", "any more" is "anymore", and a
// passive "be made to pray" is "be forced to pray". A claim written one way and a page written the other share
// the word only when both are read as the same single word.
import type { Token } from '../text/tokenize.js';
import { stemWord } from '../text/stem-word.js';

/** Words that, coming right after "any more", show it has ended its phrase ("nobody will pray any more and ..."). */
const CLAUSE_GOES_ON = new Set(['and', 'but', 'or', 'than', 'because', 'since', 'after', 'when', 'in', 'at', 'on']);
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/** The second words of the pairs read here: most tokens need no further look. */
export const SPELLED_APART_ENDS: ReadonlySet<string> = new Set(['one', 'more', 'made']);

const NOBODY = stemWord('nobody');
const ANYMORE = stemWord('anymore');
const FORCED = stemWord('forced');

/**
 * The stem of the single word that token i, read with the token before it, stands for, or undefined when it
 * stands for itself. "one" after "no" is "nobody"; "more" after "any" is "anymore" ("any more money" keeps its
 * count: only a "more" that ends its clause or comes before a stop or a conjunction is the adverb); "made" after a
 * form of "be" and before "to" is "forced".
 */
export function spelledApartStem(tokens: readonly Token[], i: number, text: string, offset: number): string | undefined {
  const norm = tokens[i]?.norm;
  const before = tokens[i - 1]?.norm;
  if (norm === 'one' && before === 'no') return NOBODY;
  if (norm === 'more' && before === 'any') {
    const next = tokens[i + 1];
    if (next === undefined || CLAUSE_GOES_ON.has(next.norm)) return ANYMORE;
    return /[.,;:!?)"\u201D\u2014\u2013]/.test(text.slice((tokens[i] as Token).end - offset, next.start - offset)) ? ANYMORE : undefined;
  }
  if (norm === 'made' && before !== undefined && BE_FORMS.has(before) && tokens[i + 1]?.norm === 'to') return FORCED;
  return undefined;
}
