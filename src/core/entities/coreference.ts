// Coreference by recency, cheap: a bare "the council", "the group", "the alliance", "the army" (or "council
// fighters", "a council spokesman") stands for the most recently named organisation that such a noun can
// name. Which organisations a noun can name comes from the alias lexicon itself: an organisation one of whose
// spellings contains the noun ("Shura Council", "Islamic State group", "Libyan army"); nouns for alliances
// also name councils and coalitions. No organisation named earlier in the text: no resolution.
import { findEntityMentions, type AliasTrie, type CompiledAlias, type EntityMention } from './alias-lexicon.js';
import { twoLastNamed, twoSidesPhraseAt } from './two-sides.js';
import type { Token } from '../text/tokenize.js';

/** Head noun (singular, as the page writes it after "the") → the alias words that let an organisation be named by it. */
const HEAD_NOUNS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['council', ['council']],
  ['group', ['group']],
  ['alliance', ['alliance', 'coalition', 'council', 'front']],
  ['coalition', ['alliance', 'coalition', 'council', 'front']],
  ['brigade', ['brigade', 'brigades']],
  ['army', ['army']],
  ['military', ['military', 'army']],
  ['agency', ['agency']],
  ['organisation', ['organisation', 'organization']],
  ['organization', ['organisation', 'organization']],
  ['movement', ['movement']],
]);
const PLURALS: ReadonlyMap<string, string> = new Map([
  ['councils', 'council'], ['groups', 'group'], ['brigades', 'brigade'], ['armies', 'army'], ['agencies', 'agency'],
]);

/** Words after an attributive noun that make "council fighters", "group spokesman" a reference to an organisation. */
const ROLE_AFTER = new Set([
  'spokesman', 'spokesperson', 'spokeswoman', 'fighter', 'fighters', 'force', 'forces', 'commander', 'commanders',
  'official', 'officials', 'member', 'members', 'leader', 'leaders', 'statement', 'militant', 'militants', 'troops', 'men', 'police',
]);
const DETERMINERS = new Set(['the', 'this', 'that']);
/** Nouns for what an armed body holds: a bare organisation noun before them ("council positions") is that organisation. */
const HOLDINGS_AFTER = new Set(['position', 'positions', 'checkpoint', 'checkpoints', 'unit', 'units', 'base', 'bases', 'headquarters', 'lines', 'territory', 'stronghold', 'strongholds']);
/** Modifiers between a determiner and a noun for members that keep it a reference back ("the remaining jihadists"). */
const MEMBER_MODIFIERS = /^(?:remaining|last|surviving|retreating|fleeing|defeated|besieged|few|other|same|foreign|local)$/;
const MEMBER_DETERMINERS = new Set(['the', 'these', 'those']);
/** Referent-index key under which every organisation is listed, for possessive pronouns. */
const POSSESSIVE_KEY = 'its';
/** Referent-index key for towns, which a bare "the city", "the town", "the coastal city" names. */
const TOWN_KEY = 'town';
/** Characters of text within which a town named before another counts as named in the same passage. */
const NEAR_CHARS = 200;
/** Characters of text (about two sentences) after which another town named in passing no longer stands for "the city". */
const PASSING_CHARS = 300;
/** Characters of text (about four sentences) without the main town after which a story has left it for another town. */
const LEFT_CHARS = 800;
/** Nouns for a settlement: after "the" (and at most two lower-case modifiers) they name the town last named. */
const TOWN_NOUNS = new Set(['city', 'town', 'port', 'village']);
/** Referent-index key prefix for a town's facility noun ("prison"): its value lists facility, town, facility, town ... */
const FACILITY_KEY = 'facility:';
/** Determiners after which a facility noun is one already known to the reader: "the prison", "its prison". */
const FACILITY_DETERMINERS = new Set(['the', 'its']);
/** Prepositions that place an indefinite facility in a town: "a prison inside the city", "a hospital in Derna". */
const LOCATING = new Set(['in', 'inside', 'within']);
/** A possessive word: "the city's", "Derna’s". */
const POSSESSIVE_END = /['\u2019]s$/i;
/** Referent-index key for armed non-state groups, which a bare "the militants" or "the jihadists" names. */
const ARMED_KEY = 'militants';
/**
 * Plural nouns for the members of an armed group: "the jihadists", "the extremists" after a named group stand
 * for it (news copy avoids repeating a name). Only after a determiner: "Islamist militants" introduces new people.
 * Not "the gunmen": news copy calls attackers gunmen when it cannot say whose they are, so "the gunmen" points back to
 * those unnamed attackers ("gunmen shot two council commanders ... the gunmen followed him to hospital"), not to the
 * group named most, which is often their victims'.
 */
const MEMBER_NOUNS = new Set(['militants', 'jihadists', 'jihadis', 'extremists', 'insurgents', 'fighters', 'rebels', 'islamists']);
/** Name words that mark an organisation as an armed non-state group (whose members are "militants", not "troops"). */
const ARMED_NAME_WORDS = new Set(['state', 'isis', 'isil', 'daesh', 'mujahideen', 'mujahedeen', 'mujahidin', 'brigade', 'brigades', 'ansar', 'qaeda', 'qaida', 'front', 'militia', 'jihad', 'shabaab', 'taliban', 'boko', 'haram', 'nusra', 'martyrs']);

/** Referent-index key for people the lexicon names one by one, whom "he" or "she" opening a sentence can stand for. */
const PERSON_KEY = 'person';
/** Referent-index key for named bodies of people that are no organisation ("Islamist militias", "Derna's residents"). */
const PEOPLE_KEY = 'people';
/** Quantifiers that, alone or before "of them", stand for the members of a party named just before ("Many fled"). */
const QUANTIFIERS = new Set(['many', 'some', 'others', 'most', 'several', 'few']);
/** Pronouns after a quantifier's "of" that point back: "most of them", "some of those". */
const BACK_PRONOUNS = new Set(['them', 'those', 'these']);
/**
 * Words that can follow a quantifier used as a pronoun, where a noun would follow a quantifier used as a determiner
 * ("Many were captured", "Others later returned"; not "Many residents"). A deed right after it counts too.
 */
const AFTER_PRONOUN = new Set([
  'were', 'are', 'was', 'have', 'had', 'has', 'will', 'would', 'could', 'may', 'might', 'did', 'also', 'still', 'later',
  'then', 'reportedly', 'apparently', 'eventually', 'quickly', 'simply', 'never', 'soon',
]);
/** Verbs after which an opening "it" is a dummy subject ("It is unclear ...", "It seems ..."), not an organisation. */
const DUMMY_IT_VERBS = new Set(['is', 'was', "'s", 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'takes', 'took', 'became', 'becomes', 'would', 'will']);

/** Head noun → organisation indices that it can name. Built once per lexicon from the compiled aliases. */
export type ReferentIndex = ReadonlyMap<string, readonly number[]>;

/**
 * The parties the sentence just before was about (its subject), for a reference that opens the next sentence ("They
 * withdrew overnight"), and the token indices where the lexicon finds a deed in the sentence being read.
 */
export interface OpeningContext {
  carried: readonly number[];
  deedStarts: ReadonlySet<number>;
}

export function buildReferentIndex(
  aliases: readonly CompiledAlias[], isOrganisation: (entity: number) => boolean, isTown: (entity: number) => boolean = () => false,
  isPerson: (entity: number) => boolean = () => false, isPeople: (entity: number) => boolean = () => false,
): ReferentIndex {
  const byWord = new Map<string, Set<number>>();
  for (const a of aliases) {
    if (!isOrganisation(a.entity) || a.folded.length < 2) continue;
    for (const w of a.folded) {
      const s = byWord.get(w) ?? new Set<number>();
      s.add(a.entity);
      byWord.set(w, s);
    }
  }
  const out = new Map<string, number[]>();
  // A possessive "its" ("its fighters") can stand for any organisation.
  const organisations = new Set<number>();
  for (const a of aliases) if (isOrganisation(a.entity)) organisations.add(a.entity);
  if (organisations.size > 0) out.set(POSSESSIVE_KEY, [...organisations]);
  const armed = new Set<number>();
  for (const a of aliases) if (isOrganisation(a.entity) && a.folded.some((w) => ARMED_NAME_WORDS.has(w))) armed.add(a.entity);
  if (armed.size > 0) out.set(ARMED_KEY, [...armed]);
  const towns = new Set<number>();
  for (const a of aliases) if (isTown(a.entity)) towns.add(a.entity);
  if (towns.size > 0) out.set(TOWN_KEY, [...towns]);
  const persons = new Set<number>(), peoples = new Set<number>();
  for (const a of aliases) {
    if (isPerson(a.entity)) persons.add(a.entity);
    if (isPeople(a.entity)) peoples.add(a.entity);
  }
  if (persons.size > 0) out.set(PERSON_KEY, [...persons]);
  if (peoples.size > 0) out.set(PEOPLE_KEY, [...peoples]);
  for (const [noun, pairs] of townFacilities(aliases, towns)) out.set(FACILITY_KEY + noun, pairs);
  for (const [noun, words] of HEAD_NOUNS) {
    const set = new Set<number>();
    for (const w of words) for (const e of byWord.get(w) ?? []) set.add(e);
    if (set.size > 0) out.set(noun, [...set]);
  }
  return out;
}

/** The first carried party that one of `keys` can refer to, when a deed comes right after `end`; -1 when none. */
function carriedReferent(carried: readonly number[], referents: ReferentIndex, opening: OpeningContext | undefined, end: number, keys: readonly string[]): number {
  if (!hasDeedSoonAfter(opening?.deedStarts, end)) return -1;
  for (const e of carried) if (keys.some((k) => referents.get(k)?.includes(e) === true)) return e;
  return -1;
}

/** Per referent index: every word at which the loop of resolveBareNouns can find a reference (see triggerWords). */
const triggersByReferents = new WeakMap<ReferentIndex, ReadonlySet<string>>();

/**
 * The words at which resolveBareNouns can find a reference, each test of its loop in turn: the pronouns and
 * possessives it reads, the first words of "both sides" and "the two sides", the member and town nouns, the
 * facility nouns and nouns (plurals included) the referent index knows. Any other word is passed over at the cost of
 * one lookup, in a loop that reads every word of every sentence; the tests themselves decide as before.
 */
function triggerWords(referents: ReferentIndex): ReadonlySet<string> {
  let words = triggersByReferents.get(referents);
  if (words === undefined) {
    const made = new Set<string>(['its', 'their', 'them', 'they', 'both', 'the', ...MEMBER_NOUNS, ...TOWN_NOUNS, ...PLURALS.keys()]);
    for (const key of referents.keys()) made.add(key.startsWith(FACILITY_KEY) ? key.slice(FACILITY_KEY.length) : key);
    words = made;
    triggersByReferents.set(referents, words);
  }
  return words;
}

/**
 * Mentions for bare organisation nouns in `tokens`, resolved to the most recent candidate named before them
 * (a possessive before `frontedEnd`, the token after a sentence-opening phrase's comma, to the subject after it):
 * `recent` gives, per entity, the offset of its last mention earlier in the text (previous sentences).
 * Mentions already found in this sentence count as more recent.
 */
export function resolveBareNouns(
  tokens: readonly Token[], mentions: readonly EntityMention[], referents: ReferentIndex, recent: ReadonlyMap<number, number> | undefined,
  frontedEnd = -1, opensWithQuote = false, counts?: ReadonlyMap<number, number>, opening?: OpeningContext,
): EntityMention[] {
  const out: EntityMention[] = [];
  if (referents.size === 0) return out;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
  // A reference that opens the sentence is its subject, and a subject carries on the one of the sentence before: that
  // sentence's subject, when it has one of the right kind, rather than whichever name came last in it. (Not in a
  // quote: a speaker's "they" is whoever the speaker has in mind.)
  const carried = opening === undefined || opensWithQuote ? [] : opening.carried;
  // Only as the subject of a deed the lexicon knows, told right after the reference ("They withdrew", "Many were later
  // captured"): otherwise the carried name would be all the sentence shares with a claim, and names alone make the
  // weakest matches ("He regards all Islamists as terrorists, and his allies ...").
  // (carriedReferent, a module function: a closure made per sentence is renamed each time by a name-keeping transform.)
  if (carried.length > 0 && covered[0] !== 1) {
    const span = openingPronoun(tokens, covered, opening?.deedStarts);
    const best = span === undefined ? -1 : carriedReferent(carried, referents, opening, span.end, span.keys);
    if (span !== undefined && best >= 0) {
      out.push({ entity: best, start: (tokens[0] as Token).start, end: (tokens[span.end - 1] as Token).end, tokenStart: 0, tokenEnd: span.end });
      covered.fill(1, 0, span.end);
    }
  }
  const triggers = triggerWords(referents);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] === 1) continue;
    const t = tokens[i] as Token;
    if (!triggers.has(t.norm)) continue;
    const next = tokens[i + 1];
    // "its residents", "its young men": the people of the town named last (an organisation has members, not residents).
    if (t.norm === 'its' && townsPeople(tokens, i + 1)) {
      const towns = referents.get(TOWN_KEY);
      const best = towns === undefined ? -1 : mostRecent(towns, i, mentions, out, recent);
      if (best >= 0) out.push(tokenMention(best, t, i));
      continue;
    }
    // "its fighters", and "Their commanders ..." opening a sentence: the members of the organisation last named
    // (a "their" further on more often points back to people named in the same sentence).
    // ("its religious police", "its foreign fighters": one lower-case modifier may come between. Not "its own
    // troops": that stresses the subject of its clause, which the lexicon may not know.)
    // (The member test runs only after a possessive: it is a regex on the next word.)
    if ((t.norm === 'its' || (t.norm === 'their' && i === 0)) && next !== undefined
      && (ROLE_AFTER.has(next.norm) || (/^[a-z-]+$/.test(next.surface) && next.norm !== 'own' && ROLE_AFTER.has(tokens[i + 2]?.norm ?? '')))) {
      const orgs = referents.get(POSSESSIVE_KEY);
      // "After the killing of its commanders, the council ...": a possessive in a fronted phrase, with no
      // organisation named before it in the sentence, points forward to the subject right after the comma.
      const ahead = orgs === undefined || i >= frontedEnd ? -1 : frontedSubject(orgs, i, mentions, frontedEnd);
      const opener = i === 0 ? carriedReferent(carried, referents, opening, ROLE_AFTER.has(next.norm) ? 2 : 3, [POSSESSIVE_KEY]) : -1;
      const best = ahead >= 0 ? ahead : opener >= 0 ? opener : orgs === undefined ? -1 : mostRecent(orgs, i, mentions, out, recent);
      if (best >= 0) out.push(tokenMention(best, t, i));
      continue;
    }
    // "the two sides", "both camps": the two armed groups named last.
    const sides = twoSidesPhraseAt(tokens, i);
    if (sides > 0) {
      const armed = referents.get(ARMED_KEY);
      const pair = armed === undefined ? [] : twoLastNamed(armed, i, mentions, recent);
      if (pair.length === 2) {
        const end = tokens[i + sides - 1] as Token;
        for (const e of pair) out.push({ entity: e, start: t.start, end: end.end, tokenStart: i, tokenEnd: i + sides });
        covered.fill(1, i, i + sides);
        i += sides - 1;
        continue;
      }
    }
    // "drove them out", and "They regrouped ..." opening a sentence: the armed group named last in the text before.
    // An object pronoun never names the subject of its own clause, so groups named earlier in this sentence are left out.
    // (In a quote, a speaker's "them" is whoever the speaker has in mind: the page's last-named group only when it
    // is the group the page is about, named far more often than any other.)
    if (t.norm === 'them' || (t.norm === 'they' && i === 0)) {
      const armed = referents.get(ARMED_KEY);
      const here = new Set(mentions.filter((m) => m.tokenEnd <= i).map((m) => m.entity));
      const pool = armed?.filter((e) => !here.has(e));
      const best = pool === undefined ? -1 : opensWithQuote ? (counts === undefined ? -1 : mostNamed(pool, counts)) : mostRecent(pool, i, [], [], recent);
      if (best >= 0) out.push(tokenMention(best, t, i));
      continue;
    }
    // "the jihadists", "these militants": the members of an armed group named before this sentence (not the
    // source it cites: "according to the council, the militants had fled").
    // ("the remaining jihadists", "the last militants": one lower-case modifier may come between.)
    const modified = MEMBER_NOUNS.has(t.norm) && i > 1 && MEMBER_DETERMINERS.has((tokens[i - 2] as Token).norm) && covered[i - 1] !== 1 && MEMBER_MODIFIERS.test((tokens[i - 1] as Token).norm);
    if (MEMBER_NOUNS.has(t.norm) && i > 0 && (MEMBER_DETERMINERS.has((tokens[i - 1] as Token).norm) || modified)) {
      const d = modified ? i - 1 : i;
      const armed = referents.get(ARMED_KEY);
      // A full noun does not name again a group this sentence has already named (a writer would say "they"):
      // "the council ... pushed in, and the remaining jihadists withdrew", "forced the jihadists out". Groups named
      // earlier in this sentence are left out, as for "them".
      const here = new Set([...mentions, ...out].filter((m) => m.tokenEnd <= d).map((m) => m.entity));
      const pool = armed?.filter((e) => !here.has(e));
      // A generic "the militants" is the text's main armed group: the one named most so far, when one stands out
      // (twice as often as any other); else the one named last.
      const main = pool === undefined || counts === undefined ? -1 : mostNamed(pool, counts);
      const best = main >= 0 ? main : pool === undefined ? -1 : mostRecent(pool, i, [], [], recent);
      if (best >= 0) out.push(tokenMention(best, t, i));
      continue;
    }
    // "the city", "the coastal town", "the port city": the town named last (news copy names a town once, then
    // calls it "the city"). Not "the city of X" (X is named there) nor "the port" of "the port city" (one reference).
    if (TOWN_NOUNS.has(t.norm) && !TOWN_NOUNS.has(next?.norm ?? '') && !(next?.norm === 'of' && tokens[i + 2]?.isCapital === true)) {
      const towns = referents.get(TOWN_KEY);
      // With no town named earlier in this sentence, the text's main town, when one stands out, is "the city":
      // a town named in passing to place it ("on the road between Benghazi and the border") is not.
      // A town after "from" is where people or a journey come from ("families from Benghazi drove out to the wadi
      // above the town"): the sentence is not set there, and "the town" may still be the main one.
      const here = towns !== undefined && [...mentions, ...out].some((m) => m.tokenEnd <= i && towns.includes(m.entity) && tokens[m.tokenStart - 1]?.norm !== 'from');
      const last = towns === undefined ? -1 : mostRecent(towns, i, mentions, out, recent);
      const main = towns === undefined || here || counts === undefined ? -1 : mostNamed(towns, counts);
      // (Only when the main town was named just before the other, within a sentence's length of text; the other
      // may be named in this very sentence, after "from".)
      const lastAt = mentions.find((m) => m.entity === last && m.tokenEnd <= i)?.start ?? recent?.get(last);
      const mainNear = main >= 0 && last >= 0 && (recent?.get(main) ?? -Infinity) >= (lastAt ?? Infinity) - NEAR_CHARS;
      // A town named in passing, in a story that was on its main town a few sentences before, has dropped out of the
      // reader's mind some sentences later: "the city" is again the one the story is about. (A story that had long left
      // its main town when it named the other has moved on to it.)
      const mainAt = recent?.get(main) ?? -Infinity;
      const mainFar = main >= 0 && last >= 0 && lastAt !== undefined && t.start - lastAt > PASSING_CHARS && mainAt >= lastAt - LEFT_CHARS;
      const best = towns === undefined || !afterDeterminer(tokens, covered, i) ? -1 : mainNear || mainFar ? main : last;
      if (best >= 0) out.push(tokenMention(best, t, i));
      continue;
    }
    // "the city's prison", "the prison", "a prison inside the city": the named facility of the town it belongs to
    // ("Derna prison"), when the lexicon names that town's facility so.
    // (Looked up only after a determiner or a possessive, the only places such a reference can stand.)
    const facilities = i > 0 && mayOpenFacility(tokens[i - 1] as Token) ? referents.get(FACILITY_KEY + t.norm) : undefined;
    if (facilities !== undefined) {
      const facility = facilityOfTown(tokens, covered, i, facilities, mentions, out, referents.get(TOWN_KEY), recent);
      if (facility >= 0) out.push(tokenMention(facility, t, i));
      continue;
    }
    const noun = PLURALS.get(t.norm) ?? t.norm;
    const candidates = referents.get(noun);
    if (candidates === undefined) continue;
    const prev = tokens[i - 1];
    const determined = prev !== undefined && DETERMINERS.has(prev.norm) && covered[i - 1] !== 1;
    const attributive = next !== undefined && (ROLE_AFTER.has(next.norm) || HOLDINGS_AFTER.has(next.norm)) && (prev === undefined || !prev.isCapital || i - 1 === 0 || DETERMINERS.has(prev.norm) || prev.norm === 'a');
    if (!determined && !attributive) continue;
    // "the Council of Europe", "the Group of Seven": a name of its own, not a reference back.
    if (t.isCapital && i > 0 && next !== undefined && next.norm === 'of' && tokens[i + 2]?.isCapital === true) continue;
    // A plural noun after "the" ("the groups") names several: not one organisation.
    if (PLURALS.has(t.norm) && !attributive) continue;
    // "The group said ..." opening a sentence: the sentence before's subject, when the noun can name it.
    const opener = i === 1 && determined && hasDeedSoonAfter(opening?.deedStarts, 2) ? carried.find((e) => candidates.includes(e)) ?? -1 : -1;
    const best = opener >= 0 ? opener : mostRecent(candidates, i, mentions, out, recent);
    if (best >= 0) out.push(tokenMention(best, t, i));
  }
  return out;
}

/** Words that may come between an opening reference and its deed ("They have since withdrawn"). */
const DEED_GAP = 3;

/** Whether a deed starts at token `from` or at most DEED_GAP tokens after it. */
function hasDeedSoonAfter(deedStarts: ReadonlySet<number> | undefined, from: number): boolean {
  if (deedStarts === undefined) return false;
  for (let k = from; k <= from + DEED_GAP; k++) if (deedStarts.has(k)) return true;
  return false;
}

/**
 * A pronoun or a quantifier standing as the subject at the start of a sentence, with the referent-index keys of what it
 * can stand for: "They", "It" (an organisation; not a dummy "It is unclear"), "He"/"She" (a person), "Many", "Others",
 * "Most of them" (the members of a party). `end` is the token after the reference.
 */
function openingPronoun(tokens: readonly Token[], covered: Uint8Array, deedStarts: ReadonlySet<number> | undefined): { keys: string[]; end: number } | undefined {
  const first = tokens[0]?.norm ?? '';
  const second = tokens[1]?.norm ?? '';
  if (first === 'they') return { keys: [POSSESSIVE_KEY, PEOPLE_KEY], end: 1 };
  if (first === 'he' || first === 'she') return { keys: [PERSON_KEY], end: 1 };
  if (first === 'it') {
    const dummy = DUMMY_IT_VERBS.has(second) && deedStarts?.has(2) !== true;
    return dummy ? undefined : { keys: [POSSESSIVE_KEY], end: 1 };
  }
  if (!QUANTIFIERS.has(first) || covered[1] === 1) return undefined;
  if (second === 'of' && BACK_PRONOUNS.has(tokens[2]?.norm ?? '')) return { keys: [POSSESSIVE_KEY, PEOPLE_KEY], end: 3 };
  if (AFTER_PRONOUN.has(second) || deedStarts?.has(1) === true) return { keys: [POSSESSIVE_KEY, PEOPLE_KEY], end: 1 };
  return undefined;
}

/**
 * Facilities named "<town> <noun>" in the lexicon ("Derna prison"), by noun: pairs of facility and town, flat.
 * The name itself says which town the facility belongs to, so a page's "the city's prison" can be read as it.
 */
function townFacilities(aliases: readonly CompiledAlias[], towns: ReadonlySet<number>): Map<string, number[]> {
  const townNames = aliases.filter((a) => towns.has(a.entity));
  const out = new Map<string, number[]>();
  for (const a of aliases) {
    if (towns.has(a.entity) || a.folded.length < 2) continue;
    const noun = a.folded[a.folded.length - 1] as string;
    const town = townNames.find((n) => n.folded.length === a.folded.length - 1 && n.folded.every((w, k) => a.folded[k] === w));
    if (town === undefined || !/^[a-z]+$/.test(noun)) continue;
    const pairs = out.get(noun) ?? [];
    if (!pairs.some((e, k) => k % 2 === 0 && e === a.entity)) pairs.push(a.entity, town.entity);
    out.set(noun, pairs);
  }
  return out;
}

/**
 * The facility a bare facility noun at token i stands for, or -1: after a town's possessive ("the city's prison",
 * "Derna's prison") that town's; after "the"/"its", or "a" placed in a town by a following "in"/"inside", the
 * town named last. A town without such a facility in the lexicon gives none (the Tripoli prison is not Derna's).
 */
function facilityOfTown(
  tokens: readonly Token[], covered: Uint8Array, i: number, facilities: readonly number[], mentions: readonly EntityMention[],
  resolved: readonly EntityMention[], towns: readonly number[] | undefined, recent: ReadonlyMap<number, number> | undefined,
): number {
  if (i === 0 || towns === undefined) return -1;
  const prev = tokens[i - 1] as Token;
  let town = -1;
  if (POSSESSIVE_END.test(prev.surface)) {
    const owner = [...mentions, ...resolved].find((m) => m.tokenEnd === i && towns.includes(m.entity));
    town = owner?.entity ?? -1;
  } else if (covered[i - 1] !== 1 && (FACILITY_DETERMINERS.has(prev.norm) || (prev.norm === 'a' && placedInTown(tokens, i + 1)))) {
    town = mostRecent(towns, i, mentions, resolved, recent);
  }
  if (town < 0) return -1;
  for (let k = 0; k + 1 < facilities.length; k += 2) if (facilities[k + 1] === town) return facilities[k] as number;
  return -1;
}

/** Whether a word can stand right before a facility noun that refers back: "the", "its", "a", a possessive. */
function mayOpenFacility(prev: Token): boolean {
  return FACILITY_DETERMINERS.has(prev.norm) || prev.norm === 'a' || POSSESSIVE_END.test(prev.surface);
}

/** Whether a locating preposition followed by "the city"/"the town" or a capitalised name comes within a few words from k. */
function placedInTown(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length - 1, k + 6); j++) {
    if (!LOCATING.has((tokens[j] as Token).norm)) continue;
    const after = tokens[j + 1] as Token;
    const noun = after.norm === 'the' ? tokens[j + 2] : after;
    return noun !== undefined && (TOWN_NOUNS.has(noun.norm) || noun.isCapital);
  }
  return false;
}

/** A one-token mention of `entity` at token i (a noun or pronoun standing for it). */
function tokenMention(entity: number, t: Token, i: number): EntityMention {
  return { entity, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 };
}

/**
 * The organisation that opens the main clause after a fronted phrase ending at token `end` (within a determiner
 * or two of it), when no organisation is named before token i; -1 otherwise.
 */
function frontedSubject(candidates: readonly number[], i: number, mentions: readonly EntityMention[], end: number): number {
  if (mentions.some((m) => m.tokenEnd <= i && candidates.includes(m.entity))) return -1;
  const subject = mentions.find((m) => m.tokenStart >= end && m.tokenStart - end <= 2);
  return subject !== undefined && candidates.includes(subject.entity) ? subject.entity : -1;
}

/** Whether token i follows "the", directly or after one or two lower-case modifiers ("the coastal city", "the besieged port"). */
function afterDeterminer(tokens: readonly Token[], covered: Uint8Array, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k] as Token;
    if (covered[k] === 1) return false;
    if (t.norm === 'the') return true;
    if (t.isCapital || t.isNumber || !/^[a-z-]+$/.test(t.norm)) return false;
  }
  return false;
}

/** The candidate named at least twice as often as any other (and at least twice), or -1. */
function mostNamed(candidates: readonly number[], counts: ReadonlyMap<number, number>): number {
  let best = -1, top = 0, second = 0;
  for (const e of candidates) {
    const n = counts.get(e) ?? 0;
    if (n > top) {
      second = top;
      top = n;
      best = e;
    } else if (n > second) second = n;
  }
  return top >= 2 && top >= 2 * second ? best : -1;
}

/** Nouns for the people of a place ("its residents"; "its men" is more often an organisation's). */
const PEOPLE_NOUNS = new Set(['residents', 'people', 'youth', 'inhabitants', 'citizens', 'population']);
/** "its young men": the men of a place, where a bare "its men" would be a group's fighters. */
const YOUNG = new Set(['young']);

/** Whether the words from `k` name the people of a place: "residents", "young men". */
function townsPeople(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  return PEOPLE_NOUNS.has(w) || (YOUNG.has(w) && (tokens[k + 1]?.norm === 'men' || tokens[k + 1]?.norm === 'people'));
}

/** The candidate named last before token i (this sentence first, then earlier text); -1 when none was named. */
function mostRecent(
  candidates: readonly number[], i: number, mentions: readonly EntityMention[], resolved: readonly EntityMention[], recent: ReadonlyMap<number, number> | undefined,
): number {
  let best = -1, bestAt = -Infinity;
  for (const e of candidates) {
    let at = recent?.get(e) ?? -Infinity;
    for (const m of mentions) if (m.entity === e && m.tokenEnd <= i) at = Math.max(at, m.start);
    for (const m of resolved) if (m.entity === e) at = Math.max(at, m.start);
    if (at > bestAt) {
      bestAt = at;
      best = e;
    }
  }
  return bestAt === -Infinity ? -1 : best;
}

/**
 * Places named inside the name of something else as its complement or owner ("residents of Derna", "Derna's
 * residents"): the alias lexicon reads the longer name, but the page has named the place, and a later "the city"
 * is it. A place that only qualifies the name ("the Tobruk-based parliament") is no topic of the text: left out.
 */
export function placesInsideNames(
  tokens: readonly Token[], mentions: readonly EntityMention[], lex: { aliases: AliasTrie; places?: ReadonlySet<number> },
): EntityMention[] {
  const out: EntityMention[] = [];
  const places = lex.places;
  if (places === undefined) return out;
  for (const m of mentions) {
    if (m.tokenEnd - m.tokenStart < 2 || places.has(m.entity)) continue;
    // Search the name less its first word (the whole name would be read as itself again).
    const from = m.tokenStart + 1;
    for (const x of findEntityMentions(tokens.slice(from, m.tokenEnd), lex.aliases)) {
      const at = x.tokenStart + from;
      const before = tokens[at - 1]?.norm;
      const possessive = POSSESSIVE_END.test(tokens[x.tokenEnd + from - 1]?.surface ?? '');
      if (x.entity !== m.entity && places.has(x.entity) && (before === 'of' || before === 'in' || possessive)) out.push({ ...x, tokenStart: at, tokenEnd: x.tokenEnd + from });
    }
    // "Derna's residents": the owner opens the name.
    const first = tokens[m.tokenStart];
    if (first !== undefined && POSSESSIVE_END.test(first.surface)) {
      for (const x of findEntityMentions([first], lex.aliases)) if (places.has(x.entity)) out.push({ ...x, tokenStart: m.tokenStart, tokenEnd: m.tokenStart + 1 });
    }
  }
  return out;
}
