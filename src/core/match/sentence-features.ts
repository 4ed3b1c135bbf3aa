// What the matcher knows about one sentence: entities, actions, roles, content words, quantities, dates, negation.
import { findEntityMentions, type AliasTrie, type EntityMention } from '../entities/alias-lexicon.js';
import { extractQuantities, type QuantityMention } from '../quantities/extract-quantities.js';
import { parseDates, type DateMention } from '../dates/parse-dates.js';
import type { YearlessDate } from '../dates/yearless-date.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { TextNames } from '../entities/text-names.js';
import { findActionMentions, tokenStems, type ActionMention, type ActionTrie } from './action-lexicon.js';
import { canonicalWord } from './word-synonyms.js';
import { canonicalCounts } from '../quantities/extract-quantities.js';
import { resolveBareNouns, type ReferentIndex } from '../entities/coreference.js';
import { datelineLength } from '../text/dateline.js';
import { townAppositives } from './town-appositive.js';
import { nameOriginSpans } from './name-origin.js';
import { absenceDeeds } from './absence-deed.js';
import { markAbsentReports } from './absent-report.js';
import { presentTimeOf } from './present-time.js';
import { markFearedDeeds, markUnrealisedDeeds } from './unrealised-deed.js';
import { markPossessedDeedNouns } from './possessed-deed.js';
import { markSeizeSense } from './seize-sense.js';
import { isJudgementWord } from './judgement-words.js';
import { markSpeechSense } from './speech-sense.js';
import { markPostnominalTies } from './postnominal-tie.js';
import { markRetreatWithinTown } from './move-destination.js';
import { markDatedEventAnchors } from './dated-event-anchor.js';
import { markContestedPrize } from './contested-prize.js';
import { markDeedOwners } from './deed-owner.js';
import { WordMemo } from '../text/word-memo.js';
import { SPELLED_APART_ENDS, spelledApartStem } from './spelled-apart.js';
import { RARE_WORD, rareWordsOf } from './rare-words.js';

export interface Lexicons {
  aliases: AliasTrie;
  actions: ActionTrie;
  /** Per entity index: the entity and its broader entities (partOf, transitively). */
  entityClosure: readonly (readonly number[])[];
  /** Every stem that is part of some action phrase. */
  actionStems: ReadonlySet<string>;
  /** Entities that are places: they locate an event, they are not who did it (no who-did-what keys). */
  places?: ReadonlySet<number>;
  /** Bare organisation nouns ("the council", "the group") → organisations they can name (coreference by recency). */
  referents?: ReferentIndex;
  /** Actions whose actors and targets can be swapped without changing what is said ("clashed with"). */
  symmetricActions?: ReadonlySet<number>;
  /** Per action: related action concepts (the same event from another side or stage). */
  relatedActions?: readonly (readonly number[])[];
  /** The actions that "seize" and "capture" can each mean: taking ground, detaining people (-1 when the lexicon lacks one). */
  takeSenses?: { capture: number; detain: number };
  /** The retreat action (-1 when the lexicon lacks it), and the places inside a town (a quarter, a suburb, a hotel). */
  retreat?: number;
  sitesInTown?: ReadonlySet<number>;
  /** Per entity: the country an organisation's name places it in ("Libyan National Army": Libya), else -1. */
  partyCountry?: Int32Array;
}

/** What the text before a sentence tells about it: per entity, the offset of its last mention. */
export interface FeatureContext {
  recent?: ReadonlyMap<number, number>;
  /** Per entity, how many times the text before named it. */
  counts?: ReadonlyMap<number, number>;
  /**
   * The text is a page's sentence, not a claim's statement or quote. A claim's wording was chosen to carry its fact
   * ("two rival governments" is the claim that they oppose each other), so some readings of a page's wording as a
   * mere description are not applied to it.
   */
  page?: boolean;
  /** The parties the sentence before was about: an opening "They", "Many", "It" stands for them (`carriedParties`). */
  carried?: readonly number[];
  /** The sentence's tokens and names as the whole text's reading gave them (`spanNames`), so they are not read again. */
  names?: TextNames;
}

export interface SentenceFeatures {
  tokens: Token[];
  entities: EntityMention[];
  /** Entities named, with their broader entities. */
  entitySet: Set<number>;
  actions: ActionMention[];
  actionSet: Set<number>;
  words: Set<string>;
  quantities: QuantityMention[];
  dates: DateMention[];
  /** In a text whose date is unknown: days and months named without a year ("on June 10", "last October"). */
  yearlessDates?: YearlessDate[];
  negated: boolean;
  /** Hedged or attributed ("reportedly", "claimed"). */
  hedged: boolean;
  /** Actors and targets around the first action (who did it to whom). */
  actors: Set<number>;
  targets: Set<number>;
  /** The same, per action mention (parallel to `actions`). */
  roles: Array<{ actors: Set<number>; targets: Set<number> }>;
  /** Feature keys for retrieval: e<entity>, a<action>, w:<stem>, n:<number>. */
  keys: string[];
  /**
   * Who-did-what keys with each deed's actors and targets swapped: a sentence that reverses who did what
   * to whom is still about the claim (and conflicts with it), so retrieval finds the claim through them.
   */
  reversedKeys: string[];
  /**
   * Keys that only describe an actor ("loyal to al Qaeda": the descriptor entity, the descriptive action and
   * its role keys): a second fact the sentence carries. A claim about the main deed is not scored down for
   * leaving them out.
   */
  descriptiveKeys: string[];
  /**
   * Action and who-did-what keys of concepts related to the sentence's deeds ("took over" → held, established):
   * a claim told with a related deed matches, at a discount.
   */
  relatedKeys: string[];
  /** Offsets (absolute) of clause breaks: commas, semicolons, dashes, brackets. */
  clauseBreaks: number[];
  /** The sentence sets something in a named place the lexicon does not know ("near Ajdabiya", "in Ganfouda"). */
  unknownPlace?: boolean;
  /** Parties a contrast names as not having done the deed ("the army, not the council, drove them out"). */
  deniedActors?: Set<number>;
  /** Parties a cleft puts in focus as the very ones who did the deed ("it was the army that ...", "X were the ones who ..."). */
  focusedActors?: Set<number>;
}

/**
 * Keys that only a description set beside a town gives: its words, the places it names and its figures, when the
 * rest of the sentence does not give them too.
 */
function asideKeys(
  tokens: readonly Token[], entities: readonly EntityMention[], quantities: readonly QuantityMention[], aside: Uint8Array,
  asideWords: ReadonlySet<string>, mainWords: ReadonlySet<string>, lex: Lexicons,
): string[] {
  const keys: string[] = [];
  for (const w of asideWords) if (!mainWords.has(w)) keys.push(wordKey(w));
  const named = new Set<number>();
  for (const m of entities) if (aside[m.tokenStart] !== 1) for (const x of lex.entityClosure[m.entity] ?? [m.entity]) named.add(x);
  for (const m of entities) if (aside[m.tokenStart] === 1) for (const x of lex.entityClosure[m.entity] ?? [m.entity]) if (!named.has(x)) keys.push(entityKey(x));
  const inside = (q: QuantityMention): boolean => tokens.some((t, i) => aside[i] === 1 && t.start >= q.start && t.end <= q.end);
  const mainFigures = new Set<string>();
  for (const q of quantities) if (!inside(q)) for (const k of quantityKeys(q)) mainFigures.add(k);
  for (const q of quantities) if (inside(q)) for (const k of quantityKeys(q)) if (!mainFigures.has(k)) keys.push(k);
  return keys;
}

const PERCENT_KEY = 'w:percent';

/** The keys of a quantity: its values, what it counts and a percentage's unit. */
function quantityKeys(q: QuantityMention): string[] {
  const keys: string[] = [];
  if (q.value !== undefined) keys.push(numberKey(q.value));
  if (q.min !== undefined) keys.push(numberKey(q.min));
  if (q.max !== undefined) keys.push(numberKey(q.max));
  // What the number counts, whatever its value: a sentence giving another figure for the same
  // count ("killed five commanders" against "killed two") still speaks to the claim.
  const kind = quantityKindKey(q);
  if (kind !== undefined) keys.push(kind);
  // The unit as the word a claim spells it: "nine-tenths", "90%" and "90 per cent" share "percent" with "90 percent".
  if (q.unit === 'percent') keys.push(PERCENT_KEY);
  return keys;
}

/** Words that negate the action right after them ("did not kill", "refused to pledge", "denied seizing"). */
const NEGATION = new Set(['not', 'never', "n't", 'no', 'deny', 'denied', 'denies', 'denying', 'neither', 'nor', 'refuse', 'refused', 'refuses', 'refusing', 'declined', 'failed', 'fail']);
/** Verbs of denial that, with a "that" clause, negate the deed inside it (a set: looked up for the words before every deed). */
const DENIAL = new Set(['deny', 'denies', 'denied', 'denying', 'dismissed', 'rejected']);
const HEDGES = /\b(reportedly|allegedly|claim(?:s|ed)?|said to|believed|apparently|purportedly|according to|rumou?red|unconfirmed|could not be (?:independently )?verified|reputedly)\b/i;
/** Month and day names (a set: looked up for every word of every sentence). */
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const BE_FORMS = new Set(['be', 'get', 'have']);

export function extractFeatures(text: string, offset: number, lex: Lexicons, published: number | undefined, ctx: FeatureContext = {}): SentenceFeatures {
  const tokens = ctx.names?.tokens ?? tokenize(text, offset);
  const stems = tokenStems(tokens);
  let entities = splitAcrossPunctuation(ctx.names?.mentions ?? findEntityMentions(tokens, lex.aliases), tokens, text, offset, lex);
  const found = findActionMentions(stems, lex.actions, tokens);
  // (Readings that start at a rare word are skipped in a sentence that does not hold it.)
  const rare = rareWordsOf(tokens);
  if (lex.referents !== undefined) {
    // (Where deeds start tells whether an opening "Many" or "They" is the subject of a deed: "Many fled", not "Many residents".)
    const opening = ctx.carried !== undefined && ctx.carried.length > 0 ? { carried: ctx.carried, deedStarts: new Set(found.map((a) => a.token)) } : undefined;
    const resolved = resolveBareNouns(tokens, entities, lex.referents, ctx.recent, frontedPhraseEnd(tokens, text, offset), OPENING_QUOTE.test(text), ctx.counts, opening);
    if (resolved.length > 0) entities = [...entities, ...resolved].sort((a, b) => a.tokenStart - b.tokenStart);
  }
  // ("No IS fighter remains in Derna": a page tells a withdrawal so; a claim's wording keeps its own verbs.)
  if (ctx.page === true && (rare & RARE_WORD.absence) !== 0) for (const a of absenceDeeds(tokens, text, offset, lex.actions)) if (!found.some((b) => b.token === a.token)) found.push(a);
  found.sort((a, b) => a.token - b.token);
  // ("Seized the town": no detention. A claim's wording keeps both readings, so its weight stays as it was.)
  if (ctx.page === true && lex.takeSenses !== undefined) markSeizeSense(tokens, entities, found, lex.takeSenses.capture, lex.takeSenses.detain, (e) => lex.places?.has(e) === true);
  // ("Fell back to Fatayah": still in the town's area, so no withdrawal from it.)
  if (ctx.page === true && lex.retreat !== undefined && lex.sitesInTown !== undefined) {
    const sites = lex.sitesInTown;
    markRetreatWithinTown(tokens, entities, found, lex.retreat, (e) => sites.has(e));
  }
  const actions = found.filter((a) => !isPlaceNoun(tokens, a) && !isPeopleNoun(tokens, a) && !(ctx.page === true && isArmedBody(tokens, a)) && !isDirectionParticle(tokens, a) && !(ctx.page === true && isLeftBehind(tokens, a)) && !isFigureChange(tokens, a) && !(ctx.page === true && isJudgementWord(tokens, a)));
  markSpeechSense(tokens, actions);
  const entitySet = new Set<number>();
  // Where the quoted person works ('..." said a Libya analyst at a European think tank') does not set the quote's
  // scene; who they are stays (a council spokesman's word is the council's).
  const quoteSource = quoteAttributionStart(tokens, text, offset);
  // Nor is the place a wire story was filed from ("TOBRUK, Libya (AA) - ... in Derna") named at all, when the story
  // names a town of its own.
  const filedFrom = datelineOfOtherTown(entities, text, offset, lex);
  if (filedFrom > 0) entities = entities.filter((m) => m.end - offset > filedFrom);
  // "Derna, a port of about 150,000 people near the border, has ...": what describes the town is background, and the
  // places that locate it ("near the Egyptian border") are not where the sentence is set.
  const aside = new Uint8Array(tokens.length);
  // "..., named after the Tripoli prison where ... in 1996": where a name comes from is background too, and its deeds
  // (marked below). Its year still counts against claims of another time: dropped, it let sibling claims in.
  const nameOrigins = ctx.page === true && (rare & RARE_WORD.nameOrigin) !== 0 ? nameOriginSpans(tokens, text, offset) : [];
  if (ctx.page === true) {
    const spans = [...townAppositives(tokens, entities, text, offset, (e) => lex.places?.has(e) === true, (k) => actions.some((a) => k >= a.token && k < a.tokenEnd)), ...nameOrigins];
    for (const [lo, hi] of spans) aside.fill(1, lo, hi);
    if (spans.length > 0) entities = entities.filter((m) => aside[m.tokenStart] !== 1 || lex.places?.has(m.entity) !== true || isTownReference(tokens, m));
  }
  // (Read once: every deed's roles, and the descriptive keys, ask it of each mention.)
  const descriptors = descriptorMentions(tokens, stems, entities);
  for (const m of entities) {
    if (quoteSource >= 0 && m.tokenStart >= quoteSource && lex.places?.has(m.entity) === true) continue;
    for (const e of lex.entityClosure[m.entity] ?? [m.entity]) entitySet.add(e);
  }
  const actionSet = new Set<number>();
  for (const a of actions) actionSet.add(a.action);
  const inEntity = new Uint8Array(tokens.length);
  // "the city" read as the town last named keeps its word too: claims say "the east of the city" as well as "Derna".
  // (Counted as a description: a claim that does not say "city" is not scored down for it.)
  const townRefs = new Uint8Array(tokens.length);
  const townWords = new Set<string>(), plainWords = new Set<string>();
  for (const m of entities) {
    if (isTownReference(tokens, m)) townRefs[m.tokenStart] = 1;
    else for (let i = m.tokenStart; i < m.tokenEnd; i++) inEntity[i] = 1;
  }
  // Action words are counted as actions, not again as words.
  for (const a of actions) for (let i = a.token; i < a.tokenEnd; i++) if (stems[i] !== undefined && lex.actionStems.has(stems[i] as string)) inEntity[i] = 1;
  const quantities = extractQuantities(tokens, text, offset);
  // Number words ("five", "a dozen") are read as quantities, not as content words.
  for (const q of quantities) for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).start >= q.start && (tokens[i] as Token).end <= q.end) inEntity[i] = 1;
  const words = new Set<string>();
  const asideWords = new Set<string>(), mainWords = new Set<string>();
  const attribution = attributionStart(tokens, text, offset, quoteSource);
  // (Words after the attribution's start are left out.)
  for (let i = 0; i < attribution && i < tokens.length; i++) {
    // (A word of a name, a deed or a figure is no content word, however it is spelled: passed over first.)
    if (inEntity[i] === 1) continue;
    const t = tokens[i] as Token;
    // "no one", "any more", "be made to": one content word written as two, read as that word.
    const apart = SPELLED_APART_ENDS.has(t.norm) ? spelledApartStem(tokens, i, text, offset) : undefined;
    if (apart !== undefined) {
      const w = canonicalWord(apart);
      plainWords.add(w);
      (aside[i] === 1 ? asideWords : mainWords).add(w);
      words.add(w);
      continue;
    }
    const s = stems[i] as string;
    if (t.isNumber || s.length < 3 || STOPWORDS.has(t.norm) || (s !== t.norm && STOPWORDS.has(s)) || CALENDAR.has(t.norm)) continue;
    if (!startsWithLetter(s)) continue;
    if (isRelativeBearing(tokens, i)) continue;
    const w = canonicalWord(s);
    if (townRefs[i] === 1) townWords.add(w);
    else plainWords.add(w);
    (aside[i] === 1 ? asideWords : mainWords).add(w);
    words.add(w);
  }
  const yearless: YearlessDate[] = [];
  let dates = parseDates(text, published, published === undefined ? yearless : undefined).map((d) => ({ ...d, start: d.start + offset, end: d.end + offset }));
  let yearlessDates = yearless.map((d) => ({ ...d, start: d.start + offset, end: d.end + offset }));
  // "had run the city since late 2014": a state from that date up to the time of writing, not a deed of that date.
  if (published !== undefined) {
    for (const d of dates) if (d.range.hi < published && followsSince(tokens, d.start)) d.range = { lo: d.range.lo, hi: published };
  }
  // ("Many of the men now fighting IS": the time of writing, for a sentence that names no date.)
  if (ctx.page === true && published !== undefined && dates.length === 0) {
    const present = presentTimeOf(tokens, offset, text, published, actions.map((a) => a.token));
    if (present !== undefined) dates = [present];
  }
  let negated = isNegated(tokens, stems, actions);
  markIntended(tokens, actions);
  if (ctx.page === true) {
    markUnrealisedDeeds(tokens, actions);
    if ((rare & RARE_WORD.fear) !== 0) markFearedDeeds(tokens, text, offset, actions);
    // ("No casualty figures were available": the count is missing, the casualties are not denied.)
    markAbsentReports(tokens, actions);
    negated = actions.some((a) => a.negated === true);
  }
  markContestedPrize(tokens, actions);
  markDescriptive(tokens, descriptors, actions, text, offset);
  markPostnominalTies(tokens, entities, actions);
  markAttributive(tokens, entities, actions, text, offset);
  if (ctx.page === true) markAdjectivalDeedWords(tokens, text, offset, actions);
  if (ctx.page === true) markPossessedDeedNouns(tokens, actions);
  if (ctx.page === true) markDatedEventAnchors(tokens, actions);
  if (ctx.page === true) markDeedOwners(tokens, entities, actions, (e) => lex.places?.has(e) === true);
  markIdentifyingClause(tokens, text, offset, actions);
  markRestrictiveRelative(tokens, entities, text, offset, actions);
  markReducedRelative(tokens, entities, actions);
  // '..." a researcher based in Tunis said': who said it, not what happened.
  for (const a of actions) if (a.token >= attribution) a.descriptive = true;
  // 'A member of the council told reporters that ...': a deed in the description of the speaker ("member of") says
  // who spoke, not what happened.
  const speaker = speakerEnd(tokens);
  for (const a of actions) if (a.tokenEnd <= speaker) a.descriptive = true;
  for (const [lo, hi] of nameOrigins) for (const a of actions) if (a.token >= lo && a.token < hi) a.descriptive = true;
  const pastSpans = markPastOfPeople(tokens, actions);
  // "veterans of the 2015 battles": that date is when the described people fought, not when the sentence's deed happened.
  if (pastSpans.length > 0) {
    dates = dates.filter((d) => !pastSpans.some(([lo, hi]) => d.start >= lo && d.start < hi));
    yearlessDates = yearlessDates.filter((d) => !pastSpans.some(([lo, hi]) => d.start >= lo && d.start < hi));
  }
  const subordinate = markSubordinate(tokens, text, offset, actions);
  if (lex.symmetricActions !== undefined && lex.symmetricActions.size > 0) for (const a of actions) if (lex.symmetricActions.has(a.action)) a.symmetric = true;
  // "it was the army, not the council, that ...": the contrasted party is named as the one who did NOT do the deed.
  const contrasted = contrastedMentions(tokens, entities, text, offset);
  const roleEntities = contrasted.size === 0 ? entities : entities.filter((m) => !contrasted.has(m.tokenStart));
  // "A military spokesman says the fighters are heading south": the opening speaker reports the deeds after the
  // speech verb, and is no party to them.
  const speech = openingSpeechVerb(tokens, actions);
  // "The fighting erupted on Wednesday, residents said": who reports the deed in a closing attribution is no party to it
  // either. (After a quote the speaker stays: a council fighter's "we" is the council.)
  const partyEntities = quoteSource < 0 && attribution < tokens.length ? roleEntities.filter((m) => m.tokenStart < attribution) : roleEntities;
  const reportedEntities = speech > 0 ? partyEntities.filter((m) => m.tokenStart > speech) : partyEntities;
  // "When residents protested outside the mosque, IS gunmen opened fire": the parties of an opening clause are not
  // those of the main clause's deed, once the main clause names a party of its own before its verb.
  const fronted = ctx.page === true && CLAUSE_OPENERS.has(tokens[0]?.norm ?? '') ? frontedPhraseEnd(tokens, text, offset) : -1;
  const roles: Array<{ actors: Set<number>; targets: Set<number> }> = [];
  for (const a of actions) {
    if (a.descriptive === true) {
      roles.push(descriptiveRoles(a, lex));
      continue;
    }
    const pool = a.token > speech && speech > 0 ? reportedEntities : partyEntities;
    const ownSubject = fronted > 0 && a.token >= fronted && pool.some((m) => m.tokenStart >= fronted && m.tokenEnd <= a.token);
    roles.push(readRoles(tokens, stems, ownSubject ? pool.filter((m) => m.tokenStart >= fronted) : pool, descriptors, a, lex));
  }
  alignRepeatedDeeds(actions, roles, entities, lex);
  const actors = roles[0]?.actors ?? new Set<number>();
  const targets = roles[0]?.targets ?? new Set<number>();
  // Keys go straight into sets, in the order first given: the same keys, in the same order, as an array made unique.
  const keySet = new Set<string>();
  const reversed = new Set<string>();
  for (const e of entitySet) keySet.add(entityKey(e));
  for (const a of actionSet) keySet.add(actionKey(a));
  for (const w of words) keySet.add(wordKey(w));
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i] as { actors: Set<number>; targets: Set<number> }, a = actions[i] as ActionMention;
    const actors = partiesOf(r.actors, lex), targets = partiesOf(r.targets, lex);
    addRoleKeys(keySet, actors, a.action, targets);
    // A symmetric deed is the same either way round: both directions are the sentence's own keys.
    addRoleKeys(a.symmetric === true ? keySet : reversed, targets, a.action, actors);
  }
  // The contrasted party doing the deed is what the sentence denies: a claim that it did finds the sentence through
  // these keys, and compareSlots reports the conflict.
  const deniedActors = new Set<number>();
  for (const m of entities) if (contrasted.has(m.tokenStart) && lex.places?.has(m.entity) !== true) deniedActors.add(m.entity);
  if (deniedActors.size > 0) {
    roles.forEach((r, i) => {
      const a = actions[i] as ActionMention;
      if (a.descriptive !== true) addRoleKeys(reversed, deniedActors, a.action, [...r.targets].filter((e) => lex.places?.has(e) !== true));
    });
  }
  for (const q of quantities) for (const k of quantityKeys(q)) keySet.add(k);
  const descriptive = new Set<string>();
  for (const w of townWords) if (!plainWords.has(w)) descriptive.add(wordKey(w));
  if (aside.includes(1)) for (const k of asideKeys(tokens, entities, quantities, aside, asideWords, mainWords, lex)) descriptive.add(k);
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i] as ActionMention;
    if (a.descriptive !== true || a.describes === undefined) continue;
    const e = a.describes;
    // The descriptor entity counts as descriptive only when the sentence names it nowhere else.
    if (!entities.some((m) => m.entity === e && !descriptors.has(m))) descriptive.add(entityKey(e));
    if (!actions.some((b) => b.action === a.action && b.descriptive !== true)) descriptive.add(actionKey(a.action));
    addRoleKeys(descriptive, [], a.action, (roles[i] as { targets: Set<number> }).targets);
  }
  // Keys only a subordinate clause gives ("..., which has fought the group since last June") are a second fact too.
  if (subordinate !== undefined) {
    const mainKeys = new Set<string>();
    actions.forEach((a, i) => {
      if (a.subordinate === true) return;
      mainKeys.add(actionKey(a.action));
      const r = roles[i] as { actors: Set<number>; targets: Set<number> };
      addRoleKeys(mainKeys, r.actors, a.action, r.targets);
      if (a.symmetric === true) addRoleKeys(mainKeys, r.targets, a.action, r.actors);
    });
    for (const m of entities) if (subordinate[m.tokenStart] !== 1) for (const x of lex.entityClosure[m.entity] ?? [m.entity]) mainKeys.add(entityKey(x));
    actions.forEach((a, i) => {
      if (a.subordinate !== true) return;
      const r = roles[i] as { actors: Set<number>; targets: Set<number> };
      const own = [actionKey(a.action), ...roleKeys(r.actors, [a.action], r.targets), ...(a.symmetric === true ? roleKeys(r.targets, [a.action], r.actors) : [])];
      for (const k of own) if (!mainKeys.has(k)) descriptive.add(k);
    });
    for (const m of entities) if (subordinate[m.tokenStart] === 1) for (const x of lex.entityClosure[m.entity] ?? [m.entity]) if (!mainKeys.has(entityKey(x))) descriptive.add(entityKey(x));
  }
  const focusedActors = (rare & RARE_WORD.cleft) !== 0 ? cleftFocus(tokens, entities, lex) : new Set<number>();
  return {
    tokens, entities, entitySet, actions, actionSet, words, quantities, dates, negated,
    hedged: HEDGES.test(text), actors, targets, roles, keys: [...keySet], reversedKeys: keysIn(reversed, keySet, false),
    descriptiveKeys: keysIn(descriptive, keySet, true),
    relatedKeys: keysIn(relatedKeys(actions, roles, lex), keySet, false),
    clauseBreaks: clauseBreaks(text, offset),
    // The optional fields are always present (undefined when empty), so every sentence's features have one object
    // shape: with each added only when set, sixteen shapes made each reader of `f` (scoring, roles, stance) slower.
    yearlessDates: yearlessDates.length > 0 ? yearlessDates : undefined,
    unknownPlace: namesUnknownPlace(tokens, entities, attribution) ? true : undefined,
    deniedActors: deniedActors.size > 0 ? deniedActors : undefined,
    focusedActors: focusedActors.size > 0 ? focusedActors : undefined,
  };
}

/**
 * Whether the date starting at `start` opens with "since" or follows it: the start of a state still going on when
 * the text was written ("since February" is read as one date, "since" included; "since late 2014" is not).
 */
export function followsSince(tokens: readonly Token[], start: number): boolean {
  const k = tokens.findIndex((t) => t.start === start);
  return (k > 0 && tokens[k - 1]?.norm === 'since') || (k >= 0 && tokens[k]?.norm === 'since');
}

/**
 * Mentions (by first token) that a contrast names as not the party: "the army, not the council, ..." and
 * "not the council but the army ...". The "not" negates the name, not the deed; the other name is the party.
 */
function contrastedMentions(tokens: readonly Token[], entities: readonly EntityMention[], text: string, offset: number): Set<number> {
  const out = new Set<number>();
  for (const m of entities) {
    let k = m.tokenStart - 1;
    if (tokens[k]?.norm === 'the') k--;
    if (tokens[k]?.norm !== 'not') continue;
    const not = tokens[k] as Token, before = tokens[k - 1];
    // "X, not Y": a comma before "not", right after another name.
    const afterComma = before !== undefined && text.slice(before.end - offset, not.start - offset).includes(',');
    const afterName = entities.some((x) => x !== m && x.tokenEnd === k);
    // "not Y but X": a name after "but" closes the contrast.
    const butAfter = tokens[m.tokenEnd]?.norm === 'but' && entities.some((x) => x.tokenStart >= m.tokenEnd + 1 && x.tokenStart <= m.tokenEnd + 2);
    if ((afterComma && afterName) || butAfter) out.add(m.tokenStart);
  }
  return out;
}

const CLEFT_BE = new Set(['was', 'were', 'is', 'are']);
const RELATIVE = new Set(['who', 'that']);
const CLEFT_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our']);
/** How many words the contrast of a cleft may run ("not the council's fighters"). */
const CONTRAST_WORDS = 6;

/** Whether a contrast ("not the Islamists") starts at token k and a relative word follows it within a few words. */
function closesContrast(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.norm !== 'not') return false;
  for (let j = k + 1; j < tokens.length && j - k <= CONTRAST_WORDS; j++) if (RELATIVE.has((tokens[j] as Token).norm)) return true;
  return false;
}

/** A mention of anything but a place: a party a cleft can put in focus. */
function isNoPlace(lex: Lexicons, m: EntityMention): boolean {
  return lex.places?.has(m.entity) !== true;
}

/**
 * Parties a cleft puts in focus: "it was the army that drove them out", "army units were the ones who drove them out".
 * A cleft says these, and by implication no others, did the deed: a claim crediting another party is contradicted.
 */
function cleftFocus(tokens: readonly Token[], entities: readonly EntityMention[], lex: Lexicons): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 3 < tokens.length; i++) {
    const t = (tokens[i] as Token).norm;
    // "it was X who/that": X is the mention right after the verb (after a determiner and one modifier: "the", "his
    // own", "ordinary"), closed by the relative word, or by a contrast first ("it was the army, not the Islamists, that").
    if (t === 'it' && CLEFT_BE.has((tokens[i + 1] as Token).norm)) {
      const start = CLEFT_DETERMINERS.has(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
      const m = entities.find((x) => (x.tokenStart === start || (x.tokenStart === start + 1 && tokens[start]?.isCapital !== true)) && isNoPlace(lex, x));
      if (m !== undefined && (RELATIVE.has(tokens[m.tokenEnd]?.norm ?? '') || closesContrast(tokens, m.tokenEnd))) out.add(m.entity);
    }
    // "X (forces) were the one(s) who": X ends at most two words before the verb.
    if (CLEFT_BE.has(t) && tokens[i + 1]?.norm === 'the' && (tokens[i + 2]?.norm === 'one' || tokens[i + 2]?.norm === 'ones') && RELATIVE.has(tokens[i + 3]?.norm ?? '')) {
      const m = entities.filter((x) => x.tokenEnd <= i && x.tokenEnd >= i - 2 && isNoPlace(lex, x)).pop();
      if (m !== undefined) out.add(m.entity);
    }
  }
  return out;
}

/** How far after a deed its agent may come when "by" marks it: past the deed's object and place phrases. */
const AGENT_AFTER_BY_WORDS = 12;

/** Whether the mention starting at token k follows "by" or "by the". */
function followsBy(stems: readonly string[], k: number): boolean {
  return stems[k - 1] === 'by' || (stems[k - 1] === 'the' && stems[k - 2] === 'by');
}

/** Subordinators that open a clause of its own, with its own subject ("When residents protested, ..."). */
const CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'once', 'until', 'although', 'though', 'since']);
/** Words that open a fronted adverbial phrase or clause ("After ...,", "A week after ...,", "Despite ...,"). */
const FRONTING = new Set(['after', 'before', 'since', 'despite', 'following', 'when', 'while', 'although', 'though', 'as', 'with', 'amid', 'weeks', 'week', 'days', 'months', 'a', 'in', 'once', 'until']);

/**
 * Token index just after the comma that closes a sentence-opening adverbial ("A week after the killing of its
 * commanders, ..."), after any dateline ("TRIPOLI — "); -1 when the sentence opens with its subject.
 */
function frontedPhraseEnd(tokens: readonly Token[], text: string, offset: number): number {
  let first = 0;
  const dash = text.search(/\s[\u2013\u2014]\s/);
  if (dash >= 0 && dash < 40) first = tokens.findIndex((t) => t.start - offset > dash);
  if (first < 0 || !FRONTING.has((tokens[first] as Token).norm)) return -1;
  for (let i = first + 1; i < tokens.length && i - first <= 20; i++) {
    const gap = text.slice((tokens[i - 1] as Token).end - offset, (tokens[i] as Token).start - offset);
    if (gap.includes(',')) return i;
  }
  return -1;
}

/**
 * Length of the sentence's dateline when the text after it names a town (or a place in one) that the dateline does
 * not; 0 otherwise ("DERNA, Libya (AP) — ... this eastern Libyan city": the story is where it was filed).
 */
function datelineOfOtherTown(entities: readonly EntityMention[], text: string, offset: number, lex: Lexicons): number {
  const length = datelineLength(text);
  if (length === 0 || lex.places === undefined) return 0;
  const places = lex.places;
  // The towns (or places in a town) of the dateline; its country is named by the story's town too.
  const filed = new Set<number>();
  for (const m of entities) if (m.end - offset <= length && places.has(m.entity) && (lex.entityClosure[m.entity] ?? []).length >= 2) filed.add(m.entity);
  if (filed.size === 0) return 0;
  const elsewhere = entities.some((m) => m.start - offset >= length && places.has(m.entity) && !filed.has(m.entity)
    && (lex.entityClosure[m.entity] ?? []).length >= 2 && !(lex.entityClosure[m.entity] ?? []).some((x) => filed.has(x)));
  return elsewhere ? length : 0;
}

/** Deed adjectives that, after a possessive and with no noun after them, are nouns for people ("counts its dead"). */
const PEOPLE_ADJECTIVES = new Set(['dead', 'wounded', 'injured']);
const PEOPLE_POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her', 'your']);
/** Words that cannot be the noun such an adjective qualifies: the phrase ends before them. */
const PHRASE_END = new Set(['and', 'or', 'but', 'in', 'from', 'after', 'since', 'to', 'with', 'on', 'at', 'of', 'as', 'for', 'while', 'who', 'that']);

/**
 * "counts its dead", "evacuated their wounded": the people, not a report that anyone was killed or hurt (who did it,
 * and when, the words do not say).
 */
function isPeopleNoun(tokens: readonly Token[], a: ActionMention): boolean {
  if (a.tokenEnd !== a.token + 1 || !PEOPLE_ADJECTIVES.has((tokens[a.token] as Token).norm)) return false;
  const prev = tokens[a.token - 1];
  const next = tokens[a.token + 1];
  return prev !== undefined && PEOPLE_POSSESSIVES.has(prev.norm) && (next === undefined || PHRASE_END.has(next.norm));
}

/** Nouns for an organised body of fighters: "armed" before them is what such a body always is, not a deed of arming. */
const ARMED_BODY_NOUNS = new Set(['group', 'groups', 'faction', 'factions', 'forces', 'militia', 'militias', 'wing', 'coalition', 'alliance',
  'movement', 'movements', 'organisation', 'organisations', 'organization', 'organizations', 'brigade', 'brigades']);

/** "the armed group", "Islamist armed factions": a kind of organisation, not a report that anyone took up arms. */
function isArmedBody(tokens: readonly Token[], a: ActionMention): boolean {
  return a.tokenEnd === a.token + 1 && (tokens[a.token] as Token).norm === 'armed' && ARMED_BODY_NOUNS.has(tokens[a.token + 1]?.norm ?? '');
}

/** Action words that are also nouns for a place ("jail": to imprison, or a prison). */
const PLACE_NOUNS = new Set(['jail', 'jails', 'gaol', 'gaols']);
/** Words before which such a word is the noun: a determiner, a possessive, a coordinating "and"/"or", a preposition. */
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'and', 'or', 'of', 'in', 'from', 'into', 'at', 'city', 'town', 'central', 'main', 'local', 'new', 'old', 'makeshift', 'secret']);

/**
 * "their Islamic court and jail", "escaped from the jail": the place, not the deed of jailing someone. The word then counts
 * as a content word (a prison).
 */
function isPlaceNoun(tokens: readonly Token[], a: ActionMention): boolean {
  if (a.tokenEnd !== a.token + 1) return false;
  const t = tokens[a.token] as Token;
  const prev = tokens[a.token - 1];
  if (prev === undefined) return false;
  // "an air base", "a naval base": a military facility, not a group's base of operations.
  if ((t.norm === 'base' || t.norm === 'bases') && FACILITY_MODIFIERS.has(prev.norm)) return true;
  return PLACE_NOUNS.has(t.norm) && NOUN_BEFORE.has(prev.norm);
}
/** Words after which "back" is a particle of direction: verbs of motion or force ("turned back", "fell back"), and the object pronouns between such a verb and "back" ("drove them back"). */
const MOTION_VERBS = new Set(['turn', 'turns', 'fall', 'falls', 'fell', 'fallen', 'drive', 'drives', 'drove', 'driven', 'push', 'pushes',
  'beat', 'beaten', 'come', 'came', 'comes', 'go', 'went', 'goes', 'gone', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'pull', 'pulls', 'fight', 'fights', 'fought', 'send', 'sent',
  'hold', 'held', 'keep', 'kept', 'force', 'forces', 'bring', 'brought', 'get', 'got', 'move', 'moves', 'strike', 'struck', 'hit', 'win', 'won', 'them', 'it', 'him']);

/**
 * "was turned back by air strikes", "fell back to Fatayah", "drove them back": "back" after a verb of motion (or its
 * object) tells the direction, "they will be back" a return, and "back in June", "back then" the past: none is the
 * verb "to back" (support) a party.
 */
function isDirectionParticle(tokens: readonly Token[], a: ActionMention): boolean {
  if (a.tokenEnd !== a.token + 1 || (tokens[a.token] as Token).norm !== 'back') return false;
  const prev = tokens[a.token - 1]?.norm ?? '';
  if (MOTION_VERBS.has(prev) || prev.endsWith('ed') || prev.endsWith('ing')) return true;
  // "Back in June", "back in 2014", "back then", "back when the council ...": an adverb of past time.
  const next = tokens[a.tokenEnd], after = tokens[a.tokenEnd + 1];
  if (next?.norm === 'then' || next?.norm === 'when') return true;
  return next?.norm === 'in' && after !== undefined && (after.isNumber || CALENDAR.has(after.norm) || after.norm === 'the' || after.norm === 'late' || after.norm === 'early');
}
/** Forms of "leave" that can mean a withdrawal ("the militants left the town"). */
const LEAVE_FORMS = new Set(['leave', 'leaves', 'leaving', 'left']);
/** Object pronouns for people: what is left to them, or how they are left, is no withdrawal. */
const PERSON_OBJECTS = new Set(['us', 'them', 'him', 'her', 'me', 'you']);

/**
 * "They left us presents", "the siege left them without food", "left mines behind": "leave" with a person as its
 * object, or with "behind", tells what remains, not that anyone withdrew. (Read on page sentences only: a claim's
 * wording that tells of both, "left its injured behind when it retreated", keeps the deed it was written with.)
 */
function isLeftBehind(tokens: readonly Token[], a: ActionMention): boolean {
  if (a.tokenEnd !== a.token + 1 || !LEAVE_FORMS.has((tokens[a.token] as Token).norm)) return false;
  const next = tokens[a.tokenEnd]?.norm ?? '';
  if (PERSON_OBJECTS.has(next) || next === 'behind') return true;
  // "left mines behind", "left their weapons behind": a short object, then "behind".
  return tokens[a.tokenEnd + 1]?.norm === 'behind' || (tokens[a.tokenEnd + 2]?.norm === 'behind' && !(tokens[a.tokenEnd + 1]?.isCapital ?? false));
}

const FACILITY_MODIFIERS = new Set(['air', 'naval', 'navy', 'military', 'army', 'missile', 'airforce', 'marine', 'logistics', 'supply']);

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const REGION_BEFORE = new Set(['the', 'and', 'or', 'its', "country's"]);

/**
 * "an air base west of the city", "35 km east of Benghazi": a bare compass word before "of" gives a bearing from
 * a place, not a region ("the west of Libya", "the south and west of the country"), so it is no content word.
 */
function isRelativeBearing(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!COMPASS.has(t.norm) || tokens[i + 1]?.norm !== 'of') return false;
  const prev = tokens[i - 1];
  return prev === undefined || !REGION_BEFORE.has(prev.norm);
}

const LEADING_LETTER = /^[\p{L}]/u;
/** /^[\p{L}]/u.test(s), with ASCII answered without the regex. */
function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LEADING_LETTER.test(s);
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'at']);

/**
 * Whether a preposition of place is followed by a capitalised name that is no known entity ("near Ajdabiya",
 * "in the Ganfouda district"): the sentence is set somewhere the pack's claims are not.
 */
function namesUnknownPlace(tokens: readonly Token[], entities: readonly EntityMention[], end: number): boolean {
  // (Which words are named is read at the first preposition of place: a sentence with none is spared it.)
  let named: Uint8Array | undefined;
  for (let i = 0; i + 1 < end; i++) {
    if (!PLACE_PREPOSITIONS.has((tokens[i] as Token).norm)) continue;
    if (named === undefined) {
      named = new Uint8Array(tokens.length);
      for (const m of entities) for (let j = m.tokenStart; j < m.tokenEnd; j++) named[j] = 1;
    }
    const k = (tokens[i + 1] as Token).norm === 'the' ? i + 2 : i + 1;
    const t = tokens[k];
    if (t === undefined || k >= end || named[k] === 1 || t.isNumber || CALENDAR.has(t.norm)) continue;
    if (/^[A-Z][a-z]/.test(t.surface)) return true;
  }
  return false;
}

const SPEECH = new Set(['said', 'says', 'say', 'told', 'added', 'reported', 'according', 'claimed', 'stated', 'announced', 'insisted', 'insist', 'insists']);

/** The code units of `chars`, for gapHasMark(). */
function markSet(chars: string): ReadonlySet<number> {
  const out = new Set<number>();
  for (let i = 0; i < chars.length; i++) out.add(chars.charCodeAt(i));
  return out;
}
/** Marks that end a closing attribution's clause (", officials said"). */
const ATTRIBUTION_BREAKS = markSet(',;\u2013\u2014');
/** Marks no name runs across. */
const NAME_BREAKS = markSet(',;:!?()[]"\u201C\u201D\u2013\u2014');
/** Marks that close a subordinate clause. */
const CLAUSE_MARKS = markSet(',;()\u2013\u2014:');

/**
 * Whether text[from, to) (the gap between two tokens) holds one of `marks`: what a character-class test of the
 * sliced gap answers, without making the slice (these gaps are read for every token of a sentence).
 */
function gapHasMark(text: string, from: number, to: number, marks: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) if (marks.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Token index where a closing attribution clause begins (", residents and officials said on Monday."),
 * or the token count when there is none: who reported a fact adds no content words to it.
 */
function attributionStart(tokens: readonly Token[], text: string, offset: number, quoted: number): number {
  const n = tokens.length;
  // A sentence that is a quote then its source ('"We are clearing them street by street," a fighter said, ...'):
  // everything after the closing quote (`quoted`, from quoteAttributionStart) is who said it, however long.
  if (quoted >= 0) return quoted;
  for (let i = n - 1; i > 0 && n - i <= 10; i--) {
    if (!gapHasMark(text, (tokens[i - 1] as Token).end - offset, (tokens[i] as Token).start - offset, ATTRIBUTION_BREAKS)) continue;
    for (let k = i; k < n && k - i < 6; k++) {
      if (!SPEECH.has((tokens[k] as Token).norm)) continue;
      // "The council, for its part, says five of its fighters were wounded": the verb right after an aside, with a
      // clause of its own after it, frames what follows; it closes nothing.
      return k === i && reportsClause(tokens, k + 1) ? n : i;
    }
    return n;
  }
  return n;
}

/** Finite auxiliaries that show a clause of its own ("five fighters have been wounded", "that they were leaving"). */
const CLAUSE_AUXILIARIES = new Set(['that', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would']);

/** Whether the tokens from `from` on hold a reported clause: at least three words and a "that" or a finite auxiliary. */
function reportsClause(tokens: readonly Token[], from: number): boolean {
  if (tokens.length - from < 3) return false;
  for (let k = from; k < tokens.length; k++) if (CLAUSE_AUXILIARIES.has((tokens[k] as Token).norm)) return true;
  return false;
}

/**
 * Token index of the speech verb of an opening "X says/said ..." (within SPEAKER_LENGTH tokens, no deed before it
 * but the speaker's description), or -1.
 */
function openingSpeechVerb(tokens: readonly Token[], actions: readonly ActionMention[]): number {
  for (let k = 1; k < tokens.length && k <= SPEAKER_LENGTH; k++) {
    if (!SPEECH.has((tokens[k] as Token).norm) || (tokens[k] as Token).norm === 'according') continue;
    if (actions.some((a) => a.token < k && a.descriptive !== true)) return -1;
    // "The council says it drove them out": a subject pronoun after the verb is the speaker again, a party after all.
    const next = tokens[k + 1]?.norm === 'that' ? k + 2 : k + 1;
    return SPEAKER_PRONOUNS.has(tokens[next]?.norm ?? '') ? -1 : k;
  }
  return -1;
}

const SPEAKER_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she', 'i']);

/** How far (tokens) an opening speaker's description may run before the speech verb. */
const SPEAKER_LENGTH = 10;
/** How far (tokens) after the speech verb its "that" may come ("told a local channel that"). */
const FRAME_OBJECT_LENGTH = 5;

/**
 * Token index of the speech verb of an opening frame ('A member of the council told reporters that ...'), or 0 when
 * the sentence opens with no such frame: the tokens before it describe the speaker.
 */
function speakerEnd(tokens: readonly Token[]): number {
  for (let k = 1; k < tokens.length && k <= SPEAKER_LENGTH; k++) {
    if (!SPEECH.has((tokens[k] as Token).norm)) continue;
    for (let i = k + 1; i < tokens.length && i - k <= FRAME_OBJECT_LENGTH; i++) if ((tokens[i] as Token).norm === 'that') return k;
    return 0;
  }
  return 0;
}

const OPENING_QUOTE = /^\s*["\u201C]/;
const CLOSING_QUOTE = /[,.!?]?["\u201D]\s*,?/g;

/** Token index after the closing quote of a sentence-opening quote followed by a speech verb; -1 when there is none. */
function quoteAttributionStart(tokens: readonly Token[], text: string, offset: number): number {
  if (!OPENING_QUOTE.test(text)) return -1;
  CLOSING_QUOTE.lastIndex = text.search(/["\u201C]/) + 1;
  const close = CLOSING_QUOTE.exec(text);
  if (close === null) return -1;
  const after = close.index + close[0].length + offset;
  const k = tokens.findIndex((t) => t.start >= after);
  if (k < 0) return -1;
  // (The speaker may come with a description first: "a Libyan researcher based in Tunis said".)
  for (let j = k; j < tokens.length && j - k < 10; j++) if (SPEECH.has((tokens[j] as Token).norm)) return k;
  return -1;
}

/**
 * A name never runs across punctuation: "the city of Derna, residents said" names Derna, then residents,
 * not "Derna residents". Such a mention is read again on each side of the break.
 */
function splitAcrossPunctuation(mentions: EntityMention[], tokens: readonly Token[], text: string, offset: number, lex: Lexicons): EntityMention[] {
  let out: EntityMention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as EntityMention;
    let cut = -1;
    for (let i = m.tokenStart + 1; i < m.tokenEnd && cut < 0; i++) {
      if (gapHasMark(text, (tokens[i - 1] as Token).end - offset, (tokens[i] as Token).start - offset, NAME_BREAKS)) cut = i;
    }
    if (cut < 0) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, k);
    for (const [a, b] of [[m.tokenStart, cut], [cut, m.tokenEnd]] as const) {
      for (const x of splitAcrossPunctuation(findEntityMentions(tokens.slice(a, b), lex.aliases), tokens.slice(a, b), text, offset, lex)) {
        out.push({ ...x, tokenStart: x.tokenStart + a, tokenEnd: x.tokenEnd + a });
      }
    }
  }
  return out ?? mentions;
}

// Feature key strings, made once per value: keys are built for every sentence and then hashed by the sets and
// maps that read them; a string made once keeps its hash (and is not garbage after each sentence).
const entityKeys: string[] = [];
const actionKeys: string[] = [];
const wordKeys = new WordMemo<string>();
const numberKeys = new Map<number, string>();
const actorRoleKeys: string[][] = [];
const targetRoleKeys: string[][] = [];
const isSmallIndex = (n: number): boolean => Number.isInteger(n) && n >= 0 && n < 1e6;

function entityKey(e: number): string {
  if (!isSmallIndex(e)) return 'e' + e;
  return (entityKeys[e] ??= 'e' + e);
}
function actionKey(a: number): string {
  if (!isSmallIndex(a)) return 'a' + a;
  return (actionKeys[a] ??= 'a' + a);
}
function wordKey(w: string): string {
  return wordKeys.get(w) ?? wordKeys.set(w, 'w:' + w);
}
function numberKey(v: number): string {
  let k = numberKeys.get(v);
  if (k === undefined) {
    k = 'n:' + v;
    if (numberKeys.size >= 10_000) numberKeys.clear();
    numberKeys.set(v, k);
  }
  return k;
}
/** "nr:<actor>>a<action>" */
function actorRoleKey(x: number, a: number): string {
  if (!isSmallIndex(x) || !isSmallIndex(a)) return `nr:${x}>a${a}`;
  const row = (actorRoleKeys[a] ??= []);
  return (row[x] ??= `nr:${x}>a${a}`);
}
/** "nr:a<action>><target>" */
function targetRoleKey(a: number, t: number): string {
  if (!isSmallIndex(t) || !isSmallIndex(a)) return `nr:a${a}>${t}`;
  const row = (targetRoleKeys[a] ??= []);
  return (row[t] ??= `nr:a${a}>${t}`);
}

/**
 * Who-did-what keys: "nr:<actor>>a<action>" and "nr:a<action>><target>" (the "a" keeps the two
 * apart: entity and action numbers overlap, and "3 did 0" must not be "0 done to 3"). They start with "n" so the
 * index weighs them as structured slot matches (like numbers), not as loose words: the same two
 * groups and the same deed in the same direction is strong evidence, the reverse direction is not.
 */
export function roleKeys(actors: Iterable<number>, actions: readonly number[], targets: Iterable<number>): string[] {
  const out: string[] = [];
  for (const a of actions) {
    for (const x of actors) out.push(actorRoleKey(x, a));
    for (const t of targets) out.push(targetRoleKey(a, t));
  }
  return out;
}

/** Adds one deed's who-did-what keys (as `roleKeys` gives them, in its order) to a set, with no array between. */
function addRoleKeys(out: Set<string>, actors: Iterable<number>, action: number, targets: Iterable<number>): void {
  for (const x of actors) out.add(actorRoleKey(x, action));
  for (const t of targets) out.add(targetRoleKey(action, t));
}

/** The keys of `from`, in its order, that `keySet` holds (`inside`) or does not hold. */
function keysIn(from: Iterable<string>, keySet: ReadonlySet<string>, inside: boolean): string[] {
  const out: string[] = [];
  for (const k of from) if (keySet.has(k) === inside) out.push(k);
  return out;
}

/** Feature key for what a quantity counts ("n:killed", "n:share"); undefined for bare counts and durations. */
export function quantityKindKey(q: { counts: string }): string | undefined {
  const c = canonicalCounts(q.counts);
  if (c === '' || c === 'count' || c === 'duration' || /^\d/.test(c)) return undefined;
  return 'n:' + c;
}

/** Marks each action preceded closely by a negation word ("did not kill", "denied seizing"); true if any is. */
function isNegated(tokens: readonly Token[], stems: readonly string[], actions: ActionMention[]): boolean {
  let someNegated = false;
  for (const a of actions) {
    a.negated = false;
    for (let k = Math.max(0, a.token - 3); k < a.token; k++) {
      const t = tokens[k] as Token;
      // "no" negates only the word right after it ("no presence"), not "no Daesh presence left".
      if (t.norm === 'no' && k !== a.token - 1) continue;
      if (NEGATION.has(t.norm) || t.norm.endsWith("n't") || NEGATION.has(stems[k] as string)) a.negated = true;
    }
    // "answers to neither government", "pledged allegiance to no one", "captured nothing": a deed whose object is a
    // negative word is denied just as by a "not" before it.
    if (!a.negated) {
      let j = a.tokenEnd;
      if (tokens[j]?.norm === 'to') j++;
      if (NEGATIVE_OBJECT.has(tokens[j]?.norm ?? '')) {
        a.negated = true;
        a.deniedOfObject = true;
      }
    }
    // "IS denied that its fighters had withdrawn": a denial with a "that" clause negates the deed inside it.
    for (let k = Math.max(0, a.token - 9); k < a.token - 1 && a.negated !== true; k++) {
      if (DENIAL.has((tokens[k] as Token).norm) && (tokens[k + 1] as Token).norm === 'that') a.negated = true;
    }
    someNegated ||= a.negated;
  }
  return someNegated;
}

/** Words that, as a deed's object, deny it ("answers to neither", "answers to no one"). */
const NEGATIVE_OBJECT = new Set(['neither', 'none', 'nobody', 'nothing', 'no']);

export const SUBORDINATORS = new Set(['which', 'who', 'whom', 'whose', 'where', 'since', 'after', 'before', 'when', 'while', 'because', 'although', 'though', 'until', 'whereas']);

/**
 * Marks actions inside a subordinate clause: from a subordinating word ("which", "after", "since", "when")
 * to the next clause break. The main deed of "IS fighters have fled Derna, according to the council, which
 * has fought the group since last June" is the flight, not the fighting.
 */
function markSubordinate(tokens: readonly Token[], text: string, offset: number, actions: ActionMention[]): Uint8Array | undefined {
  if (actions.length < 2) return undefined;
  const sub = new Uint8Array(tokens.length);
  let on = false;
  for (let i = 0; i < tokens.length; i++) {
    // (Only an open clause looks for its end: outside one, the gaps between words are not read.)
    if (on && i > 0 && gapHasMark(text, (tokens[i - 1] as Token).end - offset, (tokens[i] as Token).start - offset, CLAUSE_MARKS)) on = false;
    if (SUBORDINATORS.has((tokens[i] as Token).norm)) on = true;
    if (on) sub[i] = 1;
  }
  for (const a of actions) a.subordinate = sub[a.token] === 1;
  // Only a sentence with a main deed outside the subordinate clauses has one to put first.
  if (actions.every((a) => a.subordinate === true)) {
    for (const a of actions) a.subordinate = false;
    return undefined;
  }
  return sub;
}

/** An action in the infinitive after "to" ("joined forces to push them out") is an aim, not a reported deed. */
function markIntended(tokens: readonly Token[], actions: ActionMention[]): void {
  for (const a of actions) {
    const prev = tokens[a.token - 1];
    a.intended = prev !== undefined && prev.norm === 'to' && tokens[a.token - 2]?.isNumber !== true;
    // The object of an aim is part of it: "exploited the chaos to win recruits", "to seize control".
    if (!a.intended) a.intended = followsAnAim(actions, a);
    // Also when the aim's verb is no deed of the lexicon: "vowed to win new recruits".
    if (!a.intended) a.intended = objectOfInfinitive(tokens, a.token);
    // "drawing up options for strikes", "considering air strikes": a deed weighed, not one done or even decided.
    if (!a.intended && weighedOption(tokens, a.token)) {
      a.intended = true;
      a.hypothetical = true;
    }
    // "would lose", "could be driven out", "might have fled", "if IS loses Derna": a possibility or a condition,
    // not a deed the sentence reports (read, like an aim, as said but not done).
    if (!a.intended && (isModal(tokens, a.token) || inCondition(tokens, a.token) || subjectOfModal(tokens, a))) {
      a.intended = true;
      a.hypothetical = true;
    }
  }
}

/** Whether another deed already read as an aim ends at most a word before `a` starts (a loop, not a callback per deed). */
function followsAnAim(actions: readonly ActionMention[], a: ActionMention): boolean {
  for (const b of actions) if (b !== a && b.intended === true && b.token < a.token && a.token - b.tokenEnd <= 1) return true;
  return false;
}

/** Verbs of weighing a course of action: what they take as object is only a possibility. */
const WEIGHING_VERBS = new Set(['consider', 'considers', 'considering', 'weigh', 'weighs', 'weighing', 'mull', 'mulls', 'mulling',
  'contemplate', 'contemplates', 'contemplating', 'debate', 'debates', 'debating']);
/** Nouns of a course of action not yet chosen, that take "for" ("options for strikes", "proposals for an offensive"). */
const OPTION_NOUNS = new Set(['option', 'options', 'proposal', 'proposals', 'contingency', 'contingencies', 'scenario', 'scenarios']);
const OPTION_FILLERS = new Set(['a', 'an', 'the', 'more', 'further', 'new', 'possible', 'fresh', 'air', 'military', 'wider', 'renewed']);

/** Whether the word at `at` is the object of a weighing verb or of "options for", with at most two filler words between. */
function weighedOption(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 3 && OPTION_FILLERS.has((tokens[k] as Token).norm)) k--;
  const w = tokens[k]?.norm ?? '';
  if (WEIGHING_VERBS.has(w)) return true;
  return w === 'for' && OPTION_NOUNS.has(tokens[k - 1]?.norm ?? '');
}

const NOT_A_VERB = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'be', 'have']);

/** "to <verb> [<modifier>] <action>": an infinitive right before the action, in the same clause ("to the city" is not one). */
function objectOfInfinitive(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 2; k >= Math.max(0, at - 3); k--) {
    if ((tokens[k] as Token).norm !== 'to') continue;
    for (let j = k + 1; j < at; j++) {
      const t = tokens[j] as Token;
      // A comma or other mark between the words ends the clause: only a single space may separate them.
      if (t.isCapital || t.isNumber || NOT_A_VERB.has(t.norm) || t.start - (tokens[j - 1] as Token).end > 1) return false;
    }
    return true;
  }
  return false;
}

/**
 * "Losing Derna would be a blow", "The fall of Fatayeh could end ...": a deed named as a gerund or a noun that is
 * the subject of a modal is a supposition, not a report.
 */
function subjectOfModal(tokens: readonly Token[], a: ActionMention): boolean {
  const t = tokens[a.token] as Token;
  const nominal = t.norm.endsWith('ing') || NOMINAL_BEFORE.has(tokens[a.token - 1]?.norm ?? '');
  if (!nominal) return false;
  for (let j = a.tokenEnd; j < tokens.length && j - a.tokenEnd < 6; j++) if (MODALS.has((tokens[j] as Token).norm)) return true;
  return false;
}

const MODALS = new Set(['would', 'could', 'might', "'d"]);
/** Words that open another clause or a new verb phrase between a modal and a deed: the modal then governs something else. */
const MODAL_BREAKS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'after', 'before', 'because', 'as', 'while', 'said', 'says']);

/** Whether a modal ("would", "could", "might") governs the word at `k`, at most four words on ("would be a heavy blow"). */
function isModal(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    const w = (tokens[j] as Token).norm;
    if (MODALS.has(w)) return true;
    if (MODAL_BREAKS.has(w)) return false;
  }
  return false;
}

/** Whether the word at `k` is in an "if"/"unless" clause: the condition opened within a few words before it. */
function inCondition(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= CONDITION_REACH; j--) {
    const w = (tokens[j] as Token).norm;
    if (w === 'if' || w === 'unless' || w === 'whether') return k - j <= 6 || !punctuatedBetween(tokens, j, k);
  }
  return false;
}

/** How far back (tokens) an "if" may open the clause of a deed, when no punctuation comes between. */
const CONDITION_REACH = 12;

/** Whether a gap of more than one character (punctuation) separates any two tokens from `from` to `to`. */
function punctuatedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if ((tokens[i] as Token).start - (tokens[i - 1] as Token).end > 1) return true;
  return false;
}

/**
 * An action that only describes an actor ("militants loyal to al Qaeda", "al Qaeda-linked rivals", "with ties
 * to al Qaeda") is not the sentence's main deed: the sentence may carry that fact, but its deed is elsewhere.
 */
function markDescriptive(tokens: readonly Token[], descriptors: ReadonlySet<EntityMention>, actions: ActionMention[], text: string, offset: number): void {
  for (const m of descriptors) {
    // "al Qaeda-linked": the descriptor word is joined to the name; "linked to al Qaeda battled IS": the word after is the deed.
    const last = tokens[m.tokenEnd - 1], next = tokens[m.tokenEnd];
    const joinedAfter = last !== undefined && next !== undefined && next.start === last.end + 1 && /[-\u2010\u2011]/.test(text.charAt(last.end - offset));
    for (const a of actions) {
      const first = nameStart(tokens, m);
      if ((a.tokenEnd <= first && first - a.tokenEnd <= 1) || (a.token === m.tokenEnd && joinedAfter)) {
        a.descriptive = true;
        a.describes = m.entity;
      }
    }
  }
}

/** Words after which a participle is an adjective (a determiner, "and", a degree word): "the armed", "and armed", "most armed". */
const ATTRIBUTIVE_BEFORE = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'with', 'some', 'many', 'other', 'its', 'their', 'these', 'those', 'most', 'more', 'heavily', 'lightly', 'newly', 'well', 'poorly']);
/** Verbs of saying: a clause starts after them ("said armed men ..."). */
const REPORTING_VERBS = new Set(['said', 'say', 'says', 'told', 'reported', 'added', 'claimed', 'recalled', 'insisted', 'stated']);
/** An adjective before the participle ("powerful armed group", "largest armed faction"). */
const ADJECTIVE_ENDING = /(?:ful|est|ous|ive)$/;
/** Nouns for people and armed bodies that an adjective-participle describes ("armed men", "an armed group"). */
const PEOPLE_NOUNS = new Set(['men', 'man', 'group', 'groups', 'youths', 'youth', 'residents', 'civilians', 'volunteers', 'fighters', 'gangs', 'gang', 'militia', 'militias', 'factions', 'faction', 'people', 'locals', 'villagers', 'tribesmen', 'guards', 'units', 'unit', 'soldiers', 'troops', 'police', 'policemen', 'force', 'forces', 'brigade', 'brigades', 'opposition']);

/**
 * A participle right before a name or a noun for people, after a determiner, "and" or an adjective ("the council and armed residents",
 * "the most powerful armed group", "wounded fighters"), is an adjective: it says what those people are, not a
 * deed the sentence reports. It is read as a description (of the named party when there is one), like "loyal to".
 */
function markAttributive(tokens: readonly Token[], entities: readonly EntityMention[], actions: ActionMention[], text: string, offset: number): void {
  for (const a of actions) {
    if (a.descriptive === true || a.tokenEnd !== a.token + 1) continue;
    const t = tokens[a.token] as Token;
    if (!t.norm.endsWith('ed') && !PARTICIPLE_ONLY.has(t.norm)) continue;
    const after = tokens[a.tokenEnd];
    if (after === undefined || after.start - t.end > 1) continue;
    const prev = tokens[a.token - 1];
    // After anything else (a subject, an auxiliary, another verb: "paraded captured fighters") it may report the deed.
    // A degree word joined by a hyphen ("best-armed", "well-equipped") makes a compound adjective.
    const hyphened = prev !== undefined && prev.end === t.start - 1 && /[-\u2010\u2011]/.test(text.charAt(prev.end - offset));
    // After a verb of saying a new clause opens, and a participle first in it can only be its subject's
    // adjective ("residents said armed men had ...": no finite deed can come before its own subject).
    if (prev !== undefined && !hyphened && !ATTRIBUTIVE_BEFORE.has(prev.norm) && !ADJECTIVE_ENDING.test(prev.norm) && !REPORTING_VERBS.has(prev.norm)) continue;
    if (prev !== undefined && entities.some((m) => m.tokenEnd === a.token)) continue;
    // A word of a name ("the United States") is not a participle.
    if (entities.some((m) => m.tokenStart <= a.token && a.token < m.tokenEnd)) continue;
    const named = entities.find((m) => m.tokenStart === a.tokenEnd);
    // Right after an article ("an armed insurgency", "the captured town") it modifies whatever noun follows.
    const article = prev !== undefined && (prev.norm === 'a' || prev.norm === 'an' || prev.norm === 'the');
    // One plain adjective may stand between ("armed young men", "wounded local fighters").
    const afterNext = tokens[a.tokenEnd + 1];
    const adjectiveThenPeople = afterNext !== undefined && !after.isCapital && PEOPLE_NOUNS.has(afterNext.norm) && afterNext.start - after.end <= 1;
    if (named === undefined && !PEOPLE_NOUNS.has(after.norm) && !adjectiveThenPeople && !(article && /^\p{L}/u.test(after.norm))) continue;
    a.descriptive = true;
    if (named !== undefined) a.describes = named.entity;
  }
}

/** Deed words that, in the singular right before a noun, are adjectives naming a relation ("rival governments"). */
const ADJECTIVAL_DEED_WORDS = new Set(['rival']);

/**
 * "Libya's rival governments", "a rival Islamist alliance said": "rival" right before a noun (a lower-case word or a
 * name, with no mark between) says what the noun's people are to someone, as "enemy" would; it reports no deed of
 * opposing. The plural noun ("IS fought its rivals") and "rival" before "of"/"to" are left as they are.
 */
function markAdjectivalDeedWords(tokens: readonly Token[], text: string, offset: number, actions: ActionMention[]): void {
  for (const a of actions) {
    if (a.descriptive === true || a.tokenEnd !== a.token + 1) continue;
    const t = tokens[a.token] as Token;
    if (!ADJECTIVAL_DEED_WORDS.has(t.norm)) continue;
    const next = tokens[a.tokenEnd];
    if (next === undefined || next.isNumber || NOT_A_NOUN_AFTER_ADJECTIVE.has(next.norm)) continue;
    if (gapHasMark(text, t.end - offset, next.start - offset, NAME_BREAKS)) continue;
    a.descriptive = true;
  }
}

/** Words after "rival" that show it is no adjective ("rival of", "rivals to", "rival and"). */
const NOT_A_NOUN_AFTER_ADJECTIVE = new Set(['of', 'to', 'and', 'or', 'for', 'in', 'at', 'with', 'is', 'was', 'are', 'were', 'has', 'had', 'said', 'says']);

/** Generic nouns for people that a restrictive "who" clause identifies ("the people who ...", "those who ..."). */
const GENERIC_PEOPLE = new Set(['people', 'those', 'men', 'ones', 'one', 'anyone', 'everyone', 'whoever']);

/**
 * "The people who expelled IS are not democrats", "those who fled": a deed in a restrictive clause that picks out
 * whom the sentence is about; the sentence says something else of them.
 */
function markIdentifyingClause(tokens: readonly Token[], text: string, offset: number, actions: ActionMention[]): void {
  for (const a of actions) {
    if (a.descriptive === true) continue;
    const who = tokens[a.token - 1];
    if (who === undefined || (who.norm !== 'who' && who.norm !== 'that')) continue;
    const head = tokens[a.token - 2];
    if (head === undefined || !GENERIC_PEOPLE.has(head.norm) || /[,;]/.test(text.slice(head.end - offset, who.start - offset))) continue;
    // "the number of those who surrendered", "most of the men who fled": the sentence counts the doers, so it tells
    // that the deed was done (and how many did it), not something else about people picked out by it.
    if (countsThePeople(tokens, a.token - 2)) continue;
    // "X were the ones who did it" is a cleft: it tells who did the deed, the deed is the sentence's own.
    if (CLEFT_BE.has(tokens[a.token - 4]?.norm ?? '') && tokens[a.token - 3]?.norm === 'the') continue;
    a.descriptive = true;
  }
}

/** Auxiliaries between a relative pronoun and its verb ("who had fought", "that have held"). */
export const RELATIVE_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'once', 'long', 'previously', 'also']);

/**
 * "Local jihadists who had fought Gaddafi for decades bristled at ...", "the brigades that had fought Gaddafi never
 * handed over their weapons": a restrictive relative clause (no comma) on a plural noun or a named party says which
 * people are meant; the sentence's deed is the one its main verb reports, after the clause. With no comma to close it
 * the clause cannot be told by punctuation (markSubordinate), so the deed right after the pronoun is read as a
 * description when another deed follows it further on that the sentence reports.
 */
function markRestrictiveRelative(tokens: readonly Token[], entities: readonly EntityMention[], text: string, offset: number, actions: ActionMention[]): void {
  for (const a of actions) {
    if (a.descriptive === true || a.intended === true) continue;
    let k = a.token - 1;
    while (k > 0 && RELATIVE_AUXILIARIES.has((tokens[k] as Token).norm)) k--;
    const pronoun = tokens[k];
    if (pronoun === undefined || (pronoun.norm !== 'who' && pronoun.norm !== 'that') || k === 0) continue;
    const head = tokens[k - 1] as Token;
    // A comma before the pronoun opens a non-restrictive clause, which markSubordinate closes at the next comma.
    if (gapHasMark(text, head.end - offset, pronoun.start - offset, CLAUSE_MARKS)) continue;
    const named = entities.some((m) => m.tokenEnd === k);
    const pluralNoun = !head.isCapital && /^\p{L}{3,}s$/u.test(head.norm) && !NOT_A_HEAD_NOUN.has(head.norm) && !REPORTING_VERBS.has(head.norm)
      && !GENERIC_PEOPLE.has(head.norm);
    if (!named && !pluralNoun) continue;
    // "X were the ones who ...", "it was X that ...": a cleft, whose clause is the sentence's deed.
    if (CLEFT_BE.has(tokens[k - 2]?.norm ?? '') || tokens[k - 1]?.norm === 'ones') continue;
    // The main deed: a reported deed that starts more than two words after this one ends (not "fought and killed").
    const main = actions.some((b) => b !== a && b.token >= a.tokenEnd + 2 && b.descriptive !== true && b.intended !== true);
    if (!main) continue;
    a.descriptive = true;
  }
}

/** Words that count the people named after "of" ("the number of", "most of", "half of"). */
const COUNTING_WORDS = new Set(['number', 'numbers', 'total', 'count', 'figure', 'tally', 'most', 'many', 'half', 'majority', 'all', 'none', 'some', 'few', 'dozens', 'hundreds', 'scores']);

/** Whether the people noun at token `head` ("those") is counted: "<count word or figure> of (the) those/men ...". */
function countsThePeople(tokens: readonly Token[], head: number): boolean {
  let j = head - 1;
  if (tokens[j]?.norm === 'the') j--;
  if (tokens[j]?.norm !== 'of') return false;
  const counter = tokens[j - 1];
  return counter !== undefined && (counter.isNumber || COUNTING_WORDS.has(counter.norm));
}

/** Verbs that tell how a figure changed ("fell to", "rose to"), and nouns of a figure ("the number of ..."). */
const CHANGE_VERBS = /^(?:fall|falls|fell|fallen|falling|drop|drops|dropped|decline|declines|declined|rise|rises|rose|risen|grow|grows|grew|grown|shrink|shrank|shrunk)$/;
const FIGURE_NOUNS = new Set(['number', 'numbers', 'figure', 'total', 'count', 'tally', 'toll', 'strength', 'size']);

/**
 * "The number of fighters in Libya had fallen to about 1,000": with a figure as its subject, "fallen to" tells how the
 * figure changed, not that a town fell or a party lost. (The subject is looked for in the eight words before the verb.)
 */
function isFigureChange(tokens: readonly Token[], a: ActionMention): boolean {
  if (!CHANGE_VERBS.test(tokens[a.token]?.norm ?? '')) return false;
  for (let i = Math.max(0, a.token - 8); i < a.token; i++) if (FIGURE_NOUNS.has((tokens[i] as Token).norm) && tokens[i + 1]?.norm === 'of') return true;
  return false;
}

const SETTLEMENT_NOUNS = new Set(['city', 'town', 'port', 'village']);

/** A one-word mention that is a bare noun for a settlement ("city", "town"), resolved to a town by coreference. */
export function isTownReference(tokens: readonly Token[], m: EntityMention): boolean {
  return m.tokenEnd === m.tokenStart + 1 && SETTLEMENT_NOUNS.has(tokens[m.tokenStart]?.norm ?? '') && tokens[m.tokenStart]?.isCapital !== true;
}

/** Words after which a participle is no reduced relative: auxiliaries, pronouns, function words. */
const NOT_A_HEAD_NOUN = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'had', 'has', 'have', 'having', 'get', 'got', 'gets', 'it', 'they', 'he', 'she', 'we', 'who', 'that', 'which', 'and', 'or', 'but', 'not', 'also', 'then', 'later', 'since', 'after', 'before', 'when', 'as', 'the', 'a', 'an']);
/** Determiners that open the subject of an object relative ("checkpoints the militants had set up"). */
const RELATIVE_SUBJECT_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);

/** Adverbs that set a participle in a person's past ("once held", "formerly detained"). */
const FORMER_TIME = new Set(['once', 'formerly', 'previously', 'twice']);

/**
 * A deed in a clause that only tells which thing is meant: a participle right after a common noun with its agent
 * after "by" ("the last pocket held by the jihadists"), or an object relative without "that" ("checkpoints the
 * militants had set up"). The sentence's own deed is another one, so these are read as descriptions; a sentence
 * with no other deed (a headline, "Commanders killed by IS") keeps them as its deed.
 */
function markReducedRelative(tokens: readonly Token[], entities: readonly EntityMention[], actions: ActionMention[]): void {
  const marked: ActionMention[] = [];
  for (const a of actions) {
    if (a.descriptive === true) continue;
    const t = tokens[a.token] as Token, prev = tokens[a.token - 1];
    if (prev === undefined) continue;
    const participle = t.norm.endsWith('ed') || PARTICIPLE_ONLY.has(t.norm) || /^(set|held|put|built|left|kept|won|lost|run)$/.test(t.norm);
    if (!participle) continue;
    // "pocket held by": a plain lower-case noun, then the participle, then its agent.
    const byAgent = tokens[a.tokenEnd]?.norm === 'by' || tokens[a.tokenEnd + 1]?.norm === 'by';
    const afterNoun = !prev.isCapital && !prev.isNumber && !NOT_A_HEAD_NOUN.has(prev.norm) && /^\p{L}+$/u.test(prev.norm)
      && !/(?:ly|ed)$/.test(prev.norm) && !REPORTING_VERBS.has(prev.norm) && !entities.some((m) => m.tokenEnd === a.token);
    // "checkpoints the militants had set up": noun, determiner, subject, "had", participle.
    const had = prev.norm === 'had' || prev.norm === 'have' || prev.norm === 'has';
    let objectRelative = false;
    if (had) {
      const subjectEnd = a.token - 1;
      const subject = entities.find((m) => m.tokenEnd === subjectEnd);
      const subjectStart = subject !== undefined ? subject.tokenStart : subjectEnd - 1;
      const det = tokens[subjectStart - 1], head = tokens[subjectStart - 2];
      objectRelative = det !== undefined && head !== undefined && RELATIVE_SUBJECT_DETERMINERS.has(det.norm) && !head.isCapital
        && /^\p{L}+s$/u.test(head.norm) && !NOT_A_HEAD_NOUN.has(head.norm) && !REPORTING_VERBS.has(head.norm) && !/ed$/.test(head.norm);
    }
    // "a Derna native once held at Guantanamo": after a noun, an adverb of former time makes the participle
    // what the person went through before, a description, even with no other deed in the sentence.
    const head = tokens[a.token - 2];
    if (FORMER_TIME.has(prev.norm) && head !== undefined && !head.isCapital && /^\p{L}+$/u.test(head.norm) && !NOT_A_HEAD_NOUN.has(head.norm)
      && !REPORTING_VERBS.has(head.norm) && !/(?:ly|ed)$/.test(head.norm)) {
      a.descriptive = true;
      continue;
    }
    if ((byAgent && afterNoun) || objectRelative) marked.push(a);
  }
  if (marked.length === 0 || !actions.some((a) => !marked.includes(a) && a.descriptive !== true && a.token !== marked[0]?.token)) return;
  for (const a of marked) a.descriptive = true;
}

/** Nouns for people named by what they went through ("veterans of", "survivors of"): the deed after "of" is their past. */
const PEOPLE_BY_PAST = new Set(['veteran', 'veterans', 'survivor', 'survivors', 'widow', 'widows', 'orphan', 'orphans']);

/**
 * "veterans of the 2015 battles against IS", "survivors of the siege": a deed named only to say who some people
 * are, not reported by the sentence. It has no actor or target here and is read as a description.
 */
function markPastOfPeople(tokens: readonly Token[], actions: ActionMention[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const a of actions) {
    if (a.descriptive === true) continue;
    for (let k = a.token - 1; k >= 1 && a.token - k <= 4; k--) {
      if ((tokens[k] as Token).norm !== 'of') continue;
      if (PEOPLE_BY_PAST.has((tokens[k - 1] as Token).norm)) {
        a.descriptive = true;
        spans.push([(tokens[k] as Token).start, (tokens[a.tokenEnd - 1] as Token).end]);
      }
      break;
    }
  }
  return spans;
}

/** A description ("loyal to al Qaeda") says nothing of who did what, only to whom the described party is tied. */
function descriptiveRoles(a: ActionMention, lex: Lexicons): { actors: Set<number>; targets: Set<number> } {
  const targets = new Set<number>();
  if (a.describes !== undefined) for (const x of lex.entityClosure[a.describes] ?? [a.describes]) targets.add(x);
  return { actors: new Set<number>(), targets };
}

/**
 * The entities of a role set that are parties, not places (in the set's order). A module function rather than a
 * closure per role: closures made per sentence in hot loops cost an allocation each (and a name under tsx).
 */
function partiesOf(set: ReadonlySet<number>, lex: Lexicons): number[] {
  const out: number[] = [];
  for (const e of set) if (lex.places?.has(e) !== true) out.push(e);
  return out;
}

function relatedKeys(actions: readonly ActionMention[], roles: ReadonlyArray<{ actors: Set<number>; targets: Set<number> }>, lex: Lexicons): ReadonlySet<string> {
  const out = new Set<string>();
  if (lex.relatedActions === undefined) return out;
  const related = lex.relatedActions;
  const own = new Set<number>();
  for (const a of actions) own.add(a.action);
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i] as ActionMention;
    if (a.descriptive === true || a.negated === true) continue;
    const relatedToA = related[a.action];
    if (relatedToA === undefined || relatedToA.length === 0) continue;
    // (The deed's parties, read once for all its related deeds.)
    const r = roles[i] as { actors: Set<number>; targets: Set<number> };
    const actors = partiesOf(r.actors, lex), targets = partiesOf(r.targets, lex);
    for (const x of relatedToA) {
      if (own.has(x)) continue;
      out.add(actionKey(x));
      addRoleKeys(out, actors, x, targets);
    }
  }
  return out;
}

const CLAUSE_BREAK = /[,;()\u2013\u2014]/g;
function clauseBreaks(text: string, offset: number): number[] {
  const out: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) out.push(m.index + offset);
  return out;
}

/**
 * The page's dates that can date a claim set in `places`: when the sentence names one of those places, only
 * the dates in the same clause ("IS took over Derna in 2013, long before it captured Sirte": 2013 dates Derna,
 * not Sirte); otherwise all of them.
 */
export function datesFor(f: SentenceFeatures, places: readonly number[] | undefined): SentenceFeatures['dates'] {
  if (places === undefined || places.length === 0 || f.dates.length < 1 || f.clauseBreaks.length === 0) return f.dates;
  const anchors = f.entities.filter((m) => places.includes(m.entity));
  if (anchors.length === 0) return f.dates;
  // ", when ..." after a date tells what happened at that date ("in the 1990s, when the hills around Derna
  // sheltered ..."): it belongs to the date's clause.
  const breaks = f.clauseBreaks.filter((b) => !datedWhen(f, b));
  const clauses = new Set(anchors.map((m) => clauseNumber(breaks, m.start)));
  // A fronted time phrase with no deed of its own ("In June last year, after ..., the council drove ...", "On Monday,
  // IS fighters ...") sets the time of the whole sentence, whichever clause names the place.
  if (!clauses.has(0) && !f.actions.some((a) => clauseNumber(breaks, f.tokens[a.token]?.start ?? 0) === 0)) clauses.add(0);
  return f.dates.filter((d) => {
    if (d.inherited === true) return true;
    const c = clauseNumber(breaks, d.start);
    if (clauses.has(c)) return true;
    // ", making the city the first ...": a clause opened by a participle tells what the clause before brought about, then.
    if (clauses.has(c + 1) && opensWithParticiple(f, breaks[c] ?? 0)) return true;
    // "..., in October last year.": a clause that is a time phrase and nothing else dates the clause it is added to.
    return clauses.has(c - 1) && onlyTimePhrase(f, breaks, c, d);
  });
}

/** Whether the first word after the clause break at `at` is a present participle ("making", "leaving"). */
function opensWithParticiple(f: SentenceFeatures, at: number): boolean {
  const next = f.tokens.find((t) => t.start > at);
  return next !== undefined && next.norm.length > 5 && next.norm.endsWith('ing') && !/^(?:during|according|including|following)$/.test(next.norm);
}

/** Words that may stand around a date in a clause of its own ("in", "early", "the end of"). */
const TIME_PHRASE_WORDS = new Set(['in', 'on', 'at', 'by', 'during', 'of', 'the', 'early', 'late', 'mid', 'end', 'start', 'beginning', 'middle']);

/** Whether clause `c` holds the date `d` and, besides it, only framing words of a time phrase. */
function onlyTimePhrase(f: SentenceFeatures, breaks: readonly number[], c: number, d: { start: number; end: number }): boolean {
  const lo = c === 0 ? -Infinity : breaks[c - 1] ?? -Infinity;
  const hi = breaks[c] ?? Infinity;
  return f.tokens.every((t) => t.start < lo || t.start > hi || (t.start >= d.start && t.end <= d.end) || TIME_PHRASE_WORDS.has(t.norm));
}

/** Which clause (0-based, by the breaks before it) the offset `x` falls in. */
function clauseNumber(breaks: readonly number[], x: number): number {
  let n = 0;
  for (const b of breaks) if (b < x) n++;
  return n;
}

/** Whether the clause break at `at` follows a date and comes right before "when". */
function datedWhen(f: SentenceFeatures, at: number): boolean {
  const next = f.tokens.find((t) => t.start > at);
  if (next === undefined || next.norm !== 'when') return false;
  const before = f.tokens.filter((t) => t.end <= at).pop();
  return before !== undefined && f.dates.some((d) => d.end === before.end);
}

/** Whether the page negates the given actions: undefined when it does not mention them. */
export function negatesActions(f: SentenceFeatures, actions: readonly number[]): boolean | undefined {
  // (One loop, no callbacks: the scorer asks this for every claim a sentence is a candidate for.)
  let mentioned = false;
  for (const m of f.actions) {
    if (!actions.includes(m.action)) continue;
    if (m.negated === true) return true;
    mentioned = true;
  }
  return mentioned ? false : undefined;
}

/** Roles for the mentions of some actions (all mentions when none of them is mentioned). */
export function rolesFor(f: SentenceFeatures, actions: readonly number[]): { actors: Set<number>; targets: Set<number> } {
  const actors = new Set<number>(), targets = new Set<number>();
  let mentioned = false;
  for (let i = 0; i < f.actions.length; i++) {
    if (!actions.includes((f.actions[i] as ActionMention).action)) continue;
    mentioned = true;
    const r = f.roles[i];
    if (r === undefined) continue;
    for (const a of r.actors) actors.add(a);
    for (const t of r.targets) targets.add(t);
  }
  return mentioned ? { actors, targets } : { actors: f.actors, targets: f.targets };
}

const DESCRIPTOR_BEFORE = new Set(['loyal', 'link', 'linked', 'tie', 'tied', 'close', 'allied', 'affiliat', 'aligned', 'align', 'belong', 'backed', 'back', 'loyalty']);
const DESCRIPTOR_AFTER = new Set(['bas', 'base', 'based', 'link', 'linked', 'align', 'aligned', 'affiliat', 'affiliated', 'allied', 'inspired', 'backed', 'style', 'leaning']);

/** Whether a word is the Arabic article written apart ("al", "el"). */
function isSplitArticle(norm: string): boolean {
  return norm === 'al' || norm === 'el';
}

/** First token of a mention, with a split article before it ("al Qaeda" starts at "al"). */
function nameStart(tokens: readonly Token[], m: EntityMention): number {
  let first = m.tokenStart;
  while (first > 0 && isSplitArticle((tokens[first - 1] as Token).norm)) first--;
  return first;
}

/** The mentions, in text order, that only describe another party (`isDescriptor`). */
function descriptorMentions(tokens: readonly Token[], stems: readonly string[], entities: readonly EntityMention[]): ReadonlySet<EntityMention> {
  const out = new Set<EntityMention>();
  for (const m of entities) if (isDescriptor(tokens, stems, m)) out.add(m);
  return out;
}

/** An entity named only to describe another ("loyal to al Qaeda", "al Qaeda-linked"). */
function isDescriptor(tokens: readonly Token[], stems: readonly string[], m: EntityMention): boolean {
  const first = nameStart(tokens, m);
  const p1 = stems[first - 1] ?? '';
  const p2 = stems[first - 2] ?? '';
  if ((p1 === 'to' || p1 === 'with') && DESCRIPTOR_BEFORE.has(p2)) return true;
  // "the general in charge of Africa Command", "the head of the council": a title, not a deed.
  if (p1 === 'of' && /^(charg|head|chief|command|commander|leader|spokesman)/.test(p2)) return true;
  const next = tokens[m.tokenEnd];
  const last = tokens[m.tokenEnd - 1];
  if (next !== undefined && last !== undefined && next.start === last.end + 1 && DESCRIPTOR_AFTER.has(stems[m.tokenEnd] ?? '')) return true;
  return false;
}

const CIRCUMSTANCE_PREPOSITIONS = new Set(['in', 'during', 'amid', 'amidst', 'throughout']);
const CIRCUMSTANCE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * Whether the action word at `verb` is a noun heading a prepositional phrase of circumstance ("in the final push",
 * "during the latest clashes", "amid heavy fighting"): it sets the scene of another deed, whose subject is not its actor.
 */
function isCircumstance(tokens: readonly Token[], verb: number): boolean {
  // preposition, determiner, at most one modifier, then the deed: "in the final push", "during the clashes".
  for (const gap of [2, 3]) {
    const p = tokens[verb - gap], d = tokens[verb - gap + 1];
    if (p === undefined || d === undefined || !CIRCUMSTANCE_PREPOSITIONS.has(p.norm) || !CIRCUMSTANCE_DETERMINERS.has(d.norm)) continue;
    const m = tokens[verb - 1] as Token;
    if (gap === 2 || (!m.isCapital && !m.isNumber)) return true;
  }
  return false;
}

/**
 * A deed named again in the same sentence ("air strikes by Libyan warplanes"), or a word inside a longer deed
 * phrase ("strikes" in "air strikes"), keeps the parties its first mention gave it: whoever suffered the deed
 * there is not its agent a few words on.
 */
function alignRepeatedDeeds(
  actions: readonly ActionMention[], roles: Array<{ actors: Set<number>; targets: Set<number> }>, entities: readonly EntityMention[], lex: Lexicons,
): void {
  for (let i = 1; i < actions.length; i++) {
    const a = actions[i] as ActionMention, r = roles[i] as { actors: Set<number>; targets: Set<number> };
    for (let j = 0; j < i; j++) {
      const b = actions[j] as ActionMention;
      if (b.action !== a.action && !(a.token >= b.token && a.token < b.tokenEnd)) continue;
      // Only a party named before the first mention and read as its target: the subject that suffered it.
      const before = new Set<number>();
      for (const m of entities) if (m.tokenEnd <= b.token) for (const x of lex.entityClosure[m.entity] ?? [m.entity]) before.add(x);
      for (const t of (roles[j] as { targets: Set<number> }).targets) {
        if (!r.actors.has(t) || !before.has(t)) continue;
        r.actors.delete(t);
        r.targets.add(t);
      }
    }
  }
}

/** Participles with no -ed/-en ending ("set up by", "led by", "made up of"). */
const IRREGULAR_PARTICIPLES = new Set(['set', 'led', 'made', 'built', 'run', 'put', 'held', 'brought', 'won', 'begun', 'founded', 'formed']);

/** Whether the "by" at index `by` follows a participle within a few words ("formed late last year by"). */
function agentOfParticiple(tokens: readonly Token[], by: number): boolean {
  if (by < 1) return false;
  for (let k = by - 1; k >= 0 && by - k <= 5; k--) {
    const t = tokens[k] as Token;
    if (!t.isCapital && ((t.norm.endsWith('ed') || t.norm.endsWith('en')) || PARTICIPLE_ONLY.has(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm))) return true;
  }
  return false;
}

/** Verbs whose subject undergoes the deed rather than doing it ("died", "perished"). */
const UNDERGOING_VERBS = new Set(['die', 'dies', 'died', 'dying', 'perish', 'perishes', 'perished', 'perishing']);
/** Verbs of coming into being from something ("grew out of", "emerged from", "sprang from", "was born of"). */
const ORIGIN_VERBS = new Set(['grow', 'grows', 'grew', 'grown', 'growing', 'emerge', 'emerges', 'emerged', 'emerging', 'spring', 'springs', 'sprang', 'sprung', 'evolve', 'evolved', 'evolves']);

/** Prepositions after which a deed noun is something that befell the sentence's subject. */
const SUFFERED_AFTER = new Set(['from', 'by']);
/** Words naming exposure to a deed that follows them with "from" or "by". */
const EXPOSURE = new Set(['pressure', 'fire', 'threat', 'hit', 'struck', 'targeted', 'pounded', 'battered', 'weakened', 'damaged', 'destroyed', 'attacked']);

/** Token index of a "between" within a few words after a deed ("clashes raged for days in Derna between ..."); -1 if none. */
function betweenIndex(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length && i - from <= 10; i++) if ((tokens[i] as Token).norm === 'between') return i;
  return -1;
}

/** Past participles that are never simple past tense, so passive even without "was" or "were". */
const PARTICIPLE_ONLY = new Set(['driven', 'taken', 'beaten', 'slain', 'thrown', 'given', 'hidden', 'known', 'overrun', 'withdrawn', 'shown', 'seen', 'written',
  'broken', 'chosen', 'fallen', 'stolen', 'shaken', 'ridden', 'eaten', 'done', 'gone', 'begun', 'sworn', 'torn', 'blown', 'drawn', 'flown', 'grown',
  'forsaken', 'forgotten', 'bitten']);

const NOMINAL_BEFORE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'new', 'fresh', 'further', 'latest', 'renewed']);
/** Forms of "have" before a participle: the active perfect ("have driven IS out"). */
const HAVE = new Set(['have', 'has', 'had', "'ve", 'having']);

/** Adds an entity and its broader entities to a role set. */
function addWithClosure(set: Set<number>, e: number, lex: Lexicons): void {
  for (const x of lex.entityClosure[e] ?? [e]) set.add(x);
}

const ADVERBS = new Set(['also', 'later', 'then', 'reportedly', 'allegedly', 'subsequently', 'all', 'both', 'eventually', 'finally', 'since', 'just']);

const CLAUSE_COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'yet']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);
const CONTRAST_SUBORDINATORS = new Set(['while', 'whereas']);

/**
 * Token index of the first coordinated clause after `from` whose subject is a possessive phrase (", and its ranks
 * ...", "; but their leaders ..."), or that opens with ", while" or ", whereas", or the token count. (A name right
 * after ", and" may still be the deed's second target, "took the port, and Islamic State ..." is not told apart
 * without a parser; a possessive opens a new subject.)
 * A gap of more than one character before the coordinator holds the punctuation.
 */
function coordinatedClauseStart(tokens: readonly Token[], from: number): number {
  for (let i = Math.max(1, from); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!CLAUSE_COORDINATORS.has(t.norm) || t.start - (tokens[i - 1] as Token).end <= 1) continue;
    // ("while" and "whereas" never join two nouns: "held the centre, while IS retreated" starts a clause whatever follows.)
    if (CONTRAST_SUBORDINATORS.has(t.norm) || POSSESSIVES.has(tokens[i + 1]?.norm ?? '')) return i;
  }
  return tokens.length;
}

/**
 * Who did it to whom, around one action: in the active voice the entities before the verb are
 * actors and those after it targets; in the passive ("were killed by IS") the reverse, with "by" marking the actor.
 */
function readRoles(
  tokens: readonly Token[], stems: readonly string[], entities: readonly EntityMention[], descriptors: ReadonlySet<EntityMention>, first: ActionMention,
  lex: Lexicons,
): { actors: Set<number>; targets: Set<number> } {
  const actors = new Set<number>();
  const targets = new Set<number>();
  if (entities.length === 0) return { actors, targets };
  const verb = first.token;
  const prev1 = stems[verb - 1] ?? '';
  const prev2 = stems[verb - 2] ?? '';
  const surface = (tokens[verb] as Token).norm;
  const adverb = prev1.endsWith('ly') || ADVERBS.has(prev1);
  let byIndex = -1;
  for (let i = first.tokenEnd; i < stems.length; i++) if (stems[i] === 'by') {
    byIndex = i;
    break;
  }
  const withAuxiliary = (BE_FORMS.has(prev1) || BE_FORMS.has(prev2) && adverb || prev1 === 'been') && /(ed|en|wn|lost|held|left|slain|shot|taken|driven|fled|hit|struck|caught|fought)$/.test(surface);
  // Headlines drop the auxiliary: "Islamic State driven out of Derna", "Commanders killed by IS".
  // ... but "have driven IS out" is the active perfect.
  const perfect = HAVE.has(tokens[verb - 1]?.norm ?? '') || (adverb && HAVE.has(tokens[verb - 2]?.norm ?? ''));
  const headlinePassive = !perfect && (PARTICIPLE_ONLY.has(surface) || (surface.endsWith('ed') && byIndex >= 0 && byIndex - first.tokenEnd <= 2));
  // "The council grew out of a merger", "emerged from": the subject is what came into being, what follows its origin.
  const origin = ORIGIN_VERBS.has(surface) && (stems.slice(verb + 1, first.tokenEnd + 1).includes('from') || stems.slice(verb + 1, first.tokenEnd).includes('out'));
  // "A commander died in the attack": a verb of undergoing has no doer; its subject is who it befell.
  const undergone = UNDERGOING_VERBS.has(surface) && first.tokenEnd === verb + 1;
  // "The air force, under the command of General Haftar": the one under command is the one commanded; the commander
  // follows "of"/"from".
  const underAuthority = surface === 'under' && first.tokenEnd > verb + 1;
  const passive = ((withAuxiliary || headlinePassive) && !perfect) || origin || undergone || underAuthority;
  const circumstance = isCircumstance(tokens, verb);
  // "under pressure from air strikes", "hit by shelling": a deed named after "from"/"by"/"under" befalls the
  // subject; whoever is named before it suffered it (the agent, if any, follows with "by").
  // ("by withdrawing", "from leaving": a gerund after them is the subject's own deed.)
  // Only after words of exposure ("pressure from", "hit by"): "retreat from bases" names where they left, not what befell them.
  const suffered = !passive && !circumstance && !surface.endsWith('ing')
    && (prev1 === 'under' || (SUFFERED_AFTER.has(prev1) && EXPOSURE.has(tokens[verb - 2]?.norm ?? '')));
  // "clashes in Derna between IS and the council": after a two-sided deed, "between" names both parties.
  // ("a merger between A and B", "talks between ...": a joint deed named as a noun, both its makers.)
  const between = betweenIndex(tokens, first.tokenEnd);
  // The two parties run to the next punctuation (", residents said" is who reports it, not a party).
  let betweenEnd = between;
  if (between >= 0) {
    while (betweenEnd + 1 < tokens.length && betweenEnd - between < 12 && (tokens[betweenEnd + 1] as Token).start - (tokens[betweenEnd] as Token).end <= 1) betweenEnd++;
  }
  // ", and its ranks include X": a coordinated clause after a comma has its own verb, and X is not this deed's target.
  // (Looked for only when a mention after an active deed asks: -1 until then.)
  let clauseEnd = -1;
  for (const m of entities) {
    // "militants loyal to al Qaeda", "al Qaeda-linked rivals": a description of the actor, not the actor.
    if (descriptors.has(m)) continue;
    if (between >= 0 && m.tokenStart > between && m.tokenStart <= betweenEnd && lex.places?.has(m.entity) !== true) {
      addWithClosure(actors, m.entity, lex);
      continue;
    }
    // "according to the council": who reports the deed, not a party to it.
    const s0 = nameStart(tokens, m);
    if (stems[s0 - 1] === 'to' && (stems[s0 - 2] ?? '').startsWith('accord') || (stems[s0 - 1] === 'the' && stems[s0 - 2] === 'to' && (stems[s0 - 3] ?? '').startsWith('accord'))) continue;
    if (m.tokenStart > verb && m.tokenEnd <= first.tokenEnd) {
      // Inside a split phrase: "drove IS out", "pushed the militants back".
      addWithClosure(passive ? actors : targets, m.entity, lex);
      continue;
    }
    if (m.tokenEnd <= verb) {
      // "killed in the final push on Fatayih": a deed named as the circumstance of another has no actor before it.
      if (circumstance) continue;
      // Nearest entities before the verb; skip those far back, in another clause.
      if (verb - m.tokenEnd > 12) continue;
      // "The council, formed by the Abu Salim brigade, has fought ...": an agent after "by" belongs to the
      // participle before the verb, not to the verb.
      // (After a deed noun, "air strikes by the army hit ...", the agent is the verb's too.)
      if (agentOfParticiple(tokens, stems[s0 - 1] === 'by' ? s0 - 1 : stems[s0 - 1] === 'the' && stems[s0 - 2] === 'by' ? s0 - 2 : -1)) continue;
      addWithClosure(passive || suffered ? targets : actors, m.entity, lex);
    } else if (m.tokenStart >= first.tokenEnd) {
      if (passive) {
        if (byIndex >= 0 && m.tokenStart > byIndex && m.tokenStart - byIndex <= 3) addWithClosure(actors, m.entity, lex);
        else if (underAuthority && m.tokenStart - first.tokenEnd <= 4 && lex.places?.has(m.entity) !== true) addWithClosure(actors, m.entity, lex);
      } else {
        if (clauseEnd < 0) clauseEnd = coordinatedClauseStart(tokens, first.tokenEnd);
        if (m.tokenStart < clauseEnd && m.tokenStart - first.tokenEnd <= (followsBy(stems, m.tokenStart) ? AGENT_AFTER_BY_WORDS : 6)) {
          // "air strikes by the Libyan air force", "an attack from IS": the agent of a nominal deed.
          // ("the expulsion of IS from the outskirts of Derna by the council": its agent may follow its object and place.)
          const p1 = stems[m.tokenStart - 1] === 'the' ? stems[m.tokenStart - 2] : stems[m.tokenStart - 1];
          // "from" marks the agent of a deed named as a noun ("an attack from IS"), but whom a verb's deed
          // is taken from ("retook the hotel from the council").
          const agentFrom = p1 === 'from' && (NOMINAL_BEFORE.has(tokens[verb - 1]?.norm ?? '') || surface.endsWith('s'));
          addWithClosure((p1 === 'by' || agentFrom) && lex.places?.has(m.entity) !== true ? actors : targets, m.entity, lex);
        }
      }
    }
  }
  return { actors, targets };
}
