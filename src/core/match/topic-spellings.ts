// The topic gate's exact spellings, for callers that want a cheap pre-check before annotating
// (the content script tests a page's raw text against them before extracting anything).
import type { MatchIndex } from './match-index.js';

/**
 * Every folded spelling the topic gate accepts for this index (lower case, no diacritics, Arabic
 * letter variants folded, tokens joined by one space), sorted. A text the gate accepts contains
 * one of them, up to that folding; the converse need not hold (the gate also wants capitals).
 */
export function topicSpellings(index: MatchIndex): string[] {
  return [...index.gate.spellings].filter((s) => s.length > 0).sort();
}

/**
 * Whether a page that names `shorter` always names `spelling` too, word-wise: "derna" covers
 * "derna shura council", "msc" does not cover "dmsc". Looking for `shorter` then finds both.
 */
export function spellingCovers(shorter: string, spelling: string): boolean {
  return ` ${spelling} `.includes(` ${shorter} `);
}
