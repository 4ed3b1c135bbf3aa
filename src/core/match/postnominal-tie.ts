// "Forces loyal to General Haftar", "the army loyal to the eastern government": a word of allegiance right after a
// noun for fighters or an armed body, and before "to" or "with", tells who that body
// is, not a deed of pledging or supporting that the sentence reports. Its deed is elsewhere ("... have tightened a
// cordon", "... said the militants had fled"). The check on the name after it (see markDescriptive) misses these when
// a title or an unnamed description ("the eastern government") comes first.
import type { Token } from '../text/tokenize.js';
import type { EntityMention } from '../entities/alias-lexicon.js';
import type { ActionMention } from './action-lexicon.js';
import { AIRCRAFT_NOUNS } from './aircraft-words.js';

/**
 * Words of allegiance that, after a noun, describe it: "forces loyal to". ("Allied", "linked", "affiliated",
 * "aligned" were tried and cost a right mark: src/core/README.md, round 20.)
 */
const TIE_WORDS = new Set(['loyal']);
/** Nouns for fighters and armed bodies that such a word describes. */
const ARMED_NOUNS = new Set(['forces', 'force', 'troops', 'army', 'armies', 'militia', 'militias', 'fighters', 'militants', 'gunmen',
  'soldiers', 'units', 'unit', 'brigade', 'brigades', 'groups', 'group', 'factions', 'faction', 'men', 'police', 'guards',
  ...AIRCRAFT_NOUNS]);
/** How many words after "to" the described party's name may start ("loyal to Gen. Khalifa Hifter"). */
const NAME_REACH = 3;

/** Marks each such word of allegiance as a description, of the party named just after it when there is one. */
export function markPostnominalTies(tokens: readonly Token[], entities: readonly EntityMention[], actions: readonly ActionMention[]): void {
  for (const a of actions) {
    if (a.descriptive === true || a.tokenEnd !== a.token + 1) continue;
    if (!TIE_WORDS.has((tokens[a.token] as Token).norm)) continue;
    if (!ARMED_NOUNS.has(tokens[a.token - 1]?.norm ?? '')) continue;
    const next = tokens[a.tokenEnd]?.norm;
    if (next !== 'to' && next !== 'with') continue;
    a.descriptive = true;
    const named = entities.find((m) => m.tokenStart > a.tokenEnd && m.tokenStart <= a.tokenEnd + NAME_REACH);
    if (named !== undefined) a.describes = named.entity;
  }
}
