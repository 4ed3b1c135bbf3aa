// "No casualty figures were available", "there was no word on casualties": wire copy says that a count or report is
// missing. The deed word inside ("casualty") is then neither reported nor denied: nothing is known of it either way.
import type { Token } from '../text/tokenize.js';
import type { ActionMention } from './action-lexicon.js';

/** Nouns for a report or a count of a deed ("casualty figures", "death toll", "details"). */
const REPORT_NOUNS = new Set(['figure', 'figures', 'toll', 'tolls', 'count', 'counts', 'details', 'report', 'reports', 'word', 'information', 'estimate', 'estimates', 'number', 'numbers']);
/** Words that may stand between "no" and the deed word ("no immediate casualty figures"). */
const FILLERS = new Set(['immediate', 'official', 'independent', 'reliable', 'firm', 'precise', 'exact', 'confirmed', 'further']);

/**
 * Marks the deeds a sentence names only inside a missing report: "no [immediate] <deed> <report noun>" and "no
 * [immediate] <report noun> on|of <deed>". They are read as unasserted (like a possibility): what is missing is the
 * report, so the sentence neither tells nor denies the deed.
 */
export function markAbsentReports(tokens: readonly Token[], actions: ActionMention[]): void {
  for (const a of actions) {
    let k = a.token - 1;
    // "no word on casualties", "no details of the attack"
    if (tokens[k]?.norm === 'on' || tokens[k]?.norm === 'of') {
      if (tokens[k - 1]?.norm === 'the') k--;
      if (!REPORT_NOUNS.has(tokens[k - 1]?.norm ?? '')) continue;
      k -= 2;
    } else if (!REPORT_NOUNS.has(tokens[a.tokenEnd]?.norm ?? '')) continue;
    while (k >= 0 && FILLERS.has((tokens[k] as Token).norm)) k--;
    if (tokens[k]?.norm !== 'no') continue;
    a.negated = false;
    a.intended = true;
    a.hypothetical = true;
  }
}
