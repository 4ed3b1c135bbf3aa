// News copy explains where a group's name comes from in passing: "the Abu Salim Martyrs Brigade, named after the
// Tripoli prison where Gaddafi's guards massacred some 1,200 inmates in 1996, ...". That clause is the name's history:
// its town is not where the sentence is set, and its deed is not the sentence's news.
import type { Token } from '../text/tokenize.js';

/** Where a clause ends: a comma, a semicolon, a colon, a bracket or a dash between two tokens. */
const CLAUSE_END = /[,;:()\u2013\u2014]|\s-\s/;

/**
 * How many tokens, from `k`, open a clause that tells where a name comes from: "named after", "named for", "named
 * in honour of", "takes its name from" (any tense, "its"/"their"), "so called after"; 0 when none opens there.
 */
function originOpening(tokens: readonly Token[], k: number): number {
  const w = (i: number): string => tokens[k + i]?.norm ?? '';
  // ("asked not to be named for fear of reprisals" keeps a source anonymous; it names nothing.)
  if ((w(0) === 'named' || w(0) === 'renamed') && !(w(-2) === 'to' && w(-1) === 'be') && w(-1) !== 'being') {
    if (w(1) === 'after' || w(1) === 'for') return 2;
    if (w(1) === 'in' && (w(2) === 'honour' || w(2) === 'honor' || w(2) === 'memory') && w(3) === 'of') return 4;
    return 0;
  }
  if (['take', 'takes', 'took', 'taken', 'taking', 'get', 'gets', 'got', 'draw', 'draws', 'drew', 'derive', 'derives', 'derived'].includes(w(0))
    && (w(1) === 'its' || w(1) === 'their') && w(2) === 'name' && w(3) === 'from') return 4;
  return 0;
}

/**
 * Token ranges [first, last+1) of clauses that tell where a name comes from, each from its opening words to the next
 * comma, semicolon, colon, bracket or dash, or to the sentence's end.
 */
export function nameOriginSpans(tokens: readonly Token[], text: string, offset: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    const open = originOpening(tokens, k);
    if (open === 0) continue;
    let end = k + open;
    while (end < tokens.length && !CLAUSE_END.test(text.slice((tokens[end - 1] as Token).end - offset, (tokens[end] as Token).start - offset))) end++;
    spans.push([k, end]);
    k = end - 1;
  }
  return spans;
}
