// Text normalisation shared by matching: Unicode NFKC, quotes, dashes, diacritics, case, Arabic letter variants.
import { lookupTable } from './lookup-table.js';

const QUOTES: Record<string, string> = lookupTable({
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\u02BB': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
});
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const QUOTE_CHARS = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB`\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const COMBINING = /\p{M}/gu;
/**
 * Any character that NFKC, diacritic stripping or Arabic folding might change: everything but ASCII and the
 * curly quotes, dashes and bullets of ordinary news text (no decomposition; quotes and dashes are mapped below).
 * The no-break space is kept too: NFKC would make it a space, and the white-space collapse below does the same.
 */
const NEEDS_UNICODE_FOLDING = /[^\x00-\x7F\u00A0\u2018\u2019\u201C\u201D\u2013\u2014\u2022]/;
/** Arabic diacritics (harakat), tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Folds the Arabic letter variants that spellings of one name commonly mix. */
export function foldArabic(s: string): string {
  return s
    .replace(ARABIC_MARKS, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alef variants → alef
    .replace(/\u0629/g, '\u0647') // ta marbuta → ha
    .replace(/\u0649/g, '\u064A'); // alef maqsura → ya
}

/** Removes Latin diacritics (é → e) while keeping Arabic letters intact. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').normalize('NFC');
}

/**
 * Canonical form of a string for comparison: NFKC, straight quotes, ASCII hyphens,
 * no diacritics, lower case, collapsed white space. Length may differ from the input;
 * use it for keys, never for offsets.
 */
export function normalizeText(s: string): string {
  // Unicode normalisation, diacritics and Arabic folding leave plain text unchanged: skip them for it.
  return (NEEDS_UNICODE_FOLDING.test(s) ? foldArabic(stripDiacritics(s.normalize('NFKC'))) : s)
    .replace(QUOTE_CHARS, (c) => QUOTES[c] ?? c)
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Same-length normalisation (one UTF-16 unit in, one out) for code that must keep offsets:
 * quotes, dashes and non-breaking spaces only.
 */
export function normalizePunctuation(s: string): string {
  return s
    .replace(QUOTE_CHARS, (c) => QUOTES[c] ?? c)
    .replace(DASHES, '-')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}
