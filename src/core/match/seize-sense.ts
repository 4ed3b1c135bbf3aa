// "Seized the town" or "seized two hostages": the one word that names both taking a place and taking a person.
import type { Token } from '../text/tokenize.js';
import type { EntityMention } from '../entities/alias-lexicon.js';
import type { ActionMention } from './action-lexicon.js';

/** Nouns for a place, a building or a hold on ground: what is seized is then taken, nobody is detained. */
const PLACE_OBJECTS = new Set(['territory', 'territories', 'town', 'towns', 'city', 'cities', 'village', 'villages', 'centre', 'center',
  'base', 'bases', 'airbase', 'airport', 'port', 'harbour', 'harbor', 'station', 'hospital', 'hotel', 'building', 'buildings',
  'headquarters', 'compound', 'area', 'areas', 'district', 'districts', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods',
  'quarter', 'quarters', 'control', 'ground', 'land', 'positions', 'position', 'checkpoint', 'checkpoints', 'oilfield', 'oilfields',
  'field', 'fields', 'terminal', 'terminals', 'refinery', 'facility', 'facilities', 'road', 'roads', 'highway', 'bridge', 'coast',
  'outskirts', 'suburb', 'suburbs', 'hills', 'mountains', 'region', 'province', 'parts', 'part', 'most', 'much', 'half', 'swathes']);
/** Nouns for people: what is seized is then detained. */
const PERSON_OBJECTS = new Set(['hostage', 'hostages', 'man', 'men', 'woman', 'women', 'people', 'civilians', 'worker', 'workers',
  'journalist', 'journalists', 'soldier', 'soldiers', 'officer', 'officers', 'member', 'members', 'leader', 'leaders', 'commander',
  'commanders', 'suspect', 'suspects', 'migrant', 'migrants', 'resident', 'residents', 'activist', 'activists', 'him', 'her', 'them']);
/** Words that may stand between the verb and its object's head ("seized the old town centre", "seized two of its members"). */
const OBJECT_FILLERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'some', 'several', 'of',
  'two', 'three', 'four', 'five', 'dozens', 'control', 'main', 'old', 'new', 'local', 'key', 'entire', 'whole', 'large', 'big', 'small']);
/** How far past the verb the object's head may be. */
const OBJECT_REACH = 4;

/**
 * A word the lexicon lists both as taking ground and as detaining ("seize", "capture") takes ground when its object is a
 * place it names or a noun for ground or a building: "seized the town centre" detains no one, so its detention reading
 * is marked `otherSense` and shares nothing with a claim (score-claims). The mention is kept, so the sentence weighs what
 * it did before and no claim scores higher for the reading. A person as the object does not rule out the capture: a
 * claim that a party "captured key figures" is worded with the word's both readings, and "seized two commanders" is
 * that news. (A noun for people still ends the search for the object, so "seized two men near the port" is no place.)
 */
export function markSeizeSense(
  tokens: readonly Token[], entities: readonly EntityMention[], actions: readonly ActionMention[], capture: number, detain: number,
  isPlace: (entity: number) => boolean,
): void {
  if (capture < 0 || detain < 0) return;
  for (const a of actions) {
    if (a.action !== detain || a.tokenEnd !== a.token + 1) continue;
    const twin = actions.find((b) => b.action === capture && b.token === a.token);
    if (twin === undefined) continue;
    if (objectSense(tokens, entities, a.tokenEnd, isPlace) === 'place') a.otherSense = true;
  }
}

function objectSense(tokens: readonly Token[], entities: readonly EntityMention[], from: number, isPlace: (entity: number) => boolean): 'place' | 'person' | undefined {
  for (let k = from; k < Math.min(tokens.length, from + OBJECT_REACH); k++) {
    const named = entities.find((m) => m.tokenStart === k);
    if (named !== undefined) {
      if (isPlace(named.entity)) return 'place';
      // A party before the head is its owner ("seized IS positions", "captured IS fighters"): the head decides.
      k = named.tokenEnd - 1;
      continue;
    }
    const norm = (tokens[k] as Token).norm;
    if (PLACE_OBJECTS.has(norm)) return 'place';
    if (PERSON_OBJECTS.has(norm)) return 'person';
    if (!OBJECT_FILLERS.has(norm)) return undefined;
  }
  return undefined;
}
