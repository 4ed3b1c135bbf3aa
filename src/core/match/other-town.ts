// Reports about another town often name the claim pack's town once, as background: a 2016 story on the fight for
// Sirte recalls that IS lost Derna the year before, then goes on about snipers, surrenders and a captured hospital in
// Sirte. The topic gate lets the whole text in, so every sentence is a candidate; this module says which sentences are
// set in a town other than a claim's, so that their snipers and surrenders are not read as the claim's.
import type { TextNames } from '../entities/text-names.js';
import { placesInsideNames } from '../entities/coreference.js';
import { isTownReference, type Lexicons, type SentenceFeatures } from './sentence-features.js';

/** Referent-index key under which the lexicon lists its towns (see `entities/coreference.ts`). */
const TOWN_KEY = 'town';
/** Characters at a text's head that hold its headline, dateline and lead, where a story names the town it is about. */
const OPENING_CHARS = 300;

/**
 * The town a text (its words and names, `readTextNames`) is about: the one it names most, counting a place inside a town (a hotel, a district) as that town
 * and a name in the text's opening (headline, dateline, lead) twice, when it is named at least twice and at least
 * twice as often as any other town. A Derna story that draws a comparison with Sirte names Derna in its headline and
 * more often; a Sirte story that recalls Derna names it once. With no such town (two towns named about as often) the
 * text has no main town, and only what each sentence names sets its scene.
 */
export function mainTownOf(text: TextNames, lex: Lexicons): number | undefined {
  const townSet = townSetOf(lex);
  if (townSet === undefined || townSet.size === 0) return undefined;
  const counts = new Map<number, number>();
  const { tokens, mentions } = text;
  // "Residents of Derna" names the town too, though the lexicon reads the longer name.
  for (const m of [...mentions, ...placesInsideNames(tokens, mentions, lex)]) {
    const town = townOf(lex, m.entity, townSet);
    if (town !== undefined) counts.set(town, (counts.get(town) ?? 0) + (m.start < OPENING_CHARS ? 2 : 1));
  }
  let best: number | undefined, top = 0, second = 0;
  for (const [town, n] of counts) {
    if (n > top) {
      second = top;
      top = n;
      best = town;
    } else if (n > second) second = n;
  }
  return top >= 2 && top >= 2 * second ? best : undefined;
}

const townSets = new WeakMap<Lexicons, ReadonlySet<number> | undefined>();
/** A claim's places (the pack's own arrays, which live as long as its index) and the towns they locate it in. */
const claimTownsCache = new WeakMap<readonly number[], ReadonlySet<number>>();

/** The lexicon's towns as a set, built once per lexicon. */
function townSetOf(lex: Lexicons): ReadonlySet<number> | undefined {
  if (townSets.has(lex)) return townSets.get(lex);
  const towns = lex.referents?.get(TOWN_KEY);
  const set = towns === undefined ? undefined : new Set(towns);
  townSets.set(lex, set);
  return set;
}

/** The town a place is or lies in (itself for a town, Derna for the Pearl Hotel), or undefined for a country or a party. */
function townOf(lex: Lexicons, entity: number, towns: ReadonlySet<number>): number | undefined {
  if (lex.places?.has(entity) !== true) return undefined;
  for (const x of lex.entityClosure[entity] ?? [entity]) if (towns.has(x)) return x;
  return undefined;
}

/** Articles a preposition may stand before the place with. */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Whether a place is named as where a movement or an attack comes from, not where the sentence's deed happens: "we
 * attacked from the top of the Green Mountains and liberated the two areas". "From" comes right before the name, or
 * before "the <noun> of" it ("from the outskirts of Sirte"). (Where a movement goes, "to Sirte", is often the claim's
 * own place: "the group's weight shifted from Derna to Sirte, where it now governs".)
 */
function namedAsOrigin(f: SentenceFeatures, tokenStart: number): boolean {
  // (No closure to skip the article: this runs per candidate claim, and a name-keeping transform renames each one.)
  let k = tokenStart - 1;
  if (ARTICLES.has(f.tokens[k]?.norm ?? '')) k--;
  if (f.tokens[k]?.norm === 'of') {
    k -= 2;
    if (ARTICLES.has(f.tokens[k]?.norm ?? '')) k--;
  }
  return f.tokens[k]?.norm === 'from';
}

/**
 * The towns of a claim, when it is located in them: every one of its places is a town, a place in one, or a place one
 * lies in (Libya). A claim that spans further ("Libya's coast, Sirte included, lies close to Europe and Italy") is not
 * located in a town, nor is one set in a country as a whole.
 */
function claimTownsOf(lex: Lexicons, claimPlaces: readonly number[], towns: ReadonlySet<number>): ReadonlySet<number> {
  const claimTowns = new Set<number>();
  for (const p of claimPlaces) {
    const t = townOf(lex, p, towns);
    if (t !== undefined) claimTowns.add(t);
  }
  for (const p of claimPlaces) {
    if (claimTowns.has(townOf(lex, p, towns) ?? -1)) continue;
    if (![...claimTowns].some((t) => (lex.entityClosure[t] ?? []).includes(p))) return new Set();
  }
  return claimTowns;
}

/**
 * Whether a sentence is set in a town none of a claim's places is in or around, so that it cannot be telling that
 * claim. `pagePlaces` are the places the sentence is set in. The sentence is elsewhere when it names a town, or a place
 * in one, as its scene (not as where a movement or an attack comes from) that is neither one of the claim's places nor
 * inside one, and names none of the claim's. In a text about a town that is not the pack's own (`topic`), that town is
 * the scene of a sentence that names no other, so a claim involving any other town needs the sentence to name it
 * ("Dozens of militants surrendered overnight" in a Sirte story is no Derna surrender). A bare "the city" is the text's
 * main town when it has one, whichever town coreference read it as ("The council said five of its fighters died around
 * the city", after a line on Benghazi in a Derna story). Only a claim located in a town is concerned: a claim set in
 * Libya as a whole holds for any Libyan town. In a text about the pack's own town the pack's claims on nearby places
 * (an army advance west of Derna) are its story, so the main town rules out nothing there.
 */
export function setInOtherTown(
  lex: Lexicons, claimPlaces: readonly number[], f: SentenceFeatures, pagePlaces: readonly number[],
  mainTown: number | undefined, topic: ReadonlySet<number>,
): boolean {
  const townSet = townSetOf(lex);
  if (townSet === undefined) return false;
  // Asked for every candidate claim of every sentence: a claim's towns are worked out once.
  let claimTowns = claimTownsCache.get(claimPlaces);
  if (claimTowns === undefined) claimTownsCache.set(claimPlaces, (claimTowns = claimTownsOf(lex, claimPlaces, townSet)));
  if (claimTowns.size === 0) return false;
  const pageTowns: number[] = [];
  for (const m of f.entities) {
    if (!pagePlaces.includes(m.entity) || namedAsOrigin(f, m.tokenStart)) continue;
    const t = mainTown !== undefined && isTownReference(f.tokens, m) ? mainTown : townOf(lex, m.entity, townSet);
    if (t !== undefined) pageTowns.push(t);
  }
  if (pageTowns.length > 0 && !pageTowns.some((t) => claimTowns.has(t))) return true;
  if (mainTown === undefined || topic.has(mainTown)) return false;
  // The story's own town goes without saying there: a claim that also involves another town (IS fighters leaving
  // Derna for Sirte, against "forces close in on IS's last blocks in Sirte") needs the sentence to name that one.
  const beyond = [...claimTowns].filter((t) => t !== mainTown);
  return beyond.length > 0 && !pageTowns.some((t) => beyond.includes(t));
}

/**
 * Whether a claim about the story's own town is left unnamed by a sentence of that story. In a text about a town that
 * is not the pack's own, every sentence is set there without saying so ("the militants still hold part of District
 * Three", "fighters captured the city's main hospital"): the pack's claim about that town sums up its place in the
 * pack's story (IS's stronghold), and a line of the other story that does not name the town by name is one of its
 * details, not that summary. "The city" read as the town does not count as naming it.
 */
export function storyTownUnnamed(
  lex: Lexicons, claimPlaces: readonly number[], f: SentenceFeatures, mainTown: number | undefined, topic: ReadonlySet<number>,
): boolean {
  if (mainTown === undefined || topic.has(mainTown)) return false;
  const townSet = townSetOf(lex);
  if (townSet === undefined) return false;
  let claimTowns = claimTownsCache.get(claimPlaces);
  if (claimTowns === undefined) claimTownsCache.set(claimPlaces, (claimTowns = claimTownsOf(lex, claimPlaces, townSet)));
  if (claimTowns.size !== 1 || !claimTowns.has(mainTown)) return false;
  return !f.entities.some((m) => !isTownReference(f.tokens, m) && townOf(lex, m.entity, townSet) === mainTown);
}
