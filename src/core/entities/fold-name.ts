// Transliteration folding of names: articles (al-/el-), vowels, doubled letters, digraphs, Arabic letter variants.
import { foldArabic } from '../text/normalize-text.js';
import { WordMemo } from '../text/word-memo.js';

const ARABIC = /\p{Script=Arabic}/u;
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|az|an|at|ath|adh)-(?=\p{L}{2})/u;

const folds = new WordMemo<string>();
const skeletons = new WordMemo<string>();

/** Folded spelling, still readable: lower case, no diacritics, no article prefix, no hyphens or apostrophes. */
export function foldName(norm: string): string {
  return folds.get(norm) ?? folds.set(norm, computeFoldName(norm));
}

function computeFoldName(norm: string): string {
  if (ARABIC.test(norm)) {
    const a = foldArabic(norm).replace(/[^\p{L}]/gu, '');
    return a.length > 4 && a.startsWith('\u0627\u0644') ? a.slice(2) : a;
  }
  return norm.replace(ARTICLE_PREFIX, '').replace(/['\-]/g, '');
}

/**
 * Consonant skeleton used to compare transliterations: Derna / Darnah / Dernah → "drn",
 * Haftar / Hifter → "hftr". Only compared for capitalised words, so English words rarely collide.
 */
export function nameSkeleton(folded: string): string {
  return skeletons.get(folded) ?? skeletons.set(folded, computeSkeleton(folded));
}

function computeSkeleton(folded: string): string {
  if (ARABIC.test(folded)) return 'ar:' + folded;
  let s = folded
    .replace(/dh/g, 'd').replace(/kh/g, 'k').replace(/gh/g, 'g').replace(/ph/g, 'f').replace(/q/g, 'k')
    .replace(/ou/g, 'u').replace(/(?<=[aeiou])h$/, '');
  const first = s.charAt(0);
  s = first + s.slice(1).replace(/[aeiouy]/g, '');
  return s.replace(/(.)\1+/g, '$1');
}
