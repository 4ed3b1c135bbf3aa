// The content script's topic pre-check: does the page's raw text (textContent: no layout, unlike
// innerText) name one of the topic gates' spellings? It folds the text as the gate folds a Latin
// word (accents and marks off, apostrophes out) and runs the two pattern sources of core
// `topicPatterns` over it (built at build time for the bundled pack, by the background for imported
// ones): the small first-word pattern on every page, the full one only after a first word was found.
// It only has to be a superset of the gate: a false "yes" costs a full run that the background then
// answers with `about: false`; a false "no" would lose marks.
// Word edges are checked by hand after each hit: a lookbehind in front of an alternation is tried
// at every position of the text (0.4 ms more on a 60 KB page), where without one V8 can skip ahead
// to the first letters. Costs quoted here are Chromium's, in a fresh tab (each page's isolated
// world compiles every regex anew).
import { ARABIC_LETTER, topicPatterns, type TopicPatterns } from '../core/match/topic-patterns.js';

let wordChar: RegExp | undefined;
/** A letter, digit or mark (compiled on the first hit of the full pattern only; most pages have none). */
const isWordChar = (c: string): boolean => c !== '' && (wordChar ??= /[\p{L}\p{N}\p{M}]/u).test(c);

const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isAsciiUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * What the gate folds inside a word: accented Latin letters, combining accents, Arabic harakat,
 * superscript alef and tatweel, apostrophes.
 */
const FOLDABLE_ALL = /[\u00C0-\u024F\u0300-\u036F\u064B-\u065F\u0670\u0640'\u2019\u02BC]/g;
/** Latin letters that NFD leaves whole, each with the letter the gate folds it to. */
const WHOLE_LETTERS: Record<string, string> = { đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ŧ: 't', Ŧ: 'T' };

const foldChar = (c: string): string => {
  const code = c.charCodeAt(0);
  // A precomposed Latin letter becomes its base letter; marks and apostrophes go.
  if (code < 0xc0 || code > 0x24f) return '';
  return WHOLE_LETTERS[c] ?? c.normalize('NFD').charAt(0);
};

/**
 * The text as the patterns see it: accents and marks off the letters, apostrophes out of the words
 * ("Fata’ieh" is "fataieh" to the gate). One pass, a call per foldable character: normalising the
 * whole text (NFD, then removing the marks and the apostrophes) cost 0.9 ms on a 60 KB English page
 * with a few accented names. An apostrophe also ends an elided article ("l’Derna"), and a possessive
 * stays on its word ("Dernas"), so the edge checks below allow for both.
 */
const foldText = (text: string): string => text.replace(FOLDABLE_ALL, foldChar);

/**
 * Whether a hit at `index` starts a word. After a small letter, anything but another small letter
 * or a digit does ("lDerna", "lدرنة": an elided article whose apostrophe the fold took out).
 */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  if (isAsciiLower(before)) {
    const first = text.charCodeAt(index);
    return !isAsciiLower(first) && !isAsciiDigit(first);
  }
  if (isAsciiUpper(before) || isAsciiDigit(before)) return false;
  return !isWordChar(text.charAt(index - 1));
}

/** Whether a hit ending at `end` ends a word, a folded possessive "s" allowed ("Dernas"). */
function endsWord(text: string, end: number): boolean {
  const after = text.charAt(end);
  if (!isWordChar(after)) return true;
  return (after === 's' || after === 'S') && !isWordChar(text.charAt(end + 1));
}

export interface TopicMatcher {
  /** True when `text` names one of the spellings (up to the gate's folding). */
  test(text: string): boolean;
}

/**
 * The first-word filter: one plain pattern of the spellings' first words, case-insensitive, with
 * the word start checked by char code after each hit. Cold in a fresh tab it costs about 0.5 ms on
 * a 60 KB page; the two it replaces cost 1.0-1.3 ms (lower-casing plus an indexOf per word) and 2-3
 * ms (a class per letter for the accents, marks and apostrophes between letters: V8 compiles a long
 * pattern to native code on its first run over a long text).
 */
function firstWordFilter(patterns: TopicPatterns): ((folded: string) => boolean) | undefined {
  if (patterns.firstWords === null) return undefined;
  const re = patterns.firstWords === '' ? undefined : new RegExp(patterns.firstWords, 'gi');
  const arabic = patterns.arabicFirstWords;
  return (folded) => {
    if (arabic && ARABIC_LETTER.test(folded)) return true;
    if (re === undefined) return false;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const before = m.index === 0 ? 0x20 : folded.charCodeAt(m.index - 1);
      // Only ASCII letters and digits count as inside a word here: the filter may say "maybe" more often, never less.
      const inWord = isAsciiLower(before) ? !isAsciiUpper(folded.charCodeAt(m.index)) : isAsciiUpper(before) || isAsciiDigit(before);
      if (!inWord) return true;
      // Inside a longer word ("underneath" holds "derne"): look again one character further on.
      re.lastIndex = m.index + 1;
    }
    return false;
  };
}

/** Compiles the patterns into one matcher; with no spellings nothing is about the topic. */
export function compileTopicPatterns(patterns: TopicPatterns): TopicMatcher {
  if (patterns.full === '') return { test: () => false };
  const mayName = firstWordFilter(patterns);
  let re: RegExp | undefined;
  return {
    test(text) {
      const folded = foldText(text);
      if (mayName !== undefined && !mayName(folded)) return false;
      re ??= new RegExp(patterns.full, 'gi');
      re.lastIndex = 0;
      for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
        if (startsWord(folded, m.index) && endsWord(folded, m.index + m[0].length)) return true;
        // Not at a word edge ("Dernaville"): look again one character further on.
        re.lastIndex = m.index + 1;
      }
      return false;
    },
  };
}

/** The matcher for a set of spellings (tests and tools; content.js gets its patterns ready-made). */
export function compileTopicMatcher(spellings: readonly string[]): TopicMatcher {
  return compileTopicPatterns(topicPatterns(spellings));
}
