// annotate(): the pipeline from a text to annotations — topic gate, segmentation, matching, stance, verdict.
import type { AnnotateContext, AnnotateResult, Annotation, ClaimMatch, EvidenceView, SourceRef, Verdict } from './annotation-types.js';
import type { CompiledSource } from './pack/compile-pack.js';
import type { MatchIndex } from './match/match-index.js';
import { isAboutTopic } from './match/topic-gate.js';
import { segmentSentences } from './text/segment-sentences.js';
import { extractFeatures } from './match/sentence-features.js';
import { scoreSentence } from './match/score-claims.js';
import { evidenceStance } from './stance/evidence-stance.js';
import type { Dimension } from './stance/compare-slots.js';
import { recogniseSource } from './match/recognise-source.js';
import { parsePublished } from './dates/parse-dates.js';

/** Sentences longer than this are not matched (tables, run-on extraction artefacts). */
const MAX_SENTENCE_CHARS = 1500;

export function annotate(index: MatchIndex, text: string, ctx: AnnotateContext = {}): AnnotateResult {
  if (!isAboutTopic(index.gate, text)) return { about: false, sentences: 0, annotations: [] };
  const published = parsePublished(ctx.published);
  const self = recogniseSource(index.pack, text, ctx.url);
  const sentences = segmentSentences(text);
  const annotations: Annotation[] = [];
  // Per entity, the offset of its last mention so far: "the council" further on names the latest council.
  const recent = new Map<number, number>();
  for (const s of sentences) {
    if (s.text.length > MAX_SENTENCE_CHARS || !/\p{L}/u.test(s.text)) continue;
    const a = annotateSentence(index, s.text, s.start, published, self, recent);
    if (a !== undefined) annotations.push(a);
  }
  const result: AnnotateResult = { about: true, sentences: sentences.length, annotations };
  const selfSource = index.pack.sources[self];
  if (selfSource !== undefined) result.selfSource = selfSource.id;
  return result;
}

function annotateSentence(
  index: MatchIndex, text: string, start: number, published: number | undefined, self: number, recent: Map<number, number>,
): Annotation | undefined {
  const f = extractFeatures(text, start, index.lex, published, { recent });
  for (const m of f.entities) recent.set(m.entity, m.start);
  const opts = published !== undefined ? { published } : {};
  const scores = scoreSentence(index, f, opts, text);
  if (scores.length === 0) return undefined;
  const claims: ClaimMatch[] = [];
  const supporting = new Set<number>();
  const contradicting = new Set<number>();
  const groups = new Set<string>();
  const sources = new Set<number>();
  const agreedBy = new Map<number, Set<Dimension>>();
  const conflictsBy = new Map<number, Dimension[][]>();
  for (const sc of scores) {
    const claim = index.pack.claims[sc.claim];
    if (claim === undefined) continue;
    const evidence: EvidenceView[] = [];
    for (const ev of claim.evidence) {
      if (ev.source === self) continue;
      const src = index.pack.sources[ev.source];
      if (src === undefined) continue;
      const st = evidenceStance(f, claim, ev);
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
