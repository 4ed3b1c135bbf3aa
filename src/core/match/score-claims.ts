// Scores a sentence against candidate claims: weighted shared features, the generic-overlap rule, roles and temporal sanity.
import type { MatchIndex } from './match-index.js';
import { featureKinds, FEATURE_KIND, hasFeature, idsOf, retrieve, retrieveIds } from './match-index.js';
import { datesFor, followsSince, RELATIVE_AUXILIARIES, rolesFor, SUBORDINATORS, type SentenceFeatures } from './sentence-features.js';
import type { Token } from '../text/tokenize.js';
import type { Quantity } from '../pack/pack-types.js';
import { rangeGap } from '../dates/date-range.js';
import { compareSlots, type SlotComparison } from '../stance/compare-slots.js';
import { setInOtherTown, storyTownUnnamed } from './other-town.js';
import { DEMONYM_ADJECTIVE, isDemonymNoun, PLURAL_DEMONYM } from './country-words.js';
import { tieOfAnotherParty } from './described-tie.js';
import { daysNamed, toldOnClaimDay } from './same-day-deed.js';
import { asksOnly } from './indirect-question.js';
import { tellsCasualties, toldByMedics } from './medic-count.js';
import { isCivilianGroup, onlyBombardment } from './bombardment.js';

export interface ClaimScore {
  claim: number;
  score: number;
  /** View (statement or evidence quote) that scored best. */
  view: number;
}

export interface ScoreOptions {
  /** Publication day of the page (day number). */
  published?: number;
  /** Minimum score to keep a claim. */
  minScore?: number;
  /** Diagnostics: keep every claim that reaches the minimum, not only those near the best. */
  keepAll?: boolean;
  /** The town the page is about (`mainTownOf`), where a sentence that names no town is set. */
  mainTown?: number;
}

/** Features shared by more than this share of claims are generic: they add score but cannot make a match. */
const GENERIC_SHARE = 0.34;
export const MIN_SCORE = 0.4;
/** A sentence dated this far (days) from a claim's period is about something else. */
const FAR_DAYS = 400;
/** Days after a claim's last report past which a period the page names (longer than a month) opens too late to be the claim's. */
const LATER_PERIOD_SLACK = 183;
/** A claim about a party's casualties, against a sentence that names no party. */
const UNNAMED_CASUALTIES = 0.75;
/** A claim about someone's casualties, against a medic's count that names no party. */
const MEDICS_COUNT = 0.5;
const TIE_RATIO = 0.85;
/** An undated sentence ranks claims dated this long (days) before the page's publication a little lower. */
const STALE_DAYS = 120;
const STALE_RANK = 0.85;
/** A claim named only in a subordinate clause ranks this much lower than its score. */
const SUBORDINATE_RANK = 0.8;
/** Share of a related deed's weight taken off (it counts for the rest). */
const RELATED_SHARE = 0.5;
export const MAX_CLAIMS = 3;
/** A claim whose deed the sentence names only as a possibility or a condition. */
const HYPOTHETICAL = 0.5;
/** A claim with no deed matched by a sentence that reports one. */
const STATE_VS_DEED = 0.8;
/** A claim whose deeds the sentence tells only in a subordinate clause, its main clause reporting another deed. */
const SETTING_ONLY = 0.4;
/** A deed reported as done, against a claim that it was planned or vowed. */
const DONE_VS_PLANNED = 0.5;
/** A name carried by at most this many claims is rare enough to pick out the event. */
const RARE_NAME_CLAIMS = 2;
/** Rank of a matched claim that lacks a rare name of the page's that another matched claim carries. */
const WITHOUT_RARE_NAME = 0.8;
/** Rank of a claim about places inside a town when the page tells of the whole town and another matched claim does too. */
const WITHOUT_PAGE_EXTENT = 0.8;
/** A claim whose tie the sentence gives only as a description of a party other than the claim's. */
const OTHER_PARTY_TIE = 0.5;
/** The only factor above 1 a claim's score can get (agreeing roles); other adjustments only lower it. */
const ROLE_BOOST = 1.1;

/**
 * A wire sentence saying that a party would not or could not comment ("There was no immediate comment from
 * Islamic State, which ...") reports an absence: what it names is context for the reader, not a stated fact.
 */
const NO_COMMENT = /\b(?:no (?:immediate |official )?comment|(?:declined|refused) to comment|could not (?:immediately )?be reached|did not (?:immediately )?respond to (?:a )?requests? for comment|not (?:immediately )?available for comment|(?:has|have|had|did) not (?:yet |immediately |publicly )?comment(?:ed)?|(?:has|have) yet to comment)\b/i;

/** A word every NO_COMMENT phrase holds: the cheap test that most sentences stop at. */
const NO_COMMENT_WORD = /comment|reached/i;

/**
 * A correction note ("Correction: an earlier version of this timeline gave the wrong month for ...") is about the
 * article, not the events: what it names is what the text got wrong.
 */
const ABOUT_THE_ARTICLE = /\b(?:an? )?(?:earlier|previous) version of this (?:article|story|report|timeline|piece|post|page)\b/i;
/** The words every ABOUT_THE_ARTICLE phrase holds, tested first. */
const ABOUT_THE_ARTICLE_WORDS = /version of this/i;

/** A sentence ending in a question mark (before any closing quote or bracket). */
const QUESTION_END = /\?["'\u201D\u2019)\]]*\s*$/;

/**
 * A sentence whose subject is an indirect question ("Whether the council can hold the town remains unclear") asks,
 * like a question. ("Whether by force or by deal, ..." offers alternatives: an "or" in the opening clause.)
 */
const OPEN_QUESTION = /^whether\b(?![^,;]*\bor\b)/i;

export function scoreSentence(index: MatchIndex, f: SentenceFeatures, opts: ScoreOptions = {}, text = ''): ClaimScore[] {
  // Reversed who-did-what keys find the claim a sentence reverses ("IS drove the council out"); they count
  // only for a claim whose roles the page swaps (compareSlots then reports the swap as a conflict).
  // Each key's feature id, looked up once (keys the index does not know are left out).
  const keyIds = idsOf(index, f.keys);
  let sentenceWeight = 0;
  for (const id of keyIds) sentenceWeight += index.weights[id] as number;
  if (sentenceWeight === 0) return [];
  // Weight of each descriptive key ("loyal to al Qaeda"): a candidate that does not share it is not scored down for it.
  const descriptiveIds = new Map<number, number>();
  for (const id of idsOf(index, f.descriptiveKeys)) descriptiveIds.set(id, index.weights[id] as number);
  let descriptiveWeight = 0;
  for (const w of descriptiveIds.values()) descriptiveWeight += w;
  const relatedIdList = idsOf(index, f.relatedKeys);
  const reversedIdList = idsOf(index, f.reversedKeys);
  const relatedIds = new Set<number>(relatedIdList);
  const deniedIds = deniedDeedIds(index, f);
  // A reading the word's object rules out ("seized the town" as a detention) is no common ground with any claim.
  const otherSenseIds = otherSenseDeedIds(index, f);
  const deniedOfObject = new Set(f.actions.filter((m) => m.deniedOfObject === true).map((m) => m.action));
  const reversedIds = new Set<number>(reversedIdList);
  const best = new Map<number, ClaimScore>();
  /** Per claim: the best score counting the reversed who-did-what keys as shared. */
  const bestReversed = new Map<number, number>();
  const minScore = opts.minScore ?? MIN_SCORE;
  const leastPageWeight = Math.max(1e-9, sentenceWeight - descriptiveWeight);
  // Upper bound of any score this view can reach (all shared weight, least page weight, the role boost): most candidates stop here.
  const mayReach = reachBound(index, leastPageWeight, minScore);
  // The inverted index applies the bound before building a candidate; another retriever's candidates are checked here.
  const candidates = index.retriever !== undefined
    ? retrieve(index, f.reversedKeys.length + f.relatedKeys.length > 0 ? [...f.keys, ...f.reversedKeys, ...f.relatedKeys] : f.keys, text)
    : retrieveIds(index, reversedIdList.length + relatedIdList.length > 0 ? [...keyIds, ...reversedIdList, ...relatedIdList] : keyIds, mayReach);
  /** The sentence's dates that name a day, read when a first candidate fails the overlap rule. */
  let days: ReturnType<typeof daysNamed> | undefined;
  /** Each feature's kind (entity, deed, word ...), looked up once for the candidates below. */
  const kinds = featureKinds(index);
  for (const c of candidates) {
    const viewWeight = index.viewWeight[c.view] as number;
    if (!mayReach(c.view, c.shared)) continue;
    const ci = index.viewClaim[c.view] as number;
    // A short quote that tells no deed ("the military chief of the Tobruk-based government, Khalifa Haftar") only
    // names the claim's parties: it cannot stand for a claim that tells a deed.
    if ((index.pack.claims[ci]?.slots.actions.length ?? 0) > 0 && isDeedlessFragment(index, c.view)) continue;
    let pageWeight = sentenceWeight;
    if (descriptiveWeight > 0) pageWeight -= descriptiveWeight;
    // A related deed ("took over" for "held") counts for half.
    let relatedShared = 0;
    // A deed the page only denies ("refused to join") is no common ground with a claim that does not deny it:
    // the claim's view shares the word, not the fact (a claim listing the deed is judged on negation instead).
    let deniedShared = 0;
    let reversedShared = 0;
    // One pass over the shared features for all four sums (each still added in feature order).
    if (descriptiveWeight > 0 || relatedIds.size > 0 || deniedIds !== undefined || reversedIds.size > 0 || otherSenseIds !== undefined) {
      const claimSlots = deniedIds !== undefined ? index.pack.claims[ci]?.slots : undefined;
      for (const id of c.features) {
        if (descriptiveWeight > 0) pageWeight += descriptiveIds.get(id) ?? 0;
        if (relatedIds.size > 0 && relatedIds.has(id)) relatedShared += RELATED_SHARE * (index.weights[id] as number);
        if (deniedIds !== undefined) {
          const act = deniedIds.get(id);
          // A deed denied of a class ("answers to no foreign leader") says nothing of the claim's own named object
          // ("linked to al Qaeda") unless the page names it: the words are shared, the fact is not (nor refuted).
          if (act !== undefined && claimSlots?.negated !== true
            && (claimSlots?.actions.includes(act) !== true || (deniedOfObject.has(act) && !claimSlots.targets.some((t) => f.entitySet.has(t))))) deniedShared += index.weights[id] as number;
        }
        if (reversedIds.size > 0 && reversedIds.has(id)) reversedShared += index.weights[id] as number;
        if (otherSenseIds !== undefined && otherSenseIds.has(id)) deniedShared += index.weights[id] as number;
      }
    }
    const shared0 = c.shared - relatedShared - deniedShared;
    // "'Everybody knew Darbi,' said a neighbour": a view that shares one name and nothing else (no deed, no word; the
    // brigade and alliance the name implies are that same name) only names someone the claim is about.
    if (sharesOneNameOnly(index, kinds, f, c.features)) continue;
    let plain = passesOverlapRule(index, c.features, reversedShared > 0 ? reversedIds : undefined);
    // A deed told on the day the claim dates it passes as a rare name would ("The fighting erupted on Wednesday").
    if (!plain && f.dates.length > 0) {
      days ??= daysNamed(f.dates);
      plain = toldOnClaimDay(days, index.pack.claims[ci]?.slots.date) && sharesPlainDeed(kinds, c.features, relatedIds, deniedIds, reversedIds);
    }
    if (plain) {
      const shared = shared0 - reversedShared;
      const score = 0.6 * (shared / viewWeight) + 0.4 * (shared / pageWeight);
      const prev = best.get(ci);
      if (prev === undefined || prev.score < score) best.set(ci, { claim: ci, score, view: c.view });
    }
    if (reversedShared > 0 && passesOverlapRule(index, c.features, undefined)) {
      const score = 0.6 * (shared0 / viewWeight) + 0.4 * (shared0 / pageWeight);
      if ((bestReversed.get(ci) ?? 0) < score) bestReversed.set(ci, score);
      if (!best.has(ci)) best.set(ci, { claim: ci, score: 0, view: c.view });
    }
  }
  // Most sentences' candidates all fall short: nothing below needs building for them, and the whole-sentence
  // tests below (each a regex over the text) run only for the few that come this far.
  if (best.size === 0) return [];
  // What the party would not comment on is the reader's context; only a deed told in a clause about that party
  // ("Haftar's army, which has fought the council since 2014, did not comment") is stated as a fact.
  const noComment = NO_COMMENT_WORD.test(text) && NO_COMMENT.test(text);
  if (noComment && !f.actions.some((m) => isRelativeClauseVerb(f, m.token))) return [];
  // A question ("How did IS lose Derna?") asks; it states nothing a source could confirm or contradict.
  if (QUESTION_END.test(text) || OPEN_QUESTION.test(text) || asksOnly(text)) return [];
  if (ABOUT_THE_ARTICLE_WORDS.test(text) && ABOUT_THE_ARTICLE.test(text)) return [];
  /** Keys the sentence gives only in a subordinate clause or a description. */
  const subordinateKeys = new Set(f.descriptiveKeys);
  // The page's extent ("much of the city"), read when a first claim gets as far as comparing it: every claim kept
  // below has, so the whole-town ranking after the loop sees it read.
  let pageExtent: 'partial' | 'total' | undefined;
  let extentRead = false;
  const kept: ClaimScore[] = [];
  const swapped = new Set<number>();
  const rank = new Map<number, number>();
  /** Claims whose who-did-what the page states the same way round. */
  const agreeing: ClaimScore[] = [];
  /** Claims the page dates otherwise; whether some matched claim has the page's date. */
  const misdated = new Set<number>();
  let datedRight = false;
  // What the sentence alone decides, read once for all its claims: the places it is set in (a plural demonym,
  // "Egyptians", names people from a country, not where the sentence is set), whether it reports a deed, and
  // whether it names a party at all.
  let pagePlaces: number[] | undefined;
  // (A verb that only introduces speech, "announcing that ...", is no deed of its own.)
  const deeds = f.actions.some((m) => m.descriptive !== true && m.speech !== true);
  const reportsDeed = f.actions.some((m) => m.descriptive !== true && m.intended !== true && m.negated !== true);
  const namesParty = f.entities.some((m) => isParty(index, m.entity));
  /** Whether a medic or a hospital gives the sentence's count: read once, for the first claim of casualties that asks. */
  let medicsTell: boolean | undefined;
  for (const s of best.values()) {
    const reversedScore = bestReversed.get(s.claim) ?? 0;
    // Every adjustment below scales the score by at most ROLE_BOOST: skip claims that cannot reach the minimum.
    if (Math.max(s.score, reversedScore) * ROLE_BOOST < minScore) continue;
    const claim = index.pack.claims[s.claim];
    if (claim === undefined) continue;
    // The reversed keys' score stands only for a claim whose roles the page swaps.
    let cmp: SlotComparison | undefined;
    let score = s.score;
    if (reversedScore > s.score) {
      cmp = compareSlots(f, claim.slots);
      if (cmp.conflict.has('roles')) score = reversedScore;
    }
    if (score * ROLE_BOOST < minScore) continue;
    const reportedBy = claim.slots.reportedBy;
    const claimDates = datesFor(f, claim.slots.places);
    const datedPage = claimDates.filter((d) => d.range.hi - d.range.lo < 3 * 366);
    if (reportedBy !== undefined) {
      // Nothing dated well after the last report of a claim can be that claim.
      // A page date of a month or less after it leaves no doubt; a vaguer one (a season, a year) that opens more than
      // half a year after the last report cannot be a time the claim's sources told of ("this year" in a 2017 text,
      // against a claim last reported in the spring of 2016).
      if (datedPage.length > 0 && datedPage.every((d) => d.range.lo > reportedBy + (d.range.hi - d.range.lo <= 31 ? 31 : LATER_PERIOD_SLACK))) continue;
      // "has been fighting X since 2016": a state that runs to the time of writing; "since" dates its start, not the sentence.
      const pointDated = datedPage.filter((d) => !followsSince(f.tokens, d.start));
      if (pointDated.length === 0 && opts.published !== undefined && opts.published - reportedBy > 2 * 365) score *= 0.6;
    }
    const date = claim.slots.date;
    if (date !== undefined) {
      const range = { lo: date[0], hi: date[1] };
      // Any page date counts here, a decade too: "in the 1990s" cannot be a deed of 2011.
      const dated = claimDates;
      if (dated.length > 0 && dated.every((d) => rangeGap(d.range, range) > FAR_DAYS)) continue;
      // A page cannot report what happened after it was published.
      if (opts.published !== undefined && range.lo > opts.published + 3) continue;
    }
    // A sentence set in another place ("in Sirte") is not about a claim set in Derna.
    if (claim.slots.places.length > 0) {
      const claimPlaces = new Set<number>();
      for (const p of claim.slots.places) for (const x of index.lex.entityClosure[p] ?? [p]) claimPlaces.add(x);
      pagePlaces ??= placesOfSentence(index, f);
      // Snipers, surrenders and a captured hospital in a Sirte story are Sirte's, however well they fit a Derna claim.
      if (setInOtherTown(index.lex, claim.slots.places, f, pagePlaces, opts.mainTown, index.topicEntities)) continue;
      if (storyTownUnnamed(index.lex, claim.slots.places, f, opts.mainTown, index.topicEntities)) continue;
      const scene = scenePlaces(index, pagePlaces, claim.slots.actors, f);
      if (scene.length > 0 && !scene.some((p) => isClaimPlace(index, p, claimPlaces, claim.slots.places))) score *= 0.5;
      // A sentence set in another city as well ("In Benghazi, ... far from Derna") is less likely this claim.
      else if (scene.some((p) => !isClaimPlace(index, p, claimPlaces, claim.slots.places) && !isBroader(index, p, claimPlaces))) score *= 0.8;
      // A sentence set only in a place the lexicon does not know ("near Ajdabiya") is not set in a claim's own town.
      else if (pagePlaces.length === 0 && f.unknownPlace === true && claim.slots.places.some((p) => (index.lex.entityClosure[p] ?? []).length > 1)) score *= 0.5;
    }
    // The page tells of other deeds than the claim: none of the claim's actions is in the sentence, or only
    // in a description of an actor ("militants loyal to al Qaeda drove IS out") while the main deed is another.
    const claimActs = claim.slots.actions;
    const named = f.actions.filter((m) => claimActs.includes(m.action));
    if (noComment && !named.some((m) => isRelativeClauseVerb(f, m.token))) continue;
    // Townspeople suffer shelling and air strikes; they do not carry them out: a sentence whose only attack is one
    // ("residents who have lived through a year of mortar fire") tells of no attack by them.
    if (claim.slots.actors.length > 0 && claim.slots.actors.every((e) => isCivilianGroup(index, e))
      && onlyBombardment(f.tokens, named.filter((m) => m.negated !== true))) continue;
    // ("Ansar al-Sharia, another al-Qaeda-aligned group": the tie is Ansar's, not the council's the claim is about.)
    if (tieOfAnotherParty(named, claim.slots.actors, f.entities, index.lex.entityClosure)) score *= OTHER_PARTY_TIE;
    // A claim of a state with no deed ("Libya lies across the sea from Italy") and a sentence that reports deeds
    // ("smugglers sent migrants across the sea"): the shared names are the setting, not the claim.
    if (claimActs.length === 0 && reportsDeed) score *= STATE_VS_DEED;
    else if (claimActs.length > 0 && deeds && named.length === 0) {
      const related = f.actions.some((m) => m.descriptive !== true && claimActs.some((a) => index.lex.relatedActions?.[m.action]?.includes(a) === true));
      score *= related ? 0.85 : 0.7;
    }
    else if (named.length > 0 && named.every((m) => m.descriptive === true)
      && (f.actions.some((m) => m.descriptive !== true && m.intended !== true && !claimActs.includes(m.action))
        || f.actions.every((m) => m.descriptive === true && m.describes === undefined))) score *= 0.7;
    // The claim's deeds told only in a "where" clause, which sets the scene of another deed ("the parliament, where
    // Haftar's allies hold sway, has refused ..."), while the main clause reports a deed the claim does not tell of: the sentence is
    // about that deed, and the parties it shares with the claim are its setting.
    else if (named.length > 0 && named.some((m) => inWhereClause(f, m.token)) && named.every((m) => m.descriptive === true || inWhereClause(f, m.token))
      && f.actions.some((m) => m.subordinate !== true && m.descriptive !== true && m.intended !== true && !claimActs.includes(m.action)
        && index.lex.relatedActions?.[m.action]?.some((a) => claimActs.includes(a)) !== true)) score *= SETTING_ONLY;
    // The page names the claim's deed only as an aim ("united to expel"): weaker than a report that it happened.
    // (A claim that is itself about a plan or a threat, "the army said it planned to advance", is told that way.)
    // Said only as a possibility or a condition ("losing Derna would be a blow"), the deed is not asserted at all.
    else if (claim.slots.actions.length > 0 && !claimTellsIntent(claim) && f.actions.some((m) => claim.slots.actions.includes(m.action))
      && f.actions.filter((m) => claim.slots.actions.includes(m.action)).every((m) => m.intended === true)) {
      // (A claim that is itself the aim of an effort, "a campaign to clear Derna", is told as an aim: only a possibility is weaker.)
      const hypothetical = f.actions.filter((m) => claim.slots.actions.includes(m.action)).every((m) => m.hypothetical === true);
      if (hypothetical) score *= HYPOTHETICAL;
      else if (!claimTellsAim(claim)) score *= 0.75;
    }
    // The other way round: a claim that someone planned or vowed a deed ("the army said it planned to advance"),
    // and a page that reports a deed as done, with no word of intent: a different fact, whatever the words shared.
    if (claimTellsIntent(claim) && !INTENT_WORDS.test(text) && f.actions.some((m) => m.descriptive !== true)
      && f.actions.every((m) => m.intended !== true)) score *= DONE_VS_PLANNED;
    // Only the role boost below can raise the score: a claim that cannot reach the minimum needs no slot comparison.
    if (score * ROLE_BOOST < minScore) continue;
    // "Much of the city" is not "the whole city": a page and a claim that disagree on the extent are further apart.
    cmp ??= compareSlots(f, claim.slots);
    const claimExtent = claimExtentOf(claim);
    if (!extentRead) {
      pageExtent = extentOf(text);
      extentRead = true;
    }
    if (pageExtent !== undefined && claimExtent !== undefined && pageExtent !== claimExtent) score *= 0.6;
    // A deed at one building or quarter of the claim's town ("driven from the Pearl Hotel") is a part of it,
    // not the whole town ("driven out of Derna altogether").
    else if (pageExtent === undefined && claimExtent === 'total' && namesPartOf(index, f, claim.slots.places)) score *= 0.6;
    // The other way round: a deed over the whole town ("driven out of the whole of Derna") against a claim about a list
    // of its sites (the Pearl Hotel, the hospital) that the sentence does not name.
    else if (pageExtent === 'total' && claimExtent === undefined && claimSitesUnnamed(index, f, claim.slots.places)) score *= 0.6;
    // A swapped role (same deed, same parties, reversed) is a conflict to report, not another event.
    // A contrast that names the claim's actor as not the one ("the army, not the council, drove them out")
    // is about that claim as squarely as a sentence confirming it.
    if (cmp.deniedActor === true) score = Math.min(1, score * ROLE_BOOST);
    else if (cmp.conflict.has('roles')) score *= 0.9;
    else if (cmp.agree.has('roles')) score = Math.min(1, score * ROLE_BOOST);
    // A claim about who did what to whom, and a sentence that names no one at all ("rockets hit the runway"):
    // the deed and the place alone are weak evidence it is that claim.
    if (!namesParty && claim.slots.actors.some((e) => isParty(index, e)) && claim.slots.targets.some((e) => isParty(index, e))) score *= 0.8;
    // Likewise a claim counting a party's dead or wounded, and a sentence that tells of casualties of no one named ("a
    // doctor said dozens more had been hurt"): hospitals and medics count everyone's.
    else if (!namesParty && countsCasualtiesOfParty(index, claim.slots)) score *= UNNAMED_CASUALTIES;
    // A medic's or a hospital's count that names no party ("a nurse said staff were treating children wounded by
    // shelling") is of whoever was brought in: it cannot stand for a claim about a party's dead or wounded.
    if (!namesParty && claimTellsCasualties(index, claim.slots) && (medicsTell ??= toldByMedics(text))) score *= MEDICS_COUNT;
    // The claim's deed done to someone the sentence names only by a common noun ("denied any links to the attackers",
    // "fought the smugglers"), while none of the claim's targets is named anywhere: the deed has another object.
    if (named.length > 0 && claim.slots.targets.some((e) => isParty(index, e)) && !claim.slots.targets.some((e) => f.entitySet.has(e))
      && named.every((m) => hasCommonNounObject(index, f, m))) score *= OTHER_OBJECT;
    // A claim that a party refused or never did a deed is about that party: a sentence telling of the deed done by
    // others it does not name ("militants in the town pledged allegiance") neither repeats nor answers the refusal.
    if (claim.slots.negated === true && claim.slots.actors.some((e) => isParty(index, e)) && !claim.slots.actors.some((e) => f.entitySet.has(e))) score *= UNNAMED_REFUSER;
    // An actor named who is neither the claim's actor nor its target: probably another event.
    const actors = claim.slots.actors;
    const pageRoles = rolesFor(f, claim.slots.actions);
    // (Unless the sentence names that actor to deny the claim's: "it was the army, not the council, that ...".)
    if (actors.length > 0 && pageRoles.actors.size > 0 && cmp.deniedActor !== true) {
      const known = new Set([...actors, ...claim.slots.targets]);
      const persons = [...pageRoles.actors].filter((a) => index.pack.entities[a]?.kind !== 'place');
      if (persons.length > 0 && !persons.some((a) => known.has(a))) score *= 0.75;
    }
    if (score >= minScore) {
      // Ranking only: a sentence with no date of its own more likely tells of the days before the page was
      // published than of a deed dated months earlier ("more than 20 of its fighters had been killed").
      const stale = datedPage.length === 0 && opts.published !== undefined && date !== undefined && date[1] < opts.published - STALE_DAYS;
      // The sentence's main deed comes first: a claim whose deeds the sentence names only in a subordinate
      // clause ("..., which has fought the group since last June") ranks after one naming its main verb.
      const namedHere = f.actions.filter((m) => claimActs.includes(m.action) && m.descriptive !== true);
      const onlySubordinate = namedHere.length > 0 && namedHere.every((m) => m.subordinate === true)
        && f.actions.some((m) => m.subordinate !== true && m.descriptive !== true && m.intended !== true && !claimActs.includes(m.action));
      // Likewise a claim whose own place the sentence names only in such a clause ("..., long before it captured Sirte").
      const placedHere = claim.slots.places.filter((p) => f.entities.some((m) => m.entity === p));
      const placedOnlySubordinate = placedHere.length > 0 && placedHere.every((p) => subordinateKeys.has('e' + p));
      rank.set(s.claim, score * (stale ? STALE_RANK : 1) * (onlySubordinate || placedOnlySubordinate ? SUBORDINATE_RANK : 1));
      kept.push({ ...s, score });
      if (cmp.conflict.has('date')) misdated.add(s.claim);
      // Only a claim dated to the month or closer confirms the page's date ("in 2015" agrees with any day of it).
      else if (cmp.agree.has('date') && date !== undefined && date[1] - date[0] <= 62) datedRight = true;
      if (cmp.conflict.has('roles')) swapped.add(s.claim);
      // Only a claim whose own deed the page names tells the page's direction for sure.
      else if (cmp.agree.has('roles') && named.length > 0) agreeing.push(s);
    }
  }
  // A claim the page matches only with who-did-what reversed is another event when a claim with the
  // page's own direction matched too ("in revenge, the council killed an IS fighter"), unless the reversed
  // claim shares a name the agreeing ones do not ("IS retook the Pearl Hotel from the council").
  let pool = kept;
  if (agreeing.length > 0 && swapped.size > 0) {
    const pageEntities = f.keys.filter((k) => k.charAt(0) === 'e').map((k) => index.featureIds.get(k)).filter((id): id is number => id !== undefined);
    const sharedEntities = (k: ClaimScore): number[] => pageEntities.filter((id) => hasFeature(index.viewFeatures[k.view] as Int32Array, id));
    const covered = new Set(agreeing.flatMap(sharedEntities));
    pool = kept.filter((k) => !swapped.has(k.claim) || sharedEntities(k).some((id) => !covered.has(id)));
  }
  // Likewise a claim the page dates otherwise is another episode of the same deed when a claim with the
  // page's date matched too ("the council drove IS out on Wednesday": April 2016, not June 2015).
  if (datedRight && misdated.size > 0) pool = pool.filter((k) => !misdated.has(k.claim));
  // A name that few claims carry (a hotel, a minor commander) picks out the event: when some matched claim carries a
  // name of the page's that rare, a claim that does not is a sibling matched on the common names, and ranks lower.
  if (pool.length > 1) {
    const rare = rareEntityIds(index, f);
    if (rare.length > 0) {
      const carries = (k: ClaimScore): boolean => rare.some((id) => claimHasFeature(index, k.claim, id));
      if (pool.some(carries)) for (const k of pool) if (!carries(k)) rank.set(k.claim, rankOf(rank, k) * WITHOUT_RARE_NAME);
    }
  }
  // "Driven out of the whole of Derna": a page that says the whole town, against a claim that says so too, is that claim
  // more than a sibling of the same days about places inside the town (a hotel, a hospital), which matched on the deed
  // and the names. (A claim of another episode stays as it ranks: the page may be telling that one.)
  if (pageExtent === 'total' && pool.length > 1) {
    const whole = pool.filter((k) => claimExtentOf(index.pack.claims[k.claim] as { statement: string }) === 'total');
    for (const k of pool) {
      if (whole.includes(k) || sitesAmong(index, index.pack.claims[k.claim]?.slots.places ?? []).length === 0) continue;
      if (whole.some((w) => sameEpisode(index.pack.claims[w.claim]?.slots.date, index.pack.claims[k.claim]?.slots.date))) rank.set(k.claim, rankOf(rank, k) * WITHOUT_PAGE_EXTENT);
    }
  }
  pool.sort((a, b) => rankOf(rank, b) - rankOf(rank, a));
  const top = pool[0];
  if (top === undefined) return [];
  if (opts.keepAll === true) return pool;
  return pool.filter((k) => rankOf(rank, k) >= rankOf(rank, top) * TIE_RATIO).slice(0, MAX_CLAIMS);
}

/**
 * Longest quote read as a fragment. A longer quote that shows no deed the lexicon knows still tells
 * one in words it does not ("a group drove around town shouting…", 50 words): a page sentence
 * quoting it word for word must still find its claim.
 */
const FRAGMENT_MAX_WORDS = 12;
const fragmentViewsByIndex = new WeakMap<MatchIndex, Uint8Array>();
/** Whether view v is an evidence quote of at most FRAGMENT_MAX_WORDS words with no action feature; worked out once per index. */
function isDeedlessFragment(index: MatchIndex, v: number): boolean {
  let fragments = fragmentViewsByIndex.get(index);
  if (fragments === undefined) {
    const kinds = featureKinds(index);
    const table = new Uint8Array(index.viewFeatures.length);
    index.viewFeatures.forEach((features, i) => {
      const evidence = index.viewEvidence[i] as number;
      if (evidence < 0 || features.some((id) => kinds[id] === FEATURE_KIND.a)) return;
      const quote = index.pack.claims[index.viewClaim[i] as number]?.evidence[evidence]?.quote ?? '';
      if (quote.split(/\s+/).filter((w) => w.length > 0).length <= FRAGMENT_MAX_WORDS) table[i] = 1;
    });
    fragments = table;
    fragmentViewsByIndex.set(index, fragments);
  }
  return fragments[v] === 1;
}

function rankOf(rank: ReadonlyMap<number, number>, k: ClaimScore): number {
  return rank.get(k.claim) ?? k.score;
}

/**
 * Whether a view sharing `shared` weight may reach the minimum score: the upper bound of any score it can get (all
 * shared weight, the least page weight, the role boost). Made by a function, not as a named closure in the caller,
 * which a name-keeping transform (tsx) would rename on every sentence.
 */
function reachBound(index: MatchIndex, leastPageWeight: number, minScore: number): (view: number, shared: number) => boolean {
  return (view, shared) => !((0.6 * (shared / (index.viewWeight[view] as number)) + 0.4 * (shared / leastPageWeight)) * ROLE_BOOST < minScore);
}

/** Feature ids (action and who-did-what keys) of deeds the sentence names only negated → the action. */
function deniedDeedIds(index: MatchIndex, f: SentenceFeatures): Map<number, number> | undefined {
  let denied: Set<number> | undefined;
  for (const m of f.actions) if (m.negated === true && f.actions.every((o) => o.action !== m.action || o.negated === true)) (denied ??= new Set()).add(m.action);
  if (denied === undefined) return undefined;
  const out = new Map<number, number>();
  for (const key of f.keys) {
    const act = /^a(\d+)$/.exec(key) ?? /^nr:(?:\d+>)?a(\d+)(?:>\d+)?$/.exec(key);
    const a = act === null ? -1 : Number(act[1]);
    if (!denied.has(a)) continue;
    const id = index.featureIds.get(key);
    if (id !== undefined) out.set(id, a);
  }
  return out;
}

/** Feature ids (action and who-did-what keys) of deeds the sentence names only in a sense its object rules out. */
function otherSenseDeedIds(index: MatchIndex, f: SentenceFeatures): Set<number> | undefined {
  let off: Set<number> | undefined;
  for (const m of f.actions) if (m.otherSense === true && f.actions.every((o) => o.action !== m.action || o.otherSense === true)) (off ??= new Set()).add(m.action);
  if (off === undefined) return undefined;
  const out = new Set<number>();
  for (const key of f.keys) {
    const act = /^a(\d+)$/.exec(key) ?? /^nr:(?:\d+>)?a(\d+)(?:>\d+)?$/.exec(key);
    if (act === null || !off.has(Number(act[1]))) continue;
    const id = index.featureIds.get(key);
    if (id !== undefined) out.add(id);
  }
  return out;
}

/**
 * Whether the token at `k` is in a subordinate clause opened by "where" (markSubordinate's clause: from the
 * subordinating word to the next mark). Other subordinate clauses ("after it drove them out") often carry the fact a
 * claim tells; a "where" clause describes a place or body the main clause is about.
 */
function inWhereClause(f: SentenceFeatures, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = f.tokens[j] as Token;
    const next = f.tokens[j + 1] as Token;
    if (f.clauseBreaks.some((b) => b >= t.end && b < next.start)) return false;
    if (t.norm === 'where') return true;
    if (SUBORDINATORS.has(t.norm)) return false;
  }
  return false;
}

/** Relative pronouns whose clause has its own verb right after them ("..., which has fought ..."). */
const RELATIVE_PRONOUNS = new Set(['which', 'who']);

/**
 * Whether the token at `k` is the verb of a relative clause about the party named before it (", which has fought
 * the council", ", who led the assault"): only auxiliaries stand between the pronoun and it.
 */
function isRelativeClauseVerb(f: SentenceFeatures, k: number): boolean {
  let j = k - 1;
  while (j > 0 && RELATIVE_AUXILIARIES.has((f.tokens[j] as Token).norm)) j--;
  return RELATIVE_PRONOUNS.has(f.tokens[j]?.norm ?? '');
}

/** A claim that a party refused a deed, against a sentence that never names that party. */
const UNNAMED_REFUSER = 0.7;
/** A claim whose deed the page does to an object it names only by a common noun, none of the claim's targets named. */
const OTHER_OBJECT = 0.6;
/** Words between a deed and its object ("links to the ...", "fought with the ..."). */
const OBJECT_PREPOSITIONS = new Set(['to', 'with', 'against', 'on', 'of']);
/** Determiners that open a noun phrase naming an object ("the attackers", "any smugglers"). */
const OBJECT_DETERMINERS = new Set(['the', 'those', 'these', 'any']);

/**
 * Whether the deed's object right after it is a common noun phrase ("the attackers"): a determiner and a lower-case
 * word that no entity mention covers and that is no bare organisation noun ("the group").
 */
function hasCommonNounObject(index: MatchIndex, f: SentenceFeatures, m: { tokenEnd: number }): boolean {
  let j = m.tokenEnd;
  if (OBJECT_PREPOSITIONS.has(f.tokens[j]?.norm ?? '')) j++;
  if (!OBJECT_DETERMINERS.has(f.tokens[j]?.norm ?? '')) return false;
  const head = f.tokens[j + 1];
  if (head === undefined || head.isCapital || !/^\p{Ll}/u.test(head.surface)) return false;
  // A bare organisation noun ("the group", "the council") may name the claim's target: the text before tells which.
  if (index.lex.referents?.has(head.norm) === true) return false;
  return !f.entities.some((e) => e.tokenStart <= j + 1 && e.tokenEnd > j + 1 || e.tokenStart === j);
}

function namesPeopleOf(f: SentenceFeatures, m: { tokenStart: number; tokenEnd: number }): boolean {
  if (m.tokenEnd !== m.tokenStart + 1) return false;
  const surface = f.tokens[m.tokenStart]?.surface ?? '';
  return surface.length > 5 && PLURAL_DEMONYM.test(surface);
}

/**
 * The places a sentence is set in. "A former Egyptian army officer", "Tunisian fighters": a country adjective before a
 * noun for a person tells where that person comes from, not where the sentence is set. "American officials", "Egyptian
 * diplomats" speak for their state: not the scene either when the sentence names a place by its name, but with none
 * the state they speak for is the only hint of it ("a claim Egyptian officials did not confirm"). Before anything else
 * ("Egyptian warplanes", "the Egyptian border") the adjective may well be the scene, and counts.
 */
function placesOfSentence(index: MatchIndex, f: SentenceFeatures): number[] {
  const places = f.entities.filter((m) => !namesPeopleOf(f, m) && index.pack.entities[m.entity]?.kind === 'place');
  const origins = places.map((m) => countryOfPerson(index, f, m));
  const named = places.filter((_, i) => origins[i] === undefined);
  const kept = named.length > 0 ? named : places.filter((_, i) => origins[i] !== 'origin');
  return kept.map((m) => m.entity);
}

/**
 * The page's places that can set the scene of a claim: countries the claim lists as doers ("airstrikes by the Libyan
 * army, the United States and Egypt") are, when the page lists them too ("Libyan, Egyptian and American jets", "strikes
 * by the air force, by Egypt and by the Americans"), the parties to the deed. (One such country alone, "Egyptian jets
 * bombed ...", may be the scene-setting word it usually is.)
 */
function scenePlaces(index: MatchIndex, pagePlaces: readonly number[], claimActors: readonly number[], f: SentenceFeatures): readonly number[] {
  if (claimActors.length < 2 || !pagePlaces.some((p) => claimActors.includes(p))) return pagePlaces;
  // (A state's voice, "Egyptian officials did not confirm", speaks of the deed: it is not listed among its doers.)
  let listed = 0;
  for (const a of claimActors) if (f.entities.some((m) => m.entity === a && countryOfPerson(index, f, m) !== 'voice')) listed++;
  if (listed < 2) return pagePlaces;
  return pagePlaces.filter((p) => !claimActors.includes(p));
}

/** Nouns for a person (or people) that a country adjective describes by origin. */
const PERSON_NOUNS = new Set(['officer', 'officers', 'commander', 'commanders', 'national', 'nationals', 'citizen', 'citizens', 'cleric', 'clerics',
  'preacher', 'preachers', 'emir', 'jihadist', 'jihadists', 'militant', 'militants', 'fighter', 'fighters', 'soldier', 'soldiers', 'man', 'men',
  'woman', 'women', 'engineer', 'doctor', 'student', 'students', 'recruit', 'recruits', 'volunteer', 'volunteers', 'leader', 'leaders',
  'member', 'members', 'veteran', 'veterans', 'scholar', 'ideologue', 'cadre', 'cadres', 'convert', 'worker', 'workers',
  'labourer', 'labourers', 'laborer', 'laborers', 'migrant', 'migrants',
  'analyst', 'analysts', 'researcher', 'researchers', 'expert', 'experts', 'journalist', 'journalists', 'activist', 'activists',
  // A state's raids ("an Egyptian air raid", "American strikes") are whose they are, not where they struck.
  'raid', 'raids', 'strike', 'strikes', 'airstrike', 'airstrikes']);
/** Nouns for people who speak for their state. */
const STATE_VOICE_NOUNS = new Set(['official', 'officials', 'diplomat', 'diplomats', 'spokesman', 'spokeswoman', 'minister', 'envoy', 'intelligence', 'authorities', 'government']);

/**
 * Whether a place mention is a country adjective describing a person: 'origin' ("an Egyptian army officer",
 * "Tunisian fighters"), 'voice' ("American officials"), else undefined.
 */
function countryOfPerson(index: MatchIndex, f: SentenceFeatures, m: { entity: number; tokenStart: number; tokenEnd: number }): 'origin' | 'voice' | undefined {
  if (m.tokenEnd !== m.tokenStart + 1) return undefined;
  const surface = f.tokens[m.tokenStart]?.surface ?? '';
  // (A town named by its own name, "Benghazi residents", is no adjective.)
  if (!DEMONYM_ADJECTIVE.test(surface) || (index.pack.entities[m.entity]?.name ?? '').split(' ').includes(surface)) return undefined;
  // "a Yemeni known as ...", "a Tunisian by most accounts": after "a"/"an", a country word that no noun follows is a
  // person of that country, as "Egyptians" are people.
  if (isDemonymNoun(f.tokens, m.tokenStart, m.tokenEnd)) return 'origin';
  // The noun within three lower-case words ("Egyptian special forces officer").
  for (let k = m.tokenEnd; k < m.tokenEnd + 4; k++) {
    const t = f.tokens[k];
    if (t === undefined || !/^\p{Ll}/u.test(t.surface)) return undefined;
    if (PERSON_NOUNS.has(t.norm)) return 'origin';
    if (STATE_VOICE_NOUNS.has(t.norm)) return 'voice';
  }
  return undefined;
}

// ("the city centre", "downtown": the middle of a town is a part of it, however it is said.)
const PARTIAL = /\b(?:much|most|parts?|large parts?|swathes?|the bulk|areas?|pockets?) of\b|\bcent(?:re|er) of\b|\bheart of\b|\bcentral\b|\bmost\b|\bpartial(?:ly)?\b|\b(?:city|town) cent(?:re|er)\b|\bdowntown\b/i;
const TOTAL = /\b(?:altogether|entirely|completely|fully|all of|the whole|complete|total|all)\b/i;

/** Words that make a claim one about an aim, a plan or a possibility rather than a deed done. */
const INTENT_WORDS = /\b(?:plan(?:s|ned|ning)?|intend(?:s|ed)?|vow(?:s|ed)?|threat(?:en(?:s|ed)?)?|promis(?:e|es|ed)|aim(?:s|ed)?|prepar(?:e|es|ed|ing)|would|could|might|fear(?:s|ed)?)\b/i;
const claimTellsIntent = statementTest(INTENT_WORDS);

/** A claim whose statement gives its deed as the aim of an effort ("a campaign to clear Derna"). */
const AIM_IN_STATEMENT = /\b(?:campaign|offensive|operation|effort|bid|drive)\s+to\s+(?:clear|push|drive|expel|oust|rid|retake|recapture|free|liberate)\b/i;
const claimTellsAim = statementTest(AIM_IN_STATEMENT);

/** A test of a claim's statement, read once per claim: the scorer asks it for every sentence the claim is a candidate of. */
function statementTest(pattern: RegExp): (claim: { statement: string }) => boolean {
  const seen = new WeakMap<object, boolean>();
  return (claim) => {
    let v = seen.get(claim);
    if (v === undefined) {
      v = pattern.test(claim.statement);
      seen.set(claim, v);
    }
    return v;
  };
}

const claimExtents = new WeakMap<object, 'partial' | 'total' | 'none'>();
function claimExtentOf(claim: { statement: string }): 'partial' | 'total' | undefined {
  let e = claimExtents.get(claim);
  if (e === undefined) {
    e = extentOf(claim.statement) ?? 'none';
    claimExtents.set(claim, e);
  }
  return e === 'none' ? undefined : e;
}

/** Whether a text tells of a deed over part of a place ("much of Derna") or all of it ("altogether"). */
function extentOf(text: string): 'partial' | 'total' | undefined {
  if (text === '') return undefined;
  const p = PARTIAL.test(text), t = TOTAL.test(text);
  return p === t ? undefined : p ? 'partial' : 'total';
}

/** A deed that at most this share of claims tell is rare: "armed", "beheadings", not "held" or "fought". */
const RARE_DEED_SHARE = 0.1;
/** A content word that at most this share of claims use is rare: "hidden", "square", not "city" or "fighter". */
const RARE_WORD_SHARE = 0.03;

/**
 * The generic-overlap rule: at least two distinctive shared features, one of them an entity, action or
 * number, or three distinctive words; features in `skip` are left out.
 */
function passesOverlapRule(index: MatchIndex, features: readonly number[], skip: ReadonlySet<number> | undefined): boolean {
  const kinds = featureKinds(index);
  let distinctive = 0, strong = 0, entities = 0, actions = 0, nonAction = 0, words = 0, rareDeeds = 0, rareWords = 0, figures = 0;
  for (const id of features) {
    if (skip !== undefined && skip.has(id)) continue;
    const kind = kinds[id];
    if (kind === FEATURE_KIND.e) entities++;
    if (kind === FEATURE_KIND.a) actions++;
    if ((index.share[id] as number) > GENERIC_SHARE) continue;
    distinctive++;
    if (kind !== FEATURE_KIND.w) strong++;
    if (kind === FEATURE_KIND.e || kind === FEATURE_KIND.n) nonAction++;
    if (kind === FEATURE_KIND.w) words++;
    if (kind === FEATURE_KIND.n && (index.share[id] as number) <= RARE_WORD_SHARE) figures++;
    if (kind === FEATURE_KIND.a && (index.share[id] as number) <= RARE_DEED_SHARE) rareDeeds++;
    if (kind === FEATURE_KIND.w && (index.share[id] as number) <= RARE_WORD_SHARE) rareWords++;
  }
  // A rare deed and a rare word of the claim told together ("rifles they had kept hidden", "beheadings in the square")
  // retell it with no name in common: each alone is common enough in war reporting, the pair seldom meets by chance.
  if (nonAction === 0 && rareDeeds >= 1 && rareWords >= 1) nonAction = 1;
  if (nonAction === 0 && words >= 2) nonAction = 1;
  // Two of the claim's deeds told together, with a word of its own, retell it even with no name in common ("resented
  // taking orders from a foreigner"): one deed is common currency, a pair of them and a word rarely meet by chance.
  if (nonAction === 0 && distinctive - words >= 2 && words >= 1) nonAction = 1;
  // Actions alone ("held", "recapture") with generic names are not a match; nor are a few common words. (A figure few
  // claims give, "4,000-6,000", is as telling as a word of the claim's own: "its ranks had doubled, to 4,000-6,000".)
  if (distinctive < 2 || nonAction === 0 || (strong === 0 && distinctive < 3)) return false;
  if (actions === 0 && entities < 2 && words + figures < 3) return false;
  return true;
}

/** Whether the view shares a deed the page tells as its own: not only a related one, nor one it denies or tells reversed. */
function sharesPlainDeed(kinds: Uint8Array, features: readonly number[], related: ReadonlySet<number>, denied: ReadonlyMap<number, number> | undefined, reversed: ReadonlySet<number>): boolean {
  for (const id of features) {
    if (kinds[id] === FEATURE_KIND.a && !related.has(id) && denied?.has(id) !== true && !reversed.has(id)) return true;
  }
  return false;
}

/** Whether the page names a place lying inside one of `places` (and not itself one of them). */
function namesPartOf(index: MatchIndex, f: SentenceFeatures, places: readonly number[]): boolean {
  return f.entities.some((m) => !places.includes(m.entity) && index.pack.entities[m.entity]?.kind === 'place'
    && (index.lex.entityClosure[m.entity] ?? []).some((x) => x !== m.entity && places.includes(x)));
}

/**
 * Whether the places list sites of another of them (a hotel and a hospital in the town), and the page names none of
 * them. (One such place, "the outskirts of Derna, notably Al Fatayih", says where in the town, not which sites.)
 */
function claimSitesUnnamed(index: MatchIndex, f: SentenceFeatures, places: readonly number[]): boolean {
  const sites = sitesAmong(index, places);
  return sites.length >= 2 && !sites.some((p) => f.entitySet.has(p));
}

const claimSites = new WeakMap<readonly number[], readonly number[]>();
/** A claim's places that lie inside another of its places (the Pearl Hotel beside Derna), worked out once per claim. */
function sitesAmong(index: MatchIndex, places: readonly number[]): readonly number[] {
  let sites = claimSites.get(places);
  if (sites === undefined) {
    sites = places.filter((p) => (index.lex.entityClosure[p] ?? []).some((x) => x !== p && places.includes(x)));
    claimSites.set(places, sites);
  }
  return sites;
}

/** Feature ids of the entities the page names that at most RARE_NAME_CLAIMS claims carry. */
function rareEntityIds(index: MatchIndex, f: SentenceFeatures): number[] {
  const claims = index.pack.claims.length;
  const out: number[] = [];
  for (const k of f.keys) {
    if (k.charAt(0) !== 'e') continue;
    const id = index.featureIds.get(k);
    if (id !== undefined && (index.share[id] as number) * claims <= RARE_NAME_CLAIMS + 1e-9) out.push(id);
  }
  return out;
}

/** Whether some view (statement or quote) of claim c has feature id (its postings are short for a rare feature). */
function claimHasFeature(index: MatchIndex, c: number, id: number): boolean {
  for (const v of index.postings[id] ?? []) if (index.viewClaim[v] === c) return true;
  return false;
}

/** Whether page place p is one of the claim's places, or lies inside one of them. */
function isClaimPlace(index: MatchIndex, p: number, claimPlaces: ReadonlySet<number>, places: readonly number[]): boolean {
  return claimPlaces.has(p) || (index.lex.entityClosure[p] ?? []).some((x) => places.includes(x));
}

/** What a casualty figure counts. */
const CASUALTY_COUNTS = new Set(['killed', 'wounded']);

/** Whether a claim gives a figure of a named party's dead or wounded ("more than a dozen council fighters were wounded"). */
function countsCasualtiesOfParty(index: MatchIndex, slots: { quantities: readonly Quantity[] }): boolean {
  let v = casualtiesOfParty.get(slots);
  if (v === undefined) {
    v = readsCasualtiesOfParty(index, slots);
    casualtiesOfParty.set(slots, v);
  }
  return v;
}
// (Per claim, read once: the entity lookup by id scans the pack.)
const casualtiesOfParty = new WeakMap<object, boolean>();

function readsCasualtiesOfParty(index: MatchIndex, slots: { quantities: readonly Quantity[] }): boolean {
  return slots.quantities.some((q) => CASUALTY_COUNTS.has(q.counts) && q.of?.some((id) => {
    const e = index.pack.entities.findIndex((x) => x.id === id);
    return e >= 0 && isParty(index, e);
  }) === true);
}

/** Whether a claim tells of someone killed or wounded; read once per claim. */
const claimCasualties = new WeakMap<object, boolean>();
function claimTellsCasualties(index: MatchIndex, slots: { actions: readonly number[] }): boolean {
  let v = claimCasualties.get(slots);
  if (v === undefined) {
    v = tellsCasualties(slots.actions.map((a) => index.pack.actions[a]?.id ?? ''));
    claimCasualties.set(slots, v);
  }
  return v;
}

/** Whether entity e is a party (anything but a place). */
function isParty(index: MatchIndex, e: number): boolean {
  return index.pack.entities[e]?.kind !== 'place';
}

/** Whether place p is a broader place of one of the claim's places (Libya for Derna). */
function isBroader(index: MatchIndex, p: number, claimPlaces: ReadonlySet<number>): boolean {
  for (const c of claimPlaces) if ((index.lex.entityClosure[c] ?? []).includes(p)) return true;
  return false;
}

/** Whether two claims' dates overlap: both dated, and neither ends before the other starts. */
function sameEpisode(a: readonly [number, number] | undefined, b: readonly [number, number] | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] <= b[1] && b[0] <= a[1];
}

/** Whether every shared feature is an entity that one name of the page implies (the name itself or a broader body or place). */
function sharesOneNameOnly(index: MatchIndex, kinds: Uint8Array, f: SentenceFeatures, features: readonly number[]): boolean {
  for (const id of features) if (kinds[id] !== FEATURE_KIND.e) return false;
  for (const m of f.entities) {
    const implied = impliedFeatureIds(index, m.entity);
    let all = true;
    for (const id of features) {
      if (!implied.has(id)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Per index, per entity: the feature ids of the entity and of every body or place it implies (filled as met). */
const impliedIdsByIndex = new WeakMap<MatchIndex, (ReadonlySet<number> | undefined)[]>();
/** The feature ids of entity e and of the broader bodies and places it implies; worked out once per entity. */
function impliedFeatureIds(index: MatchIndex, e: number): ReadonlySet<number> {
  let table = impliedIdsByIndex.get(index);
  if (table === undefined) {
    table = [];
    impliedIdsByIndex.set(index, table);
  }
  let ids = table[e];
  if (ids === undefined) {
    const made = new Set<number>();
    for (const x of index.lex.entityClosure[e] ?? [e]) {
      const id = index.featureIds.get('e' + x);
      if (id !== undefined) made.add(id);
    }
    ids = made;
    table[e] = ids;
  }
  return ids;
}
