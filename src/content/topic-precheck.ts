// The content script's topic pre-check: does the page's raw text name one of the topic gate's
// spellings? Pure string code (no DOM): a first-word filter of native string calls, then one regex
// `document.body.textContent` (no layout, unlike innerText). It only has to be a superset of the
// gate: a false "yes" costs a full run that the background then answers with `about: false`; a
// false "no" would lose marks, so every folding the gate applies is undone here:
// - case and Latin diacritics: a class per letter, both cases, precomposed accented forms included;
// - an "al-"/"el-" prefix (the gate's foldName drops it): the hyphen is a word edge anyway;
// - Arabic: alef, ta marbuta and alef maqsura variants, a leading "ال";
// - any white space between the words of a multi-word name, and a split-off "al"/"el";
// - marks and apostrophes inside a word (combining accents, harakat, tatweel, "Fata'ieh"): a
//   second search over the text with them removed, only when the first finds nothing and the
//   text has any. (Allowing them between every two letters in the one regex made it some 20 times
//   slower to compile: 15 ms on the first search of every page.)
// Word edges are checked by hand after each hit (a lookbehind in front of the alternation would be
// tried at every position of the text; without it V8 can skip ahead to the spellings' first letters).
// No `i` or `u` flag and no \p{…} class in the big pattern: with them Chromium spends some 60 ms
// building case-folded Unicode sets when it compiles the regex.
import { spellingCovers } from '../core/match/topic-spellings.js';

const LATIN_VARIANTS: Record<string, string> = {
  a: 'aàáâãäåāăąǎ', c: 'cçćĉċč', d: 'dďđ', e: 'eèéêëēĕėęě', g: 'gĝğġģ', h: 'hĥħ', i: 'iìíîïĩīĭįı',
  j: 'jĵ', k: 'kķ', l: 'lĺļľŀł', n: 'nñńņň', o: 'oòóôõöøōŏőǒ', r: 'rŕŗř', s: 'sśŝşšș', t: 'tţťŧț',
  u: 'uùúûüũūŭůűųǔ', w: 'wŵ', y: 'yýÿŷ', z: 'zźżž',
};
const ARABIC_VARIANTS: Record<string, string> = {
  '\u0627': '\u0627\u0622\u0623\u0625\u0671', // alef and its hamza/madda/wasla forms
  '\u0647': '\u0647\u0629', // ha, ta marbuta
  '\u064A': '\u064A\u0649', // ya, alef maqsura
};
const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Combining accents, Arabic harakat, superscript alef and tatweel: the gate strips them all. */
const MARKS = /[\u0300-\u036F\u064B-\u065F\u0670\u0640]/;
const MARKS_ALL = /[\u0300-\u036F\u064B-\u065F\u0670\u0640]+/g;
/** The gate drops a possessive "'s", then any apostrophe left inside a word. */
const APOSTROPHE = /['\u2019\u02BC]/;
const POSSESSIVE_ALL = /['\u2019\u02BC][sS](?![A-Za-z\u00C0-\u024F])/g;
const APOSTROPHE_ALL = /['\u2019\u02BC]/g;
/** Between words: white space (the gate's multi-word names are one run of words), and an optional split-off article. */
const WORD_GAP = '\\s+(?:[aAeE][lL]\\s+)?';
let wordChar: RegExp | undefined;
/** A letter, digit or mark (compiled on the first hit only; most pages have none). */
const isWordChar = (c: string): boolean => c !== '' && (wordChar ??= /[\p{L}\p{N}\p{M}]/u).test(c);

const escapeChar = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

function charPattern(c: string): string {
  const latin = LATIN_VARIANTS[c];
  if (latin !== undefined) return `[${latin}${latin.toUpperCase()}]`;
  const arabic = ARABIC_VARIANTS[c];
  if (arabic !== undefined) return `[${arabic}]`;
  const upper = c.toUpperCase();
  return upper !== c && upper.length === 1 ? `[${escapeChar(c)}${escapeChar(upper)}]` : escapeChar(c);
}

function wordPattern(word: string): string {
  const chars = [...word];
  if (chars.some((c) => ARABIC_LETTER.test(c))) {
    // The gate drops a leading "ال" from long Arabic words.
    return `(?:\\u0627\\u0644)?${chars.map(charPattern).join('')}`;
  }
  return chars.map(charPattern).join('');
}

/**
 * Keeps the spellings no shorter one already covers: "derna shura council" is found whenever
 * "derna" is, so only "derna" needs looking for. Word-wise containment, so "msc" does not cover "dmsc".
 */
export function minimalSpellings(spellings: readonly string[]): string[] {
  const sorted = [...new Set(spellings.map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0))]
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => spellingCovers(k, s))) kept.push(s);
  return kept;
}

export interface TopicMatcher {
  /** True when `text` names one of the spellings (up to the gate's folding). */
  test(text: string): boolean;
}

/**
 * Letters the first-word filter cannot see through by lower-casing: accented and other extended
 * Latin, combining marks, Arabic (with tatweel). A text holding any of them goes straight to the
 * full search.
 */
const NEEDS_FOLDING = /[\u00C0-\u024F\u0300-\u036F\u0600-\u06FF]/;
const PLAIN_WORD = /^[a-z0-9]+$/;

/**
 * The first-word filter: a necessary condition for the full search, made of native string calls
 * only. Every hit of the full pattern starts with one of the spellings' first words, in some case,
 * possibly with apostrophes inside (the second search drops them); so a lower-cased text, with its
 * apostrophes dropped, that contains none of those words as a substring cannot match. On a page
 * that never names the topic this is all the pre-check does: the big pattern is never compiled
 * (its compilation and first run cost 3-15 ms in a fresh tab, Chromium traces on a loaded 2-core
 * VM, against well under 1 ms for lower-casing and a few dozen indexOf calls over 60 KB).
 * Undefined when some first word is neither plain ASCII nor Arabic: the filter then cannot be
 * trusted and the full search always runs.
 */
function firstWordFilter(minimal: readonly string[]): ((text: string) => boolean) | undefined {
  const words = new Set<string>();
  for (const s of minimal) {
    const first = s.split(' ')[0] ?? '';
    if (PLAIN_WORD.test(first)) words.add(first);
    else if (![...first].every((c) => ARABIC_LETTER.test(c))) return undefined;
    // An Arabic first word can only occur in a text with Arabic letters, which NEEDS_FOLDING sends on.
  }
  const list = [...words];
  return (text) => {
    if (NEEDS_FOLDING.test(text)) return true;
    let lower = text.toLowerCase();
    if (APOSTROPHE.test(lower)) lower = lower.replace(APOSTROPHE_ALL, '');
    return list.some((w) => lower.includes(w));
  };
}

/** Compiles the spellings into one matcher; with no spellings nothing is about the topic. */
export function compileTopicMatcher(spellings: readonly string[]): TopicMatcher {
  const minimal = minimalSpellings(spellings);
  if (minimal.length === 0) return { test: () => false };
  const mayName = firstWordFilter(minimal);
  let re: RegExp | undefined;
  const search = (text: string): boolean => {
    // Longest first: the alternation takes the first alternative that matches, and "darna" found
    // inside "DARNAH" fails the word-edge check without "darnah" ever being tried there.
    if (re === undefined) {
      const longestFirst = [...minimal].sort((a, b) => b.length - a.length);
      re = new RegExp(`(?:${longestFirst.map((s) => s.split(' ').map(wordPattern).join(WORD_GAP)).join('|')})`, 'g');
    }
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const before = m.index > 0 ? text.charAt(m.index - 1) : '';
      const after = text.charAt(m.index + m[0].length);
      if (!isWordChar(before) && !isWordChar(after)) return true;
      // Not at a word edge ("Dernaville"): look again one character further on.
      re.lastIndex = m.index + 1;
    }
    return false;
  };
  return {
    test(text) {
      if (mayName !== undefined && !mayName(text)) return false;
      if (search(text)) return true;
      let folded = text;
      if (MARKS.test(folded)) folded = folded.replace(MARKS_ALL, '');
      if (APOSTROPHE.test(folded)) folded = folded.replace(POSSESSIVE_ALL, '').replace(APOSTROPHE_ALL, '');
      return folded !== text && search(folded);
    },
  };
}
