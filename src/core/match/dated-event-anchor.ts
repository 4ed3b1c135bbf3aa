// "Since the 2011 uprising", "after the 2014 war": a past event named by its year, as a point in time.
import type { Token } from '../text/tokenize.js';
import type { ActionMention } from './action-lexicon.js';

/** Prepositions of time or cause that take a named event as their point of reference. */
const ANCHOR_PREPOSITIONS = new Set(['after', 'since', 'before', 'during', 'following', 'until', 'amid', 'by', 'in']);
const RELATIVE_OPENERS = new Set(['that', 'which', 'who']);
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * (After "the" and a year the word is a noun, "the 2011 uprising", "the 2014 fighting": no verb stands there.)
 * A deed noun named by its year after a preposition of time ("after the 2011 uprising", "interrupted by the 2011
 * revolution") dates or explains the sentence's own news: the reader is assumed to know it, the sentence does not
 * report it. It is read as a description (its keys still count for a claim that shares them); a relative clause that
 * goes on to tell the event ("the 2011 uprising that toppled Gaddafi") keeps its own deed. Page sentences only.
 */
export function markDatedEventAnchors(tokens: readonly Token[], actions: ActionMention[]): void {
  for (const a of actions) {
    if (a.descriptive === true || a.tokenEnd !== a.token + 1) continue;
    const year = tokens[a.token - 1];
    if (year === undefined || !YEAR.test(year.norm) || tokens[a.token - 2]?.norm !== 'the') continue;
    // A relative clause after it tells the event after all, in words the lexicon may not know ("that ended his rule").
    if (RELATIVE_OPENERS.has(tokens[a.token + 1]?.norm ?? '')) continue;
    if (ANCHOR_PREPOSITIONS.has(tokens[a.token - 3]?.norm ?? '')) a.descriptive = true;
  }
}
