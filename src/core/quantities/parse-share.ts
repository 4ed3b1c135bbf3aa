// Shares said as fractions or proportions ("two-thirds", "a quarter of", "half the town", "nine in ten", "9 out of
// 10"), read as whole percentages: a claim says "90 percent", a report "nine-tenths", and the two must compare.
import { lookupTable } from '../text/lookup-table.js';
import type { Token } from '../text/tokenize.js';

/** A share read at a token: its percentage and the number of tokens it spans. */
export interface ParsedShare {
  percent: number;
  length: number;
}

const SMALL_NUMBERS: Record<string, number> = lookupTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});

/** Denominators of spoken fractions; the singular forms also follow "a", "an", "one". */
const PARTS: Record<string, number> = lookupTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});
const SINGLE_PARTS = new Set(['half', 'third', 'quarter', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** Words that open the whole a share is taken of ("half the town", "two-thirds of its fighters"). */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'this', 'that', 'all']);

/**
 * Spans of time and measures: "half an hour", "a quarter of the year", "the first half of 2015", "a third of a
 * mile" measure a stretch, they give no share of a group or a place.
 */
const MEASURE_NOUNS = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries|seasons?|terms?|time|way|distance|session|level|levels|rate|amount|output|production|capacity|barrels|budget|match|game|mile|miles|km|kms|kilometres?|kilometers?|metres?|meters?|million|billion|dozen|hundred|thousand|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)$/;
/** Ordinals before "half": "the first half of the year", "the second half" name a stretch, not a share. */
const ORDINALS_BEFORE = new Set(['first', 'second', 'last', 'latter', 'former', 'early', 'later']);
/** Proportions are taken of a small or round whole: "one in five", "9 out of 10", "99 in 100". */
function isRoundWhole(n: number): boolean {
  return n > 1 && n <= 10 || n === 20 || n === 100;
}

function smallNumber(w: string | undefined): number | undefined {
  if (w === undefined) return undefined;
  const c0 = w.charCodeAt(0);
  if (c0 >= 0x30 && c0 <= 0x39) return /^\d{1,3}$/.test(w) ? Number(w) : undefined;
  return SMALL_NUMBERS[w];
}

function asShare(numerator: number, denominator: number, length: number): ParsedShare | undefined {
  if (numerator <= 0 || numerator >= denominator) return undefined;
  return { percent: Math.round((numerator / denominator) * 100), length };
}

/** Whether the word at `k` is a measure, a figure or a year: what follows "of" or a determiner there names no group. */
function isMeasure(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm;
  return w !== undefined && (MEASURE_NOUNS.test(w) || /^\d/.test(w));
}

/** Whether tokens `k - 1` and `k` are separated by a space only: "a year and a half, the flag ..." takes no whole. */
function adjacent(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1], b = tokens[k];
  return a !== undefined && b !== undefined && b.start - a.end <= 1;
}

/** How many words of a whole are looked at for a measure: "a quarter of the pre-war level", "of its 1.6 million barrels". */
const WHOLE_WORDS = 4;

/**
 * Whether the words from `k` on name the whole a bare fraction ("half", "a third") is taken of: "of" or (when
 * `bareDeterminer`) a determiner, then no measure nor figure among its first words ("half the town", "a third of its
 * fighters"; not "a quarter of a century", "half of 2015", "a quarter of the pre-war level").
 */
function takesWhole(tokens: readonly Token[], k: number, bareDeterminer: boolean): boolean {
  if (!adjacent(tokens, k)) return false;
  const w = tokens[k]?.norm;
  let from: number;
  if (w === 'of') {
    const next = tokens[k + 1]?.norm;
    // "of a mile", "of a million": a measure, not a group; "of them" is one.
    if (next === undefined || next === 'a' || next === 'an') return false;
    from = k + 1;
  } else if (bareDeterminer && w !== undefined && DETERMINERS.has(w)) from = k;
  else return false;
  for (let j = from; j < Math.min(tokens.length, from + WHOLE_WORDS); j++) {
    if (isMeasure(tokens, j)) return false;
    // The whole ends at the next preposition or clause word ("half of the town in June").
    if (j > from && /^(?:of|in|on|at|by|for|from|to|and|or|but|which|that|who|was|were|is|are|had|has)$/.test((tokens[j] as Token).norm)) break;
  }
  return true;
}

/** "half", "a third", "an eighth", "one quarter" before the whole they are taken of; not after an ordinal. */
function bareFraction(tokens: readonly Token[], i: number, w: string): ParsedShare | undefined {
  const prev = tokens[i - 1]?.norm;
  if (w === 'half') {
    if (prev !== undefined && (ORDINALS_BEFORE.has(prev) || prev === 'a' || prev === 'and')) return undefined;
    return takesWhole(tokens, i + 1, true) ? { percent: 50, length: 1 } : undefined;
  }
  if (w !== 'a' && w !== 'an' && w !== 'one') return undefined;
  const part = tokens[i + 1]?.norm;
  if (part === undefined || !SINGLE_PARTS.has(part)) return undefined;
  // "one third" is a fraction as written; "a third" is one only before its whole ("a third man" is an ordinal).
  if (w === 'one' && part !== 'half') return asShare(1, PARTS[part] as number, 2);
  return takesWhole(tokens, i + 2, false) ? asShare(1, PARTS[part] as number, 2) : undefined;
}

/**
 * Reads a share starting at token i: a spoken fraction ("nine-tenths", which the tokenizer splits in two; "two thirds"),
 * a bare one before its whole ("half the town", "a quarter of the city"), or a proportion ("nine in ten", "9 out of 10").
 */
export function parseShareAt(tokens: readonly Token[], i: number): ParsedShare | undefined {
  const w = tokens[i]?.norm;
  if (w === undefined) return undefined;
  const bare = bareFraction(tokens, i, w);
  if (bare !== undefined) return bare;
  const top = smallNumber(w);
  if (top === undefined) return undefined;
  const next = tokens[i + 1]?.norm;
  if (next === undefined) return undefined;
  const part = PARTS[next];
  // A numeral before an ordinal is a date or a rank ("9 tenth-graders"): only number words make a fraction.
  if (part !== undefined) return /^\d/.test(w) ? undefined : asShare(top, part, 2);
  const outOf = next === 'out' && tokens[i + 2]?.norm === 'of' ? 3 : next === 'in' ? 2 : 0;
  if (outOf === 0) return undefined;
  const whole = smallNumber(tokens[i + outOf]?.norm);
  if (whole === undefined || !isRoundWhole(whole)) return undefined;
  // "3 in 10 days" counts days; "nine in ten residents" is a share.
  if (isMeasure(tokens, i + outOf + 1)) return undefined;
  return asShare(top, whole, outOf + 1);
}
