// The content script's topic pre-check: does the page's raw text name one of the topic gate's
// spellings? Pure string code (no DOM): one regex, compiled once per settings reply, run over
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
  for (const s of sorted) {
    const padded = ` ${s} `;
    if (!kept.some((k) => padded.includes(` ${k} `))) kept.push(s);
  }
  return kept;
}

export interface TopicMatcher {
  /** True when `text` names one of the spellings (up to the gate's folding). */
  test(text: string): boolean;
}

/** Compiles the spellings into one matcher; with no spellings nothing is about the topic. */
export function compileTopicMatcher(spellings: readonly string[]): TopicMatcher {
  const minimal = minimalSpellings(spellings);
  if (minimal.length === 0) return { test: () => false };
  const source = minimal.map((s) => s.split(' ').map(wordPattern).join(WORD_GAP)).join('|');
  const re = new RegExp(`(?:${source})`, 'g');
  const search = (text: string): boolean => {
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
      if (search(text)) return true;
      let folded = text;
      if (MARKS.test(folded)) folded = folded.replace(MARKS_ALL, '');
      if (APOSTROPHE.test(folded)) folded = folded.replace(POSSESSIVE_ALL, '').replace(APOSTROPHE_ALL, '');
      return folded !== text && search(folded);
    },
  };
}
