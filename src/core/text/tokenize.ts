// Word tokens with offsets into the original text, plus their normalised and case forms.
import { foldArabic, stripDiacritics } from './normalize-text.js';
import { WordMemo } from './word-memo.js';

export interface Token {
  /** The token as written. */
  surface: string;
  start: number;
  end: number;
  /** Lower case, no diacritics, straight apostrophes, possessive "'s" removed. */
  norm: string;
  /** Starts with an upper-case letter (or is in a script without case, like Arabic). */
  isCapital: boolean;
  /** All letters upper case, length 2–5: acronyms such as IS, MSC, LNA. */
  isAcronym: boolean;
  isNumber: boolean;
  /** What the surface determines, shared by every token of this spelling (per-word results are kept on it). */
  form: WordForm;
}

// Words with inner apostrophes/dots stay whole ("IS's", "4,000", "2.5"); hyphens only after an
// Arabic article ("al-Akar", "el-Gomati"): "State-held", "anti-IS", "seventy-five" split in two.
// This pattern defines a word; tokenize() finds its matches with the hand-written scan below (wordEnd), which
// gives the same words without building a match array per word.
export const WORD = /(?:(?:[Aa][lLdDrRsSzZnNtT]|[Ee][lL]|[Aa]sh|[Aa]th|[Aa]dh)[\-\u2010\u2011](?=\p{L}{2}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['\u2019\u02BC]|[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const CASELESS = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}]/u;

/**
 * What a token's surface alone determines (everything but its offsets). Later stages keep their per-word results
 * on it (each a function of `norm`), so a token reaches them without another table lookup; all fields exist from
 * the start, so every form has the same shape.
 */
export interface WordForm {
  norm: string;
  isCapital: boolean;
  isAcronym: boolean;
  isNumber: boolean;
  /** stemWord(norm), once asked for. */
  stem: string | undefined;
  /** foldName(norm), once asked for. */
  folded: string | undefined;
  /** The alias-trie key of the word as a name, once asked for (see alias-lexicon.ts). */
  nameKey: string | undefined;
}

const forms = new WordMemo<WordForm>();

function wordForm(surface: string): WordForm {
  const known = forms.get(surface);
  if (known !== undefined) return known;
  let norm = foldArabic(stripDiacritics(surface.normalize('NFKC')))
    .toLowerCase()
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  else if (norm.endsWith("'")) norm = norm.slice(0, -1);
  const first = surface.charAt(0);
  const isCapital = CASELESS.test(first) || (first !== first.toLowerCase() && first === first.toUpperCase());
  const letters = surface.replace(/['\u2019]s$/, '');
  const isAcronym = letters.length >= 2 && letters.length <= 5 && /^\p{Lu}+$/u.test(letters);
  return forms.set(surface, { norm, isCapital, isAcronym, isNumber: /^\p{N}/u.test(surface), stem: undefined, folded: undefined, nameKey: undefined });
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    // A space or an ASCII punctuation mark starts no word (nor an article: that starts with a letter); passed over
    // without the calls of wordEnd.
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (c < 0x80 && !(lower >= 0x61 && lower <= 0x7a) && !(c >= 0x30 && c <= 0x39)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (end < 0) {
      i += codePointWidth(text, i);
      continue;
    }
    const surface = text.slice(i, end);
    const f = wordForm(surface);
    out.push({
      surface, start: i + offset, end: end + offset, norm: f.norm, isCapital: f.isCapital,
      isAcronym: f.isAcronym, isNumber: f.isNumber, form: f,
    });
    i = end;
  }
  return out;
}

// Character classes of WORD, per code point: \p{L}, \p{N}, \p{M}.
const LETTER = 1, NUMBER = 2, MARK = 4, CLASSIFIED = 8;
const IS_LETTER = /^\p{L}$/u, IS_NUMBER = /^\p{N}$/u, IS_MARK = /^\p{M}$/u;
/** Per BMP code unit: its class bits, with CLASSIFIED once worked out (0: not yet asked). */
const bmpClasses = new Uint8Array(0x10000);

function classesOf(ch: string): number {
  return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0) | (IS_MARK.test(ch) ? MARK : 0);
}

/** Class bits of the code point at text[i] (a lone surrogate is a code point of its own, as in a /u regex). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return LETTER;
    return c >= 0x30 && c <= 0x39 ? NUMBER : 0;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classesOf(String.fromCharCode(c, low));
  }
  let k = bmpClasses[c] as number;
  if (k === 0) {
    k = classesOf(String.fromCharCode(c)) | CLASSIFIED;
    bmpClasses[c] = k;
  }
  return k & ~CLASSIFIED;
}

/** 2 for a surrogate pair at text[i], else 1. */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

const WORD_CHAR = LETTER | NUMBER | MARK;

/** The end of the WORD match that starts at i, or -1 when none starts there. */
function wordEnd(text: string, i: number): number {
  let j = articleEnd(text, i);
  if (j < 0) j = i;
  if ((classAt(text, j) & (LETTER | NUMBER)) === 0) return -1;
  j += codePointWidth(text, j);
  j = wordCharsEnd(text, j);
  // Inner apostrophes, and dots or commas before a digit, each followed by more word characters.
  for (;;) {
    const c = text.charCodeAt(j);
    const joins = c === 0x27 || c === 0x2019 || c === 0x2bc || ((c === 0x2e || c === 0x2c) && (classAt(text, j + 1) & NUMBER) !== 0);
    if (!joins || j + 1 >= text.length || (classAt(text, j + 1) & WORD_CHAR) === 0) return j;
    j = wordCharsEnd(text, j + 1);
  }
}

/**
 * The end of the run of word characters (letters, marks, numbers) from j. ASCII letters and digits, most of any
 * text, are read here without classAt and codePointWidth: two calls per character are much of a word's cost when the
 * scan runs as bytecode, as it mostly does in a service worker.
 */
function wordCharsEnd(text: string, j: number): number {
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      const lower = c | 0x20;
      if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
        j++;
        continue;
      }
      return j;
    }
    if ((classAt(text, j) & WORD_CHAR) === 0) return j;
    j += codePointWidth(text, j);
  }
  return j;
}

/**
 * The offset after an Arabic article and its hyphen at i ("al-", "el-", "ash-", "ad-"), when two letters follow the
 * hyphen; -1 otherwise. The spellings are tried in WORD's order, a longer one when a shorter one has no hyphen after it.
 */
function articleEnd(text: string, i: number): number {
  const c0 = text.charCodeAt(i);
  if (c0 !== 0x41 && c0 !== 0x61 && c0 !== 0x45 && c0 !== 0x65) return -1;
  const c1 = text.charCodeAt(i + 1);
  if (c0 === 0x45 || c0 === 0x65) return c1 === 0x6c || c1 === 0x4c ? hyphenThenTwoLetters(text, i + 2) : -1;
  if (TWO_LETTER_ARTICLE_SECONDS.includes(String.fromCharCode(c1))) {
    const end = hyphenThenTwoLetters(text, i + 2);
    if (end >= 0) return end;
  }
  const c2 = text.charCodeAt(i + 2);
  if (c2 === 0x68 && (c1 === 0x73 || c1 === 0x74 || c1 === 0x64)) return hyphenThenTwoLetters(text, i + 3);
  return -1;
}
const TWO_LETTER_ARTICLE_SECONDS = 'lLdDrRsSzZnNtT';

/** j + 1 when text[j] is a hyphen followed by two letters, else -1. */
function hyphenThenTwoLetters(text: string, j: number): number {
  const h = text.charCodeAt(j);
  if (h !== 0x2d && h !== 0x2010 && h !== 0x2011) return -1;
  const first = j + 1;
  if (first >= text.length || (classAt(text, first) & LETTER) === 0) return -1;
  const second = first + codePointWidth(text, first);
  return second < text.length && (classAt(text, second) & LETTER) !== 0 ? first : -1;
}
