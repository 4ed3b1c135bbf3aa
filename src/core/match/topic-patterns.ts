// The topic gate's spellings as the two search patterns of the content script's pre-check, built
// here (at build time for the bundled pack, in the background for imported ones) so content.js,
// parsed on every page the user opens, carries only pattern sources and the few lines that run
// them (src/content/topic-precheck.ts). Both patterns are compiled with `gi` and run over the page's
// text after the pre-check has folded away what the gate folds inside Latin words (accents, marks,
// apostrophes), so the Latin letters stay plain; what else the gate accepts is undone here:
// - an "al-"/"el-" prefix (the gate's foldName drops it): the hyphen is a word edge anyway;
// - Arabic: alef, ta marbuta and alef maqsura variants, a leading "ال";
// - any white space between the words of a multi-word name, and a split-off "al"/"el".
// (A class per Latin letter for its accented forms made the full pattern 12 KB of the content
// script, and its compilation took 3-15 ms on the first search of a page naming the topic.)
import { spellingCovers } from './topic-spellings.js';

/** What the content script compiles: pattern sources, never spellings. */
export interface TopicPatterns {
  /**
   * The first-word filter: the shortest distinct first words of the Latin spellings, plain ASCII,
   * as an alternation. Null when some first word is neither plain ASCII nor Arabic: the filter
   * cannot be trusted then, and the full search always runs. Empty when there are none.
   */
  firstWords: string | null;
  /** Some spelling starts with an Arabic word: a text with Arabic letters always goes on to the full search. */
  arabicFirstWords: boolean;
  /** The full pattern, longest spelling first; empty when there are no spellings. */
  full: string;
}

/** The patterns of no spellings: nothing is about a topic (a site turned off gets these). */
export const NO_TOPIC_PATTERNS: Readonly<TopicPatterns> = { firstWords: '', arabicFirstWords: false, full: '' };

const ARABIC_VARIANTS: Record<string, string> = {
  '\u0627': '\u0627\u0622\u0623\u0625\u0671', // alef and its hamza/madda/wasla forms
  '\u0647': '\u0647\u0629', // ha, ta marbuta
  '\u064A': '\u064A\u0649', // ya, alef maqsura
};
/** A letter of the Arabic block (the pre-check asks it of the page's text too). */
export const ARABIC_LETTER = /[\u0600-\u06FF]/;
const PLAIN_WORD = /^[a-z0-9]+$/;
/** Between words: white space (the gate's multi-word names are one run of words), and an optional split-off article. */
const WORD_GAP = '\\s+(?:[aAeE][lL]\\s+)?';

const escapeChar = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Letters match themselves in either case (the `i` flag); Arabic letters their written variants too. */
function charPattern(c: string): string {
  const arabic = ARABIC_VARIANTS[c];
  return arabic === undefined ? escapeChar(c) : `[${arabic}]`;
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

/**
 * The first-word filter: every hit of the full pattern starts, at a word edge, with one of the
 * spellings' first words, so one small pattern of those words (cut to the shortest: "darna" starts
 * every "darnah") tells most pages apart without the big pattern ever being compiled.
 */
function firstWordsPattern(minimal: readonly string[]): Pick<TopicPatterns, 'firstWords' | 'arabicFirstWords'> {
  const latin = new Set<string>();
  let arabic = false;
  for (const s of minimal) {
    const first = s.split(' ')[0] ?? '';
    if (PLAIN_WORD.test(first)) latin.add(first);
    else if ([...first].every((c) => ARABIC_LETTER.test(c))) arabic = true;
    else return { firstWords: null, arabicFirstWords: arabic };
  }
  const words = [...latin].filter((w) => ![...latin].some((v) => v !== w && w.startsWith(v))).sort();
  return { firstWords: words.join('|'), arabicFirstWords: arabic };
}

/** The pre-check's patterns for these spellings (any set: they are reduced to the minimal ones first). */
export function topicPatterns(spellings: readonly string[]): TopicPatterns {
  const minimal = minimalSpellings(spellings);
  if (minimal.length === 0) return { ...NO_TOPIC_PATTERNS };
  // Longest first: the alternation takes the first alternative that matches, and "darna" found
  // inside "DARNAH" fails the word-edge check without "darnah" ever being tried there.
  const longestFirst = [...minimal].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const full = `(?:${longestFirst.map((s) => s.split(' ').map(wordPattern).join(WORD_GAP)).join('|')})`;
  return { ...firstWordsPattern(minimal), full };
}
