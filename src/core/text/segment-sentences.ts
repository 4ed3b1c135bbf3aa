// Sentence segmentation with exact offsets: Intl.Segmenter plus the fixes news text needs.

export interface SentenceSpan {
  /** text === original.slice(start, end); trimmed of surrounding white space. */
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'col', 'gen', 'lt', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'brig', 'cmdr', 'gov',
  'sen', 'rep', 'pres', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'est', 'fig', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'u.s.a',
  'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp', 'dept', 'sheikh', 'rev', 'hon',
]);
/** These may end a sentence when what follows looks like a new sentence; others never do. */
const SOFT = new Set(['no', 'u.s', 'u.k', 'u.n', 'u.s.a', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp', 'est', 'jr', 'sr']);
/** Words that typically start a sentence after a soft abbreviation. */
const SENTENCE_STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'this', 'that', 'these', 'those', 'there', 'however', 'meanwhile']);

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/**
 * Line blocks are handed to the segmenter in runs of up to this many characters. Each call has a set-up cost, so
 * fewer calls are cheaper; but each segment it yields costs time in proportion to the length of the text it was
 * given, so one call over a long page would be quadratic.
 */
const SEGMENTER_RUN = 1024;

export function segmentSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  // Non-blank blocks: a blank one (the empty line between paragraphs) trims to nothing.
  const blocks = splitBlocks(text).filter(([s, e]) => !isBlank(text, s, e));
  for (let first = 0; first < blocks.length; ) {
    // A run of blocks goes to the segmenter as the one slice of text that holds them. The breaks inside a block are
    // the same as when it is segmented alone: the segmenter always breaks after a line or paragraph separator
    // (UAX #29, SB4) and none of its rules looks across one, so the text around a block never moves a break in it.
    let last = first;
    const runStart = (blocks[first] as [number, number])[0];
    while (last + 1 < blocks.length && (blocks[last + 1] as [number, number])[1] - runStart <= SEGMENTER_RUN) last++;
    const breaks = sentenceBreaks(text, runStart, (blocks[last] as [number, number])[1]);
    let next = 0;
    for (let b = first; b <= last; b++) {
      const [blockStart, blockEnd] = blocks[b] as [number, number];
      const pieces: Array<[number, number]> = [];
      while (next < breaks.length && (breaks[next] as number) <= blockStart) next++;
      let from = blockStart;
      for (; next < breaks.length && (breaks[next] as number) < blockEnd; next++) {
        pieces.push([from, breaks[next] as number]);
        from = breaks[next] as number;
      }
      pieces.push([from, blockEnd]);
      // Merge pieces the segmenter cut after an abbreviation, an initial, or before a lower-case continuation.
      const merged: Array<[number, number]> = [];
      for (const piece of pieces) {
        const prev = merged[merged.length - 1];
        if (prev !== undefined && shouldJoin(text.slice(prev[0], prev[1]), text.slice(piece[0], piece[1]))) {
          prev[1] = piece[1];
        } else {
          merged.push([piece[0], piece[1]]);
        }
      }
      for (const [s, e] of merged) pushTrimmed(text, s, e, out);
    }
    first = last + 1;
  }
  return out;
}

/** Offsets in `text` where the segmenter, given text[start, end), starts a new sentence (after `start`), ascending. */
function sentenceBreaks(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (const seg of getSegmenter().segment(text.slice(start, end))) if (seg.index > 0) out.push(start + seg.index);
  return out;
}

/** Line blocks: a newline ends a block unless the line plainly continues (lower-case or comma before, lower-case after). */
function splitBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  const re = /\r?\n|\r|\u2028|\u2029/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(start, m.index - 1), m.index);
    const after = text.charAt(m.index + m[0].length);
    const continues = /[\p{Ll},;]/u.test(before) && /\p{Ll}/u.test(after);
    if (!continues) {
      blocks.push([start, m.index]);
      start = m.index + m[0].length;
    }
  }
  blocks.push([start, text.length]);
  return blocks;
}

function shouldJoin(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (n.length === 0) return true;
  if (p.length === 0) return false;
  // A continuation starting in lower case, a digit after a dot (decimals), or closing punctuation.
  if (/^[\p{Ll}]/u.test(n) && /[.]$/.test(p)) return true;
  // '"Why?" he asked.': a quoted question or exclamation goes on with its attribution.
  if (/^[\p{Ll}]/u.test(n) && /[?!]["'\u201D\u2019)\]]+$/u.test(p)) return true;
  if (/^[)\]}\u201D\u2019,;:]/u.test(n)) return true;
  // A straight quote closes the sentence before only when no word follows it: 'sources. "We now hold ...' opens a quote.
  if (/^["'](?![\p{L}\p{N}])/u.test(n)) return true;
  if (!p.endsWith('.')) return false;
  const lastWord = wordBeforeFinalDot(p).toLowerCase();
  // Single initials: "Abu B. al-Baghdadi", "J. Smith".
  if (/^\p{L}$/u.test(lastWord)) return true;
  if (ABBREVIATIONS.has(lastWord)) {
    if (!SOFT.has(lastWord)) return true;
    const firstNext = /^[\p{L}]+/u.exec(n)?.[0]?.toLowerCase() ?? '';
    return !SENTENCE_STARTERS.has(firstNext);
  }
  return false;
}

const LETTER = /^\p{L}$/u;

/**
 * The run of letters and dots before the final full stop of `p` (which ends with one), as /([\p{L}.]+)\.$/u
 * would capture it; scanned backwards, since that regex retries from every start position of a long sentence.
 */
function wordBeforeFinalDot(p: string): string {
  const end = p.length - 1;
  let j = end;
  while (j > 0) {
    const c = p.charCodeAt(j - 1);
    if (c === 0x2e || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      j--;
      continue;
    }
    if (c < 0x80) break;
    // A non-ASCII code point ending at j - 1 (a surrogate pair counts as one).
    let width = 1;
    let cp = c;
    if (c >= 0xdc00 && c <= 0xdfff && j >= 2) {
      const hi = p.charCodeAt(j - 2);
      if (hi >= 0xd800 && hi <= 0xdbff) {
        cp = ((hi - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (!LETTER.test(String.fromCodePoint(cp))) break;
    j -= width;
  }
  return p.slice(j, end);
}

const NOT_SPACE = /\S/g;

/** Whether text[start, end) is all white space (as pushTrimmed's /\s/ reads it). */
function isBlank(text: string, start: number, end: number): boolean {
  NOT_SPACE.lastIndex = start;
  const m = NOT_SPACE.exec(text);
  return m === null || m.index >= end;
}

function pushTrimmed(text: string, s: number, e: number, out: SentenceSpan[]): void {
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
