// Scores a sentence against candidate claims: weighted shared features, the generic-overlap rule, roles and temporal sanity.
import type { MatchIndex } from './match-index.js';
import { featureKind, keyWeight, retrieve } from './match-index.js';
import { rolesFor, type SentenceFeatures } from './sentence-features.js';
import { rangeGap } from '../dates/date-range.js';
import { compareSlots } from '../stance/compare-slots.js';

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
}

/** Features shared by more than this share of claims are generic: they add score but cannot make a match. */
const GENERIC_SHARE = 0.34;
export const MIN_SCORE = 0.4;
/** A sentence dated this far (days) from a claim's period is about something else. */
const FAR_DAYS = 400;
const TIE_RATIO = 0.85;
const MAX_CLAIMS = 3;
/** The only factor above 1 a claim's score can get (agreeing roles); other adjustments only lower it. */
const ROLE_BOOST = 1.1;

export function scoreSentence(index: MatchIndex, f: SentenceFeatures, opts: ScoreOptions = {}, text = ''): ClaimScore[] {
  const candidates = retrieve(index, f.keys, text);
  if (candidates.length === 0) return [];
  let sentenceWeight = 0;
  for (const k of f.keys) if (index.featureIds.has(k)) sentenceWeight += keyWeight(index, k);
  if (sentenceWeight === 0) return [];
  const best = new Map<number, ClaimScore>();
  for (const c of candidates) {
    // The generic-overlap rule: at least two distinctive shared features, one of them an entity,
    // action or number, or three distinctive words.
    let distinctive = 0, strong = 0, entities = 0, actions = 0, nonAction = 0, words = 0;
    for (const id of c.features) {
      const key = keyOf(index, id);
      const kind = featureKind(key);
      if (kind === 'e') entities++;
      if (kind === 'a') actions++;
      if ((index.share[id] as number) > GENERIC_SHARE) continue;
      distinctive++;
      if (kind !== 'w') strong++;
      if (kind === 'e' || kind === 'n') nonAction++;
      if (kind === 'w') words++;
    }
    if (nonAction === 0 && words >= 2) nonAction = 1;
    // Actions alone ("held", "recapture") with generic names are not a match; nor are a few common words.
    if (distinctive < 2 || nonAction === 0 || (strong === 0 && distinctive < 3)) continue;
    if (actions === 0 && entities < 2) continue;
    const viewWeight = index.viewWeight[c.view] as number;
    const cov = c.shared / viewWeight;
    const pcov = c.shared / sentenceWeight;
    const score = 0.6 * cov + 0.4 * pcov;
    const ci = index.viewClaim[c.view] as number;
    const prev = best.get(ci);
    if (prev === undefined || prev.score < score) best.set(ci, { claim: ci, score, view: c.view });
  }
  const minScore = opts.minScore ?? MIN_SCORE;
  const kept: ClaimScore[] = [];
  const swapped = new Set<number>();
  let rolesAgree = false;
  for (const s of best.values()) {
    // Every adjustment below scales the score by at most ROLE_BOOST: skip claims that cannot reach the minimum.
    if (s.score * ROLE_BOOST < minScore) continue;
    const claim = index.pack.claims[s.claim];
    if (claim === undefined) continue;
    let score = s.score;
    const reportedBy = claim.slots.reportedBy;
    const datedPage = f.dates.filter((d) => d.range.hi - d.range.lo < 3 * 366);
    if (reportedBy !== undefined) {
      // Nothing dated well after the last report of a claim can be that claim.
      if (datedPage.length > 0 && datedPage.every((d) => d.range.lo > reportedBy + FAR_DAYS)) continue;
      if (datedPage.length === 0 && opts.published !== undefined && opts.published - reportedBy > 2 * 365) score *= 0.6;
    }
    const date = claim.slots.date;
    if (date !== undefined) {
      const range = { lo: date[0], hi: date[1] };
      const dated = f.dates.filter((d) => d.range.hi - d.range.lo < 3 * 366);
      if (dated.length > 0 && dated.every((d) => rangeGap(d.range, range) > FAR_DAYS)) continue;
      // A page cannot report what happened after it was published.
      if (opts.published !== undefined && range.lo > opts.published + 3) continue;
    }
    // A sentence set in another place ("in Sirte") is not about a claim set in Derna.
    if (claim.slots.places.length > 0) {
      const claimPlaces = new Set<number>();
      for (const p of claim.slots.places) for (const x of index.lex.entityClosure[p] ?? [p]) claimPlaces.add(x);
      const pagePlaces = f.entities.map((m) => m.entity).filter((e) => index.pack.entities[e]?.kind === 'place');
      const related = (p: number): boolean => claimPlaces.has(p) || (index.lex.entityClosure[p] ?? []).some((x) => claim.slots.places.includes(x));
      if (pagePlaces.length > 0 && !pagePlaces.some(related)) score *= 0.5;
      // A sentence set in another city as well ("In Benghazi, ... far from Derna") is less likely this claim.
      else if (pagePlaces.some((p) => !related(p) && !isBroader(index, p, claimPlaces))) score *= 0.8;
    }
    // The page tells of other deeds than the claim: none of the claim's actions is in the sentence.
    if (claim.slots.actions.length > 0 && f.actionSet.size > 0 && !claim.slots.actions.some((a) => f.actionSet.has(a))) score *= 0.7;
    // The page names the claim's deed only as an aim ("united to expel"): weaker than a report that it happened.
    else if (claim.slots.actions.length > 0 && f.actions.some((m) => claim.slots.actions.includes(m.action))
      && f.actions.filter((m) => claim.slots.actions.includes(m.action)).every((m) => m.intended === true)) score *= 0.75;
    const cmp = compareSlots(f, claim.slots);
    // A swapped role (same deed, same parties, reversed) is a conflict to report, not another event.
    if (cmp.conflict.has('roles')) score *= 0.9;
    else if (cmp.agree.has('roles')) score = Math.min(1, score * ROLE_BOOST);
    // An actor named who is neither the claim's actor nor its target: probably another event.
    const actors = claim.slots.actors;
    const pageRoles = rolesFor(f, claim.slots.actions);
    if (actors.length > 0 && pageRoles.actors.size > 0) {
      const known = new Set([...actors, ...claim.slots.targets]);
      const persons = [...pageRoles.actors].filter((a) => index.pack.entities[a]?.kind !== 'place');
      if (persons.length > 0 && !persons.some((a) => known.has(a))) score *= 0.75;
    }
    if (score >= minScore) {
      kept.push({ ...s, score });
      if (cmp.conflict.has('roles')) swapped.add(s.claim);
      else if (cmp.agree.has('roles')) rolesAgree = true;
    }
  }
  // A claim the page matches only with who-did-what reversed is another event when a claim with the
  // page's own direction matched too ("in revenge, the council killed an IS fighter").
  const pool = rolesAgree ? kept.filter((k) => !swapped.has(k.claim)) : kept;
  pool.sort((a, b) => b.score - a.score);
  const top = pool[0];
  if (top === undefined) return [];
  return pool.filter((k) => k.score >= top.score * TIE_RATIO).slice(0, MAX_CLAIMS);
}

/** Whether place p is a broader place of one of the claim's places (Libya for Derna). */
function isBroader(index: MatchIndex, p: number, claimPlaces: ReadonlySet<number>): boolean {
  for (const c of claimPlaces) if ((index.lex.entityClosure[c] ?? []).includes(p)) return true;
  return false;
}

let keyCache: { index: MatchIndex; keys: string[] } | undefined;
function keyOf(index: MatchIndex, id: number): string {
  if (keyCache === undefined || keyCache.index !== index) {
    const keys: string[] = new Array<string>(index.featureIds.size);
    for (const [k, i] of index.featureIds) keys[i] = k;
    keyCache = { index, keys };
  }
  return keyCache.keys[id] ?? '';
}
