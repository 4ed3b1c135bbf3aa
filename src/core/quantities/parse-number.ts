// Number words and numerals ("two", "seventy-five", "4,000", "2.5", "a dozen", "50km") read from tokens; shares
// ("two-thirds", "nine in ten") as percentages.
import { lookupTable } from '../text/lookup-table.js';
import type { Token } from '../text/tokenize.js';
import { parseShareAt } from './parse-share.js';

const UNITS: Record<string, number> = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = lookupTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALES: Record<string, number> = lookupTable({ hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 });

export interface ParsedNumber {
  value: number;
  /** Lower bound for vague plurals: "dozens" ≥ 24, "hundreds" ≥ 200. */
  vagueMin?: number;
  /** Number of tokens consumed. */
  length: number;
  /** Unit written inside the token ("50km", "90%"). */
  inlineUnit?: string;
}

function wordValue(w: string): number | undefined {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  if (!w.includes('-')) return undefined;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m !== null && m[1] !== undefined && m[2] !== undefined && m[1] in TENS && m[2] in UNITS) {
    return (TENS[m[1]] as number) + (UNITS[m[2]] as number);
  }
  return undefined;
}

/** Words besides numerals and number words that can open a number or a share ("a dozen", "half the town", "hundreds"). */
const OTHER_OPENERS = new Set(['a', 'an', 'half', 'dozen', 'dozens', 'hundreds', 'thousands']);

/**
 * Whether parseNumberAt can read anything at a token of this word, whatever follows it: a numeral, a number word or
 * one of the words above (the first words of its readings and of parseShareAt's). A cheap test to run before it on
 * every token of a sentence, most of which open no number.
 */
export function mayOpenNumber(w: string): boolean {
  const c0 = w.charCodeAt(0);
  return (c0 >= 0x30 && c0 <= 0x39) || OTHER_OPENERS.has(w) || wordValue(w) !== undefined;
}

/** Reads a number starting at token i, or undefined. */
export function parseNumberAt(tokens: readonly Token[], i: number): ParsedNumber | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const w = t.norm;
  const share = parseShareAt(tokens, i);
  if (share !== undefined) return { value: share.percent, length: share.length, inlineUnit: '%' };
  const c0 = w.charCodeAt(0);
  const numeral = c0 >= 0x30 && c0 <= 0x39 ? /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([a-z%]+)?$/.exec(w) : null;
  if (numeral !== null) {
    let value = Number((numeral[1] ?? '').replace(/,/g, '') + (numeral[2] !== undefined ? '.' + numeral[2] : ''));
    let length = 1;
    const scale = tokens[i + 1]?.norm;
    if (scale !== undefined && scale in SCALES) {
      value *= SCALES[scale] as number;
      length++;
    }
    return numeral[3] !== undefined ? { value, length, inlineUnit: numeral[3] } : { value, length };
  }
  if (w === 'a' || w === 'an') {
    const n = tokens[i + 1]?.norm;
    if (n === 'dozen') return { value: 12, length: 2 };
    if (n === 'hundred' || n === 'thousand') return { value: SCALES[n] as number, length: 2 };
    return undefined;
  }
  if (w === 'dozen') return { value: 12, length: 1 };
  if (w === 'dozens') return { value: 24, vagueMin: 24, length: 1 };
  if (w === 'hundreds') return { value: 200, vagueMin: 200, length: 1 };
  if (w === 'thousands') return { value: 2000, vagueMin: 2000, length: 1 };
  let value = wordValue(w);
  if (value === undefined) return undefined;
  let length = 1;
  let total = 0;
  // "two hundred and fifty", "seventy five", "four thousand"
  for (;;) {
    const n = tokens[i + length]?.norm;
    if (n === undefined) break;
    if (n in SCALES) {
      value *= SCALES[n] as number;
      if ((SCALES[n] as number) >= 1000) {
        total += value;
        value = 0;
      }
      length++;
      continue;
    }
    const n2 = n === 'and' ? tokens[i + length + 1]?.norm : n;
    const v2 = n2 !== undefined ? wordValue(n2) : undefined;
    if (v2 !== undefined && (value % 100 !== 0 || value === 0 ? v2 < 10 && value % 10 === 0 && value >= 20 : true) && (value >= 20 || total > 0)) {
      value += v2;
      length += n === 'and' ? 2 : 1;
      continue;
    }
    break;
  }
  return { value: total + value, length };
}
