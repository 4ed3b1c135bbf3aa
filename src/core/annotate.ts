// annotate(): the pipeline from a text to annotations — topic gate, segmentation, matching, stance, verdict.
import type { AnnotateContext, AnnotateResult, Annotation, ClaimMatch, EvidenceView, SourceRef, Verdict } from './annotation-types.js';
import type { CompiledSource } from './pack/compile-pack.js';
import type { MatchIndex } from './match/match-index.js';
import { isAboutTopic } from './match/topic-gate.js';
import { segmentSentences } from './text/segment-sentences.js';
import { extractFeatures, type SentenceFeatures } from './match/sentence-features.js';
import { MAX_CLAIMS, scoreSentence, type ClaimScore, type ScoreOptions } from './match/score-claims.js';
import { evidenceStance, type EvidenceStance } from './stance/evidence-stance.js';
import { compareSlots, figuresStated, type Dimension } from './stance/compare-slots.js';
import type { QuantityMention } from './quantities/extract-quantities.js';
import { recogniseSource } from './match/recognise-source.js';
import { parsePublished, type DateMention } from './dates/parse-dates.js';
import { inferPublished } from './dates/infer-published.js';
import { dateLineDay } from './dates/date-line.js';
import { laterNamesDay } from './dates/later-names.js';
import { dayToIso } from './dates/date-range.js';
import { placesInsideNames } from './entities/coreference.js';
import { statementsOf, type Statement } from './text/split-statements.js';
import { carriedParties, carryScene } from './match/carry-scene.js';
import { mainTownOf } from './match/other-town.js';
import { readTextNames, spanNames, type TextNames } from './entities/text-names.js';
import { isPageFurniture, readerComments } from './text/page-furniture.js';

/** What annotating a sentence leaves for the ones after it. */
interface SentenceContext {
  /** Per entity, the offset of its last mention so far. */
  recent: Map<number, number>;
  /** Per entity, how many times it was named so far. */
  counts: Map<number, number>;
  /** The dates of the last sentence that had a point-like date of its own. */
  lastDates?: DateMention[];
  /** How many sentences ago that was (1: the sentence just before). */
  lastDatesAgo: number;
  /** The features of the sentence just before. */
  previous?: SentenceFeatures;
  /** The sentence just before, when it matched claims. */
  last?: { f: SentenceFeatures; scores: ClaimScore[] };
}

/** An opening that corrects what the sentence before reported. */
const REBUTTAL_OPENING = /^(?:but )?(?:in (?:fact|reality|truth)|actually)\b/i;

/** The stance of a source toward a sentence that says the opposite of what it was compared on. */
function reversed(st: EvidenceStance): EvidenceStance {
  return st.stance === 'supports'
    ? { stance: 'contradicts', values: [], conflicts: [], agrees: [] }
    : { stance: 'supports', values: [], conflicts: [], agrees: [] };
}

/** An opening that continues the sentence before in time: "Within a week", "Two days later", "The next morning". */
const SEQUEL_OPENING = /^(?:within (?:(?:a|one|two|three|four|a few|\d+) )?(?:hours?|days?|weeks?|months?)|(?:a|one|two|three|four|several|a few|\d+) (?:days?|weeks?|months?) later|(?:days|weeks|months) later|the (?:next|following) (?:day|week|month|morning)|shortly (?:after(?:wards)?|afterwards)|soon after(?:wards)?)\b/i;

/** How many sentences back the date a sequel opening counts from may be told: the sentence just before. */
const SEQUEL_REACH = 1;

/** Sentences longer than this are not matched (tables, run-on extraction artefacts). */
const MAX_SENTENCE_CHARS = 1500;

export function annotate(index: MatchIndex, text: string, ctx: AnnotateContext = {}): AnnotateResult {
  if (!isAboutTopic(index.gate, text)) return { about: false, sentences: 0, annotations: [] };
  const given = parsePublished(ctx.published);
  // Read once for the whole-text rules (the main town, later names) and shared with the sentences.
  const names = readTextNames(text, index.lex.aliases);
  // A date the text prints at its head is its own word on when it was written; the dates its story names are a guess.
  const published = given ?? dateLineDay(text) ?? inferPublished(text, index.latestSourceDay, laterNamesDay(names.mentions, index.pack.entities, index.latestSourceDay));
  const self = recogniseSource(index.pack, text, ctx.url);
  const sentences = segmentSentences(text);
  const annotations: Annotation[] = [];
  // Per entity, the offset of its last mention so far: "the council" further on names the latest council.
  const recent = new Map<number, number>();
  const context: SentenceContext = { recent, counts: new Map(), lastDatesAgo: 0 };
  // A sentence that names no town is set in the town the text is about, which may not be the pack's.
  const mainTown = mainTownOf(names, index.lex);
  const comments = readerComments(text);
  for (const s of sentences) {
    if (s.text.length > MAX_SENTENCE_CHARS || !/\p{L}/u.test(s.text)) continue;
    // A teaser, credit or file name is no part of the story: it gets no badge, and as a reader skips it, the
    // sentence after it reads on from the one before (its names, dates and pronouns are not taken up).
    if (isPageFurniture(s, text, comments)) continue;
    const a = annotateSentence(index, s.text, s.start, published, self, context, mainTown, names);
    if (a !== undefined) annotations.push(a);
  }
  const result: AnnotateResult = { about: true, sentences: sentences.length, annotations };
  const selfSource = index.pack.sources[self];
  if (selfSource !== undefined) result.selfSource = selfSource.id;
  if (given === undefined && published !== undefined) result.datedFromText = dayToIso(published);
  return result;
}

function annotateSentence(
  index: MatchIndex, text: string, start: number, published: number | undefined, self: number, context: SentenceContext,
  mainTown: number | undefined, names: TextNames,
): Annotation | undefined {
  const recent = context.recent;
  // "They withdrew overnight": an opening pronoun or quantifier is the party the sentence before was about.
  const carried = carriedParties(context.previous, index.lex);
  const f = extractFeatures(text, start, index.lex, published, { recent, counts: context.counts, page: true, carried, names: spanNames(names, start, start + text.length) });
  // "Most were caught again within hours": the next step of a deed happens where the sentence before set it.
  carryScene(context.previous, f, index.lex);
  context.previous = f;
  // "Within a week, ...", "Days later, ...": a sentence with no date of its own that continues the one before
  // happened shortly after that sentence's date.
  const sequel = f.dates.length === 0 ? SEQUEL_OPENING.exec(text) : null;
  context.lastDatesAgo++;
  // It continues the story where the last few sentences left it: a date told many sentences back, with undated
  // deeds told since, is no longer the time it counts from.
  if (sequel !== null && context.lastDates !== undefined && context.lastDatesAgo <= SEQUEL_REACH) {
    const span = /month/i.test(sequel[0]) ? 92 : 31;
    f.dates = context.lastDates.map((d) => ({ ...d, range: { lo: d.range.lo, hi: d.range.hi + span }, start, end: start + sequel[0].length, relative: true, inherited: true }));
  }
  // Only a sentence's own point-like dates carry on (a decade or "since 2011" sets a period, not the moment).
  const own = f.dates.filter((d) => d.inherited !== true && !d.yearOnly && d.range.hi - d.range.lo <= 62);
  if (own.length > 0) {
    context.lastDates = own;
    context.lastDatesAgo = 0;
  }
  // A sentence of several statements scores each against the names before it, as the text before the sentence left them.
  const statements = statementsOf(text);
  const recentBefore = statements.length > 1 ? new Map(recent) : undefined;
  for (const m of f.entities) {
    recent.set(m.entity, m.start);
    context.counts.set(m.entity, (context.counts.get(m.entity) ?? 0) + 1);
  }
  // A town named inside a longer name ("residents of Derna") is still the town last named: "the city" further on is it.
  for (const p of placesInsideNames(f.tokens, f.entities, index.lex)) recent.set(p.entity, p.start);
  const opts: ScoreOptions = {};
  if (published !== undefined) opts.published = published;
  if (mainTown !== undefined) opts.mainTown = mainTown;
  const ownScores = recentBefore !== undefined ? scoreStatements(index, f, statements, start, published, recentBefore, context.counts, opts, carried, names) : scoreSentence(index, f, opts, text);
  // "In fact, ..." right after a claim the page only attributes ("according to the council, ..."): the page
  // corrects what it reported, so the claims of that sentence are contradicted here, by every source that backs them.
  const previous = context.last;
  context.last = ownScores.length > 0 ? { f, scores: ownScores } : undefined;
  const rebuts = previous !== undefined && previous.f.hedged && REBUTTAL_OPENING.test(text) && ownScores.length > 0;
  const rebutted = rebuts ? previous.scores.filter((p) => !ownScores.some((o) => o.claim === p.claim)) : [];
  const scores = [...ownScores, ...rebutted];
  if (scores.length === 0) return undefined;
  const claims: ClaimMatch[] = [];
  const supporting = new Set<number>();
  const contradicting = new Set<number>();
  const groups = new Set<string>();
  const sources = new Set<number>();
  const agreedBy = new Map<number, Set<Dimension>>();
  const conflictsBy = new Map<number, Dimension[][]>();
  // The sentence's figures that one of its claims states: another claim's different count of the same deed is a part
  // or a whole of it, no conflict. (A claim carried over from the sentence before is judged on that sentence alone.)
  const stated = new Set<QuantityMention>();
  for (const sc of ownScores) {
    const claim = index.pack.claims[sc.claim];
    if (claim !== undefined && claim.slots.quantities.length > 0) figuresStated(f, claim.slots, index.lex, stated);
  }
  for (const sc of scores) {
    const claim = index.pack.claims[sc.claim];
    if (claim === undefined) continue;
    const evidence: EvidenceView[] = [];
    // A claim carried over from the sentence before is judged on that sentence's features, and reversed.
    const carried = previous !== undefined && rebutted.includes(sc) ? previous : undefined;
    // How the sentence compares with the claim itself: the same for every source's entry, so worked out once.
    const elsewhere = carried !== undefined ? undefined : stated;
    const vsClaim = compareSlots(carried !== undefined ? carried.f : f, claim.slots, index.lex, elsewhere);
    for (const ev of claim.evidence) {
      if (ev.source === self) continue;
      const src = index.pack.sources[ev.source];
      if (src === undefined) continue;
      const st = carried !== undefined ? reversed(evidenceStance(carried.f, claim, ev, index.lex, vsClaim)) : evidenceStance(f, claim, ev, index.lex, vsClaim, elsewhere);
      const view: EvidenceView = { source: sourceRef(src), quote: ev.quote, stance: st.stance, speaker: ev.speaker, independenceGroup: ev.group };
      if (ev.hedge !== undefined) view.hedge = ev.hedge;
      if (st.values.length > 0) view.values = st.values;
      if (ev.note !== undefined) view.note = ev.note;
      evidence.push(view);
      sources.add(ev.source);
      groups.add(ev.group);
      (st.stance === 'supports' ? supporting : contradicting).add(ev.source);
      if (st.stance === 'supports') {
        const a = agreedBy.get(ev.source) ?? new Set<Dimension>();
        for (const d of st.agrees) a.add(d);
        agreedBy.set(ev.source, a);
      } else {
        const list = conflictsBy.get(ev.source) ?? [];
        list.push(st.conflicts);
        conflictsBy.set(ev.source, list);
      }
    }
    const m: ClaimMatch = { id: claim.id, statement: claim.statement, score: Math.round(sc.score * 1000) / 1000, evidence };
    if (claim.conflictNote !== undefined) m.conflictNote = claim.conflictNote;
    claims.push(m);
  }
  // A source that gives another value than the page for a matched claim conflicts with the sentence
  // as a whole: its support of a near-identical claim that is silent on that value does not confirm
  // the sentence. Unless, through another matched claim, the same source states the page's value
  // (the conflict was inherited from a claim whose figure that source never gave).
  for (const s of contradicting) {
    const agreed = agreedBy.get(s) ?? new Set<Dimension>();
    const dims = conflictsBy.get(s) ?? [];
    const stands = dims.some((d) => d.length === 0 || d.some((x) => !agreed.has(x)));
    if (stands) supporting.delete(s);
    else contradicting.delete(s);
  }
  return {
    text, start, end: start + text.length, verdict: decideVerdict(supporting.size, contradicting.size), claims,
    // One article that relays two outlets is still one article: independent confirmation never outnumbers the sources.
    counts: { sources: sources.size, independent: Math.min(groups.size, sources.size), supporting: supporting.size, contradicting: contradicting.size },
  };
}

/**
 * The statements a semicolon joins, each scored on its own: "Derna has defied every government; in the 1990s its men
 * fought Gaddafi" tells two facts, and the date of the second does not date the first. Each claim keeps its best
 * score over the statements; the best few are kept, as for a sentence.
 */
function scoreStatements(
  index: MatchIndex, f: SentenceFeatures, statements: readonly Statement[], start: number, published: number | undefined,
  recentBefore: ReadonlyMap<number, number>, counts: ReadonlyMap<number, number>, opts: ScoreOptions, carried: readonly number[],
  names: TextNames,
): ClaimScore[] {
  const best = new Map<number, ClaimScore>();
  for (const p of statements) {
    const at = start + p.start;
    // The names of the statements before this one are the latest.
    const recent = new Map(recentBefore);
    for (const m of f.entities) if (m.start < at) recent.set(m.entity, m.start);
    // (Only the first statement opens where the sentence does.)
    const pf = extractFeatures(p.text, at, index.lex, published, { recent, counts, page: true, carried: p.start === 0 ? carried : [], names: spanNames(names, at, at + p.text.length) });
    for (const sc of scoreSentence(index, pf, opts, p.text)) {
      const prev = best.get(sc.claim);
      if (prev === undefined || prev.score < sc.score) best.set(sc.claim, sc);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_CLAIMS);
}

export function decideVerdict(supporting: number, contradicting: number): Verdict {
  if (supporting > 0 && contradicting === 0) return 'corroborated';
  if (contradicting > 0 && supporting === 0) return 'contradicted';
  if (supporting > 0 && contradicting > 0) return 'disputed';
  return 'unverified';
}

function sourceRef(s: CompiledSource): SourceRef {
  const r: SourceRef = { id: s.id, outlet: s.outletName, title: s.title, published: s.published.slice(0, 10), file: s.file };
  if (s.url !== undefined) r.url = s.url;
  return r;
}
