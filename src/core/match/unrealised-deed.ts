// "Its troops are only days away from freeing the town", "on the verge of losing Derna": a deed said to be near is not
// yet done. News copy reports an imminent deed this way as often as with "plan to".
import type { Token } from '../text/tokenize.js';
import type { ActionMention } from './action-lexicon.js';

/** Nouns of a short time before "away from" ("days away from", "hours away from"). */
const SPAN_NOUNS = new Set(['hours', 'days', 'weeks', 'months', 'moments', 'steps']);
/** Nouns of an edge before "of" ("on the verge of", "on the brink of", "on the point of", "on the cusp of"). */
const EDGE_NOUNS = new Set(['verge', 'brink', 'point', 'cusp', 'threshold']);

/** Whether the words before token k say the deed there is near but not done. */
function nearButNotDone(tokens: readonly Token[], k: number): boolean {
  const p1 = tokens[k - 1]?.norm ?? '', p2 = tokens[k - 2]?.norm ?? '', p3 = tokens[k - 3]?.norm ?? '';
  if (p1 === 'from' && p2 === 'away' && SPAN_NOUNS.has(p3)) return true;
  // ("close to capturing" is read already: a deed after "to" is an aim.)
  return p1 === 'of' && EDGE_NOUNS.has(p2) && p3 === 'the' && tokens[k - 4]?.norm === 'on';
}

/** Marks as intended (an aim, not a report) each deed of a page sentence said to be near but not yet done. */
export function markUnrealisedDeeds(tokens: readonly Token[], actions: ActionMention[]): void {
  for (const a of actions) if (a.intended !== true && nearButNotDone(tokens, a.token)) a.intended = true;
}

/** The verbs a feared deed is told with: a sentence holding none has no feared deed (`rareWordsOf`). */
export const FEAR_VERBS: ReadonlySet<string> = new Set(['fear', 'fears', 'feared']);
/** Words before "fear" that make it a noun ("for fear of", "the fear", "through fear"). */
const FEAR_AS_NOUN_BEFORE = new Set(['for', 'of', 'the', 'a', 'through', 'with', 'in', 'out', 'by', 'no', 'their', 'its', 'his', 'her', 'without', 'amid', 'and', 'were', 'was', 'are', 'is', 'be', 'been']);

/** Where the feared clause ends. */
const FEAR_CLAUSE_END = /[,;:\u2013\u2014()]/;

/**
 * "Western officials fear the group could use Libya as a springboard for attacks": what someone fears is a danger
 * they foresee, not a deed reported. Each deed in the clause after a verb "fear" (up to the next clause mark) is
 * marked as a possibility. ("for fear of reprisals", "were feared dead" are no such verb.)
 */
export function markFearedDeeds(tokens: readonly Token[], text: string, offset: number, actions: ActionMention[]): void {
  // (A sentence with no deed has nothing to mark: most page sentences, spared the scan for "fear".)
  if (actions.length === 0) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!FEAR_VERBS.has(t.norm) || FEAR_AS_NOUN_BEFORE.has((tokens[i - 1] as Token).norm) || tokens[i + 1]?.norm === 'of' || tokens[i + 1]?.norm === 'for') continue;
    const rest = text.slice(t.end - offset);
    const stop = rest.search(FEAR_CLAUSE_END);
    const end = stop < 0 ? Infinity : t.end + stop;
    for (const a of actions) {
      const at = tokens[a.token] as Token;
      if (a.token > i && at.start < end) {
        a.intended = true;
        a.hypothetical = true;
      }
    }
  }
}
