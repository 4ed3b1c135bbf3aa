// "Announcing that nobody would be forced to pray", "declared that the city was free": the verbs that found or
// proclaim a body ("announced the formation of a council", "declared a province") also report speech, and followed
// by "that" they only introduce what was said. The clause after them holds the deed, if any: the verb itself is no
// other deed than a claim's. (It stays a key: a claim's source may tell the same announcement.)
import type { Token } from '../text/tokenize.js';
import type { ActionMention } from './action-lexicon.js';

/** Verbs of proclaiming, in the forms news copy uses, that a founding deed shares with a report of speech. */
const PROCLAIMING = new Set(['announce', 'announces', 'announced', 'announcing', 'declare', 'declares', 'declared', 'declaring',
  'proclaim', 'proclaims', 'proclaimed', 'proclaiming']);

/** Marks each one-word deed that is a verb of proclaiming introducing a "that" clause: speech, not a founding. */
export function markSpeechSense(tokens: readonly Token[], actions: readonly ActionMention[]): void {
  for (const a of actions) if (isSpeechSense(tokens, a)) a.speech = true;
}

function isSpeechSense(tokens: readonly Token[], a: ActionMention): boolean {
  if (a.tokenEnd !== a.token + 1) return false;
  if (!PROCLAIMING.has((tokens[a.token] as Token).norm)) return false;
  return tokens[a.token + 1]?.norm === 'that';
}
