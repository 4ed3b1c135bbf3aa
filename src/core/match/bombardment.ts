// Shelling and air strikes are the deeds of armies and armed groups: townspeople suffer them, they do not carry them
// out. A sentence whose only attack is a bombardment ("residents who have lived through a year of mortar fire", "the
// first American strike against the group") does not tell of an attack by a town's residents, however many of a
// claim's words it shares.
import type { Token } from '../text/tokenize.js';
import type { ActionMention } from './action-lexicon.js';
import type { MatchIndex } from './match-index.js';
import { AIRCRAFT_NOUNS } from './aircraft-words.js';

/** Nouns of an attack from afar or from the air: the strike itself or the machine that makes it. */
const BOMBARDMENT_NOUNS: ReadonlySet<string> = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'shellfire', 'bombardment',
  'bombardments', 'bombing', 'bombings', 'raid', 'raids', ...AIRCRAFT_NOUNS]);
/** Heavy weapons whose "fire" is a bombardment ("mortar fire", "artillery fire"); a rifle's is not. */
const HEAVY_WEAPONS: ReadonlySet<string> = new Set(['mortar', 'mortars', 'artillery', 'rocket', 'rockets', 'tank', 'tanks', 'shell', 'shells', 'missile', 'missiles']);
/** Words for the people of a place, as against an armed body. */
const CIVILIAN_NOUNS: ReadonlySet<string> = new Set(['residents', 'resident', 'locals', 'inhabitants', 'townspeople', 'townsfolk', 'civilians', 'citizens', 'population']);
/** How far (tokens) after a bombardment word its verb may come ("jets hit", "warplanes repeatedly struck"). */
const VERB_REACH = 3;

/** Whether the token at i is a bombardment word: a strike or aircraft noun, or "fire" after a heavy weapon. */
function isBombardmentWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (BOMBARDMENT_NOUNS.has(t.norm)) return true;
  return (t.norm === 'fire' || t.norm === 'barrage') && HEAVY_WEAPONS.has(tokens[i - 1]?.norm ?? '');
}

/**
 * Whether every mention of the given deeds is a bombardment: the strike or heavy-weapon fire itself ("mortar fire"), or
 * a verb just after a bombardment word, which is its subject ("Air force jets hit the convoy").
 */
export function onlyBombardment(tokens: readonly Token[], mentions: readonly ActionMention[]): boolean {
  if (mentions.length === 0) return false;
  return mentions.every((m) => {
    for (let i = m.token; i < m.tokenEnd; i++) if (isBombardmentWord(tokens, i)) return true;
    for (let i = Math.max(0, m.token - VERB_REACH); i < m.token; i++) if (isBombardmentWord(tokens, i)) return true;
    return false;
  });
}

const civiliansByIndex = new WeakMap<MatchIndex, Uint8Array>();
/** Whether entity e is a town's people (a group named "residents", "locals"); worked out once per index. */
export function isCivilianGroup(index: MatchIndex, e: number): boolean {
  let table = civiliansByIndex.get(index);
  if (table === undefined) {
    // A group one of whose names holds such a word (each alias's words are folded one by one).
    const made = new Uint8Array(index.pack.entities.length);
    for (const a of index.pack.aliases) {
      if (index.pack.entities[a.entity]?.kind === 'group' && a.folded.some((w) => CIVILIAN_NOUNS.has(w))) made[a.entity] = 1;
    }
    table = made;
    civiliansByIndex.set(index, table);
  }
  return table[e] === 1;
}
