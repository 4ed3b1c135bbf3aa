// Text fingerprints: hashed 8-word shingles, so a page can be recognised as one of the pack's sources.
import { normalizeText } from '../text/normalize-text.js';

const SHINGLE = 8;
export const FINGERPRINT_SIZE = 32;
const PRIME = 0x01000193;
const SPACE = 0x20;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/**
 * Any character but ASCII and punctuation that is no letter or digit before or after normalisation (no-break
 * space, curly quotes, dashes, bullet, ellipsis): a text without one has the words packAsciiWords reads.
 */
const NOT_PLAIN = /[^\x00-\x7F\u00A0\u2018\u2019\u201C\u201D\u2010-\u2015\u2022\u2026]/;
/** Per BMP code unit: 0 not yet known, 1 letter or digit, 2 neither (a cache of WORD_CHAR). */
const bmpClass = new Uint8Array(0x10000);

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let k = bmpClass[cp] as number;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    bmpClass[cp] = k;
  }
  return k === 1;
}

/**
 * The hashes of a text's 8-word shingles, all of them or those among `wanted`: FNV-1a (32-bit) over the UTF-16 units of
 * the shingle's words (maximal runs of letters and digits of the normalised text) joined by single spaces. The words
 * are packed once into one array of units, so each shingle is one pass over a slice of it. No callback per shingle:
 * a page is hashed once per annotation, mostly as bytecode, where such a call is a large share of the hashing's cost.
 */
function hashShingles(text: string, wanted: ReadonlySet<number> | undefined): Set<number> {
  const out = new Set<number>();
  const { units, starts } = NOT_PLAIN.test(text) ? packWords(normalizeText(text)) : packAsciiWords(text);
  // Math.imul read once: as bytecode, looking it up on Math for every unit took about half of this loop's time.
  const imul = Math.imul;
  for (let i = 0; i + SHINGLE < starts.length; i++) {
    let h = 0x811c9dc5;
    // The slice ends before the space that follows the shingle's last word.
    const end = (starts[i + SHINGLE] as number) - 1;
    for (let c = starts[i] as number; c < end; c++) h = imul(h ^ (units[c] as number), PRIME);
    h >>>= 0;
    if (wanted === undefined || wanted.has(h)) out.add(h);
  }
  return out;
}

/** A text's words packed into one array of UTF-16 units, each word followed by a space; `starts` ends with the total. */
interface PackedWords {
  units: Uint16Array;
  /** Offset in `units` of each word, then the end. */
  starts: number[];
}

/**
 * packWords(normalizeText(text)) for a text with no NOT_PLAIN character: its words are its runs of ASCII letters
 * and digits, lower-cased, as the normalised text's would be (its other characters are not word characters, before
 * or after normalisation; normalising one never joins or splits a word).
 */
function packAsciiWords(text: string): PackedWords {
  const units = new Uint16Array(text.length + 1);
  const starts: number[] = [];
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (!inWord) {
        starts.push(n);
        inWord = true;
      }
      units[n++] = c >= 0x30 && c <= 0x39 ? c : lower;
    } else if (inWord) {
      units[n++] = SPACE;
      inWord = false;
    }
  }
  if (inWord) units[n++] = SPACE;
  starts.push(n);
  return { units, starts };
}

function packWords(norm: string): PackedWords {
  const units = new Uint16Array(norm.length + 1);
  /** Offset in `units` of each word; a space follows each word. */
  const starts: number[] = [];
  let n = 0;
  let inWord = false;
  for (let i = 0; i < norm.length; ) {
    const cp = norm.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (isWordCodePoint(cp)) {
      if (!inWord) {
        starts.push(n);
        inWord = true;
      }
      units[n++] = norm.charCodeAt(i);
      if (width === 2) units[n++] = norm.charCodeAt(i + 1);
    } else if (inWord) {
      units[n++] = SPACE;
      inWord = false;
    }
    i += width;
  }
  if (inWord) units[n++] = SPACE;
  starts.push(n);
  return { units, starts };
}

/** Every shingle hash of a text. */
export function shingleHashes(text: string): Set<number> {
  return hashShingles(text, undefined);
}

/** The shingle hashes of a text that are among `wanted` (for recognition: only the sources' fingerprints matter). */
export function findShingles(text: string, wanted: ReadonlySet<number>): Set<number> {
  if (wanted.size === 0) return new Set<number>();
  return hashShingles(text, wanted);
}

/** The smallest shingle hashes (bottom-k sketch): a stable sample of the text. */
export function fingerprintText(text: string, size = FINGERPRINT_SIZE): number[] {
  return [...shingleHashes(text)].sort((a, b) => a - b).slice(0, size);
}
