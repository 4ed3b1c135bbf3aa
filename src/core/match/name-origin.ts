// News copy explains where a group's name comes from in passing: "the Abu Salim Martyrs Brigade, named after the
// Tripoli prison where Gaddafi's guards massacred some 1,200 inmates in 1996, ...". That clause is the name's history:
// its town is not where the sentence is set, and its deed is not the sentence's news.
import type { Token } from '../text/tokenize.js';

/** Where a clause ends: a comma, a semicolon, a colon, a bracket or a dash between two tokens. */
const CLAUSE_END = /[,;:()\u2013\u2014]|\s-\s/;

/** Verbs of "takes its name from" in any tense. */
const TAKE_VERBS = new Set(['take', 'takes', 'took', 'taken', 'taking', 'get', 'gets', 'got', 'draw', 'draws', 'drew', 'derive', 'derives', 'derived']);

/** Every word a name-origin clause can open with: one lookup passes over the other words of the sentence. */
/** The words a name's origin opens with: a sentence holding none tells no origin (`rareWordsOf`). */
export const OPENING_WORDS: ReadonlySet<string> = new Set(['named', 'renamed', ...TAKE_VERBS]);

/** The normalised word at token k, or '' outside the sentence. */
function normAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.norm ?? '';
}

/**
 * How many tokens, from `k`, open a clause that tells where a name comes from: "named after", "named for", "named
 * in honour of", "takes its name from" (any tense, "its"/"their"); 0 when none opens there.
 */
function originOpening(tokens: readonly Token[], k: number): number {
  const first = normAt(tokens, k);
  if (!OPENING_WORDS.has(first)) return 0;
  if (first === 'named' || first === 'renamed') {
    // ("asked not to be named for fear of reprisals" keeps a source anonymous; it names nothing.)
    if ((normAt(tokens, k - 2) === 'to' && normAt(tokens, k - 1) === 'be') || normAt(tokens, k - 1) === 'being') return 0;
    const next = normAt(tokens, k + 1);
    if (next === 'after' || next === 'for') return 2;
    const honour = normAt(tokens, k + 2);
    return next === 'in' && (honour === 'honour' || honour === 'honor' || honour === 'memory') && normAt(tokens, k + 3) === 'of' ? 4 : 0;
  }
  if (!TAKE_VERBS.has(first)) return 0;
  const owner = normAt(tokens, k + 1);
  return (owner === 'its' || owner === 'their') && normAt(tokens, k + 2) === 'name' && normAt(tokens, k + 3) === 'from' ? 4 : 0;
}

/**
 * Token ranges [first, last+1) of clauses that tell where a name comes from, each from its opening words to the next
 * comma, semicolon, colon, bracket or dash, or to the sentence's end.
 */
export function nameOriginSpans(tokens: readonly Token[], text: string, offset: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!OPENING_WORDS.has((tokens[k] as Token).norm)) continue;
    const open = originOpening(tokens, k);
    if (open === 0) continue;
    let end = k + open;
    while (end < tokens.length && !CLAUSE_END.test(text.slice((tokens[end - 1] as Token).end - offset, (tokens[end] as Token).start - offset))) end++;
    spans.push([k, end]);
    k = end - 1;
  }
  return spans;
}
