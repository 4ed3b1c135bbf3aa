// News copy introduces a town with a description set off by commas right after its name: "Derna, a port of about
// 150,000 people near the Egyptian border, has long been ...". That description (its size, its setting, the places it
// lies near) is background for the reader; the sentence's fact is in the clause around it.
import type { Token } from '../text/tokenize.js';
import type { EntityMention } from '../entities/alias-lexicon.js';

/** Nouns that make an indefinite description one of a settlement. */
const SETTLEMENT_NOUNS = new Set(['city', 'town', 'port', 'village', 'settlement']);
/** How many words may come between the article and the settlement noun ("a conservative port city"). */
const MAX_MODIFIERS = 4;

/**
 * Token ranges [first, last+1) of descriptions that follow a place's name after a comma, open with "a"/"an" and name
 * a settlement within the next few words ("a port of ...", "a conservative town of ..."). A description ends at the
 * next comma, dash, semicolon or bracket, or at the sentence's end. One that tells a deed ("a city the group seized
 * in 2014") is a fact of its own and is not returned: `isDeedToken` says which tokens are part of an action mention.
 */
export function townAppositives(
  tokens: readonly Token[], entities: readonly EntityMention[], text: string, offset: number,
  isPlace: (entity: number) => boolean, isDeedToken: (token: number) => boolean,
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of entities) {
    if (!isPlace(m.entity)) continue;
    const first = m.tokenEnd;
    const article = tokens[first];
    const before = tokens[first - 1];
    if (article === undefined || before === undefined || (article.norm !== 'a' && article.norm !== 'an')) continue;
    if (text.slice(before.end - offset, article.start - offset).trim() !== ',') continue;
    let noun = -1;
    for (let k = first + 1; k <= first + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
      if (SETTLEMENT_NOUNS.has((tokens[k] as Token).norm)) { noun = k; break; }
    }
    if (noun < 0) continue;
    let end = noun + 1;
    while (end < tokens.length && !/[,;:()\u2013\u2014]|\s-\s/.test(text.slice((tokens[end - 1] as Token).end - offset, (tokens[end] as Token).start - offset))) end++;
    let deed = false;
    for (let k = first; k < end && !deed; k++) deed = isDeedToken(k);
    if (!deed) spans.push([first, end]);
  }
  // A sentence that tells no deed outside its descriptions ("It began not in Sirte but in Derna, a port city of ...")
  // has only names left to match on: the descriptions' words keep weighing against a match on names alone.
  if (spans.length > 0 && !tokens.some((_, k) => isDeedToken(k) && !spans.some(([lo, hi]) => k >= lo && k < hi))) return [];
  return spans;
}
