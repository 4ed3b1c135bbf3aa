// Quantities in a sentence with their qualifier ("at least", "more than", "between"), unit and what they count.
import type { Qualifier, Quantity } from '../pack/pack-types.js';
import type { Token } from '../text/tokenize.js';
import { stemWord } from '../text/stem-word.js';
import { mayOpenNumber, parseNumberAt } from './parse-number.js';
import { lookupTable } from '../text/lookup-table.js';

export interface QuantityMention extends Quantity {
  start: number;
  end: number;
  /** Said as a vague plural ("dozens", "hundreds"): an order of magnitude, not a figure. */
  vague?: boolean;
}

/** Built without a prototype, so a page word such as "constructor" after a figure is no unit. */
const UNIT_WORDS: Record<string, Quantity['unit']> = lookupTable({
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'miles', miles: 'miles', mi: 'miles', percent: 'percent', '%': 'percent', pc: 'percent',
  day: 'days', days: 'days', month: 'months', months: 'months', year: 'years', years: 'years',
});

/** What a quantity counts, from the verbs and nouns around it: a small, stable vocabulary. */
const COUNT_STEMS: Array<[RegExp, string]> = [
  [/^(kill|dead|die|death|slay|murder|assassinat|fatalit|massacr|shoot)/, 'killed'],
  [/^(wound|injur|hurt|casualt)/, 'wounded'],
  [/^(surrender|defect)/, 'surrendered'],
  [/^(behead|execut|decapitat)/, 'killed'],
  [/^(escap)/, 'escaped'],
  [/^(captur|detain|arrest|kidnap|abduct|captive|prisoner|hostage)/, 'captured'],
];
const EVENT_NOUNS = /^(separate|killings|attacks|strikes|airstrikes|raids|times|occasions|incidents|waves|rounds|operations|bombings|massacres|videos|reports|sides|areas|groups)$/;
const PEOPLE_STEMS = /^(fighter|militant|jihadist|member|people|person|civilian|soldier|commander|men|man|resident|migrant|worker|christian|troop|recruit|leader|figure|child|women)/;

/** Maps a pack's "counts" string onto the same vocabulary, so editorial and extracted counts compare. */
export function canonicalCounts(counts: string): string {
  const c = counts.toLowerCase();
  for (const [re, name] of COUNT_STEMS) if (re.test(c)) return name;
  if (/distance|km|mile/.test(c)) return 'distance';
  if (/percent|share|control|proportion/.test(c)) return 'share';
  if (PEOPLE_STEMS.test(c) || /fighter|member|strength/.test(c)) return 'people';
  return c;
}

export function extractQuantities(tokens: readonly Token[], text: string, textOffset: number): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayOpenNumber((tokens[i] as Token).norm)) continue;
    const n = parseNumberAt(tokens, i);
    if (n === undefined) continue;
    const tok = tokens[i] as Token;
    // Years and day numbers inside dates are not counts.
    if (/^\d{4}$/.test(tok.norm) && n.value >= 1900 && n.value <= 2100) continue;
    // A decade ("the 1990s") is a period, not a count of 1,990.
    if (/^(?:1[89]|20)\d0s$/.test(tok.norm)) continue;
    if (isDatePart(tokens, i)) continue;
    // "18:02", "at 9:30": a time of day, not a count.
    if (isClockTime(tokens, i, text, textOffset)) continue;
    // "no one would be forced to pray": the pronoun "nobody", not a count of one.
    if (n.value === 1 && tok.norm === 'one' && tokens[i - 1]?.norm === 'no') continue;
    // "one of the wounded commanders": a partitive, not a count.
    if (n.value === 1 && tokens[i + n.length]?.norm === 'of') continue;
    let qualifier: Qualifier = 'exact';
    let value: number | undefined = n.value;
    let min: number | undefined;
    let max: number | undefined;
    let end = i + n.length;
    const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.norm).join(' ');
    if (/(at least|no fewer|no less)$/.test(before) || /(least)$/.test(before)) qualifier = 'at-least';
    else if (/(more than|over|upwards of|exceeding|above)$/.test(before)) qualifier = 'more-than';
    else if (/(about|around|some|roughly|approximately|nearly|almost|estimated|close to|an estimated|circa)$/.test(before)) qualifier = 'about';
    else if (/(up to|at most|no more)$/.test(before)) qualifier = 'at-most';
    else if (/(fewer than|less than|under|below)$/.test(before)) qualifier = 'fewer-than';
    else if (n.vagueMin !== undefined) qualifier = 'at-least';
    // Ranges: "between 4,000 and 6,000", "50 - 35km", "35 to 50"
    const joiner = tokens[end]?.norm;
    const gap = tokens[end] !== undefined ? text.slice((tokens[end - 1] as Token).end - textOffset, (tokens[end] as Token).start - textOffset) : '';
    const rangeByWord = joiner === 'and' && /between$/.test(before) || joiner === 'to';
    const rangeByDash = /^\s*[-\u2013\u2014]\s*$/.test(gap) && tokens[end] !== undefined && parseNumberAt(tokens, end) !== undefined;
    let vague = n.vagueMin !== undefined;
    if (rangeByWord || rangeByDash) {
      const at = rangeByWord ? end + 1 : end;
      const second = parseNumberAt(tokens, at);
      if (second !== undefined) {
        qualifier = 'between';
        vague ||= second.vagueMin !== undefined;
        min = Math.min(n.value, second.value);
        max = Math.max(n.value, second.value);
        value = undefined;
        end = at + second.length;
        if (second.inlineUnit !== undefined && n.inlineUnit === undefined) n.inlineUnit = second.inlineUnit;
      }
    }
    let unit: Quantity['unit'] = 'people';
    const unitWord = n.inlineUnit ?? tokens[end]?.norm;
    const unitFromWord = unitWord !== undefined ? UNIT_WORDS[unitWord] : undefined;
    const figureEnd = (tokens[end - 1] as Token).end;
    // The tokenizer drops "%": "90%" is a percentage only by the character right after the figure.
    const percentSign = text.charAt(figureEnd - textOffset) === '%';
    const percentWords = n.inlineUnit === undefined ? percentUnitLength(tokens, end) : 0;
    if (percentSign || percentWords > 0) unit = 'percent';
    else if (unitFromWord !== undefined) unit = unitFromWord;
    const counts = guessCounts(tokens, i, end, unit, text, textOffset);
    // A percentage's unit words belong to the figure: "per cent" and "percent" then give the same keys.
    const mentionEnd = percentSign ? figureEnd + 1 : percentWords > 0 ? (tokens[end + percentWords - 1] as Token).end : figureEnd;
    const q: QuantityMention = { counts, unit, qualifier, start: tok.start, end: mentionEnd };
    if (value !== undefined) q.value = value;
    if (min !== undefined) q.min = min;
    if (max !== undefined) q.max = max;
    if (vague) q.vague = true;
    out.push(q);
    i = end - 1;
  }
  shareCoordinatedCounts(out, tokens);
  return out;
}

/** How many tokens from `k` spell "percent": "percent", "pc", "per cent"; 0 when they do not. */
function percentUnitLength(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.norm;
  if (w === 'per' && tokens[k + 1]?.norm === 'cent') return 2;
  return w !== undefined && UNIT_WORDS[w] === 'percent' ? 1 : 0;
}

const VERB_COUNTS = new Set(['killed', 'wounded', 'surrendered', 'escaped', 'captured']);

/**
 * "12 of its fighters and 10 civilians had been killed": both figures count the killed, though the verb
 * is far from the first. A people count joined by "and" to a following figure takes that figure's verb.
 */
function shareCoordinatedCounts(qs: QuantityMention[], tokens: readonly Token[]): void {
  for (let k = qs.length - 2; k >= 0; k--) {
    const a = qs[k] as QuantityMention, b = qs[k + 1] as QuantityMention;
    if (a.counts !== 'people' || !VERB_COUNTS.has(b.counts) || a.unit !== b.unit) continue;
    const between = tokens.filter((t) => t.start >= a.end && t.end <= b.start);
    if (between.length <= 6 && between.some((t) => t.norm === 'and') && !between.some((t) => COUNT_STEMS.some(([re]) => re.test(t.form.stem ??= stemWord(t.norm))))) a.counts = b.counts;
  }
}

/** Verbs that, with a reflexive object and a particle, mean to surrender: "gave themselves up", "handed himself over", "turned themselves in". */
const GIVE_VERBS = /^(give|gave|given|giving|gives|hand|handed|handing|hands|turn|turned|turning|turns)$/;
const REFLEXIVES = /^(themselves|himself|herself|itself|ourselves)$/;
const SURRENDER_PARTICLES = /^(up|over|in)$/;

/**
 * Whether the word at `k` begins a phrasal surrender: the deed is said without the word "surrender", yet a
 * figure of those who did it counts the same thing as "70 surrendered" (and so can agree or conflict with it).
 */
function givesSelfUp(tokens: readonly Token[], k: number): boolean {
  if (!GIVE_VERBS.test((tokens[k] as Token).norm)) return false;
  const r = tokens[k + 1]?.norm ?? '';
  const p = tokens[k + 2]?.norm ?? '';
  return REFLEXIVES.test(r) && SURRENDER_PARTICLES.test(p);
}

const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const DAY_NUMBER = /^\d{1,2}(st|nd|rd|th)?$/;
/** Words that join the two days of a range: "9 and 10 June", "June 9 to 11" (a dash, "June 9-10", is no token). */
const DAY_RANGE_JOINERS = new Set(['to', 'and', 'or']);

function isDatePart(tokens: readonly Token[], i: number, range = true): boolean {
  const t = tokens[i] as Token;
  if (!DAY_NUMBER.test(t.norm)) return false;
  const prev = tokens[i - 1]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (MONTHS.test(prev) && prev.length >= 3 || MONTHS.test(next) && next.length >= 3) return true;
  if (!range) return false;
  // The other day of a range whose first or last day sits next to its month.
  const before = DAY_RANGE_JOINERS.has(prev) ? i - 2 : i - 1;
  const after = DAY_RANGE_JOINERS.has(next) ? i + 2 : i + 1;
  return (before >= 0 && before !== i - 1 && isDatePart(tokens, before, false))
    || (after < tokens.length && after !== i + 1 && isDatePart(tokens, after, false))
    // "June 9-10": the tokenizer drops the dash; the two numbers touch it ("9, 12 killed" has a comma and a space).
    || (before === i - 1 && DAY_NUMBER.test(prev) && t.start - (tokens[before] as Token).end <= 1 && isDatePart(tokens, before, false));
}

function guessCounts(tokens: readonly Token[], i: number, end: number, unit: Quantity['unit'], text = '', textOffset = 0): string {
  if (unit === 'km' || unit === 'miles') return 'distance';
  if (unit === 'percent') return 'share';
  if (unit === 'days' || unit === 'months' || unit === 'years') return 'duration';
  // "two separate mass killings", "three times": the number counts events, not people.
  for (let k = end; k < Math.min(tokens.length, end + 3); k++) {
    if (EVENT_NOUNS.test((tokens[k] as Token).norm)) return 'count';
  }
  // Verb after the noun phrase ("seven dead", "70 militants had surrendered"), or before it ("killed two commanders").
  for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
    const t = tokens[k] as Token;
    const s = (t.form.stem ??= stemWord(t.norm));
    for (const [re, name] of COUNT_STEMS) if (re.test(s)) return name;
    if (givesSelfUp(tokens, k)) return 'surrendered';
  }
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    // The verb before must be in the same clause: not "... the beheadings," said one resident.
    const gap = text.slice((tokens[k] as Token).end - textOffset, (tokens[k + 1] as Token).start - textOffset);
    if (/[,;:"\u201C\u201D]/.test(gap)) break;
    const t = tokens[k] as Token;
    const s = (t.form.stem ??= stemWord(t.norm));
    for (const [re, name] of COUNT_STEMS) if (re.test(s)) return name;
  }
  for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
    if (PEOPLE_STEMS.test((tokens[k] as Token).norm)) return 'people';
  }
  // "the number of fighters ... had fallen to about 1,000", "IS numbers had doubled to 6,000".
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const w = (tokens[k] as Token).norm;
    if (!/^(number|numbers|strength|ranks|total|tally)$/.test(w)) continue;
    // A group's "numbers", "strength" or "ranks" are its members.
    if (/^(numbers|strength|ranks)$/.test(w)) return 'people';
    // "the number of members who had given themselves up ... at around thirty": the deed of those counted says what it counts.
    for (let j = k + 1; j < i; j++) {
      const t = tokens[j] as Token;
      const s = (t.form.stem ??= stemWord(t.norm));
      for (const [re, name] of COUNT_STEMS) if (re.test(s)) return name;
      if (givesSelfUp(tokens, j)) return 'surrendered';
    }
    for (let j = Math.max(0, k - 4); j < Math.min(i, k + 6); j++) if (PEOPLE_STEMS.test((tokens[j] as Token).norm)) return 'people';
  }
  return 'count';
}

/** Closed interval a quantity allows; "about" widens by 15%. */
export function quantityInterval(q: Quantity): [number, number] {
  const v = q.value ?? q.min ?? q.max ?? 0;
  switch (q.qualifier) {
    case 'exact': return [v, v];
    case 'about': return [v * 0.85, v * 1.15];
    case 'at-least': return [q.min ?? v, Infinity];
    case 'more-than':
    case 'over': return [(q.min ?? v) + 1e-9, Infinity];
    case 'at-most': return [-Infinity, q.max ?? v];
    case 'fewer-than': return [-Infinity, (q.max ?? v) - 1e-9];
    case 'between': return [q.min ?? v, q.max ?? v];
  }
}

/** Hours and minutes joined by a colon, with no space: "08:05", "9:30". */
const HOURS = /^(?:[01]?\d|2[0-3])$/;
const MINUTES = /^[0-5]\d$/;

/** Whether the number at token i is the hour or the minutes of a time of day ("18:02 — Photos show ..."). */
function isClockTime(tokens: readonly Token[], i: number, text: string, textOffset: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next !== undefined && HOURS.test(t.norm) && MINUTES.test(next.norm) && joinedByColon(t, next, text, textOffset)) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && HOURS.test(prev.norm) && MINUTES.test(t.norm) && joinedByColon(prev, t, text, textOffset);
}

/** Whether token b follows a right after a colon. (A module function: a closure per number is renamed each time under tsx.) */
function joinedByColon(a: Token, b: Token, text: string, textOffset: number): boolean {
  return b.start === a.end + 1 && text.charAt(a.end - textOffset) === ':';
}
