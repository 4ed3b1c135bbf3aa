// The in-memory match index built from a CompiledPack: lexicons, interned features, inverted postings, weights.
import { buildLexicons, type CompiledPack } from '../pack/compile-pack.js';
import type { Lexicons } from './sentence-features.js';
import { buildTopicGate, type TopicGate } from './topic-gate.js';
import { parsePublished } from '../dates/parse-dates.js';

export interface MatchIndex {
  pack: CompiledPack;
  lex: Lexicons;
  gate: TopicGate;
  /** Feature key → interned id. */
  featureIds: Map<string, number>;
  /** Per feature id: views containing it (sorted). */
  postings: Int32Array[];
  /** Per feature id: retrieval weight (idf × kind). */
  weights: Float64Array;
  /** Per feature id: fraction of claims that have it. */
  share: Float64Array;
  /** Per view: claim index, evidence index (-1 = statement), sorted feature ids, total weight. */
  viewClaim: Int32Array;
  viewEvidence: Int32Array;
  viewFeatures: Int32Array[];
  viewWeight: Float64Array;
  /** Postings longer than this are not walked; their features only score candidates found otherwise. */
  postingCap: number;
  topicEntities: Set<number>;
  /** Day number of the pack's most recent source: a text that names a later date is about later events. */
  latestSourceDay: number;
  /** Replaces the inverted-index retrieval (benchmarks compare another retriever through it). */
  retriever?: (index: MatchIndex, keys: readonly string[], text: string) => Candidate[];
}

const KIND_WEIGHT: Record<string, number> = { e: 1.6, a: 1.3, w: 1.0, n: 1.2 };

export function featureKind(key: string): 'e' | 'a' | 'w' | 'n' {
  const c = key.charAt(0);
  return c === 'e' ? 'e' : c === 'a' ? 'a' : c === 'n' ? 'n' : 'w';
}

/** Feature kinds as small numbers, for per-feature tables (see featureKinds). */
export const FEATURE_KIND = { w: 0, e: 1, a: 2, n: 3 } as const;

/** Per feature id: its kind (FEATURE_KIND), so scoring reads a table instead of the key's first letter. */
const kindsByIndex = new WeakMap<ReadonlyMap<string, number>, Uint8Array>();
export function featureKinds(index: MatchIndex): Uint8Array {
  let kinds = kindsByIndex.get(index.featureIds);
  if (kinds === undefined) {
    kinds = new Uint8Array(index.featureIds.size);
    for (const [key, id] of index.featureIds) kinds[id] = FEATURE_KIND[featureKind(key)];
    kindsByIndex.set(index.featureIds, kinds);
  }
  return kinds;
}

export function loadIndex(pack: CompiledPack): MatchIndex {
  const lex = buildLexicons(pack.entities, pack.aliases, pack.actions);
  const featureIds = new Map<string, number>();
  const claimDf: number[] = [];
  const lists: number[][] = [];
  const viewClaim: number[] = [];
  const viewEvidence: number[] = [];
  const viewFeatures: Int32Array[] = [];
  const intern = (k: string): number => {
    let id = featureIds.get(k);
    if (id === undefined) {
      id = featureIds.size;
      featureIds.set(k, id);
      claimDf.push(0);
      lists.push([]);
    }
    return id;
  };
  pack.claims.forEach((claim, ci) => {
    const claimFeatures = new Set<number>();
    for (const view of claim.views) {
      const v = viewClaim.length;
      const ids = [...new Set(view.keys.map(intern))].sort((a, b) => a - b);
      for (const id of ids) {
        (lists[id] as number[]).push(v);
        claimFeatures.add(id);
      }
      viewClaim.push(ci);
      viewEvidence.push(view.evidence);
      viewFeatures.push(Int32Array.from(ids));
    }
    for (const id of claimFeatures) claimDf[id] = (claimDf[id] as number) + 1;
  });
  const n = Math.max(1, pack.claims.length);
  const topicEntities = new Set(pack.topicEntities);
  const weights = new Float64Array(featureIds.size);
  const share = new Float64Array(featureIds.size);
  for (const [key, id] of featureIds) {
    const df = claimDf[id] as number;
    share[id] = df / n;
    let w = Math.log(1 + n / Math.max(1, df)) * (KIND_WEIGHT[featureKind(key)] ?? 1);
    if (key.charAt(0) === 'e' && topicEntities.has(Number(key.slice(1))) && df / n > 0.2) w *= 0.3;
    weights[id] = w;
  }
  const viewWeight = new Float64Array(viewFeatures.length);
  viewFeatures.forEach((f, v) => {
    let s = 0;
    for (const id of f) s += weights[id] as number;
    viewWeight[v] = s;
  });
  return {
    pack, lex, gate: buildTopicGate(pack, lex), featureIds, postings: lists.map((l) => Int32Array.from(l)), weights, share,
    viewClaim: Int32Array.from(viewClaim), viewEvidence: Int32Array.from(viewEvidence), viewFeatures, viewWeight,
    postingCap: Math.max(64, Math.ceil(viewFeatures.length * 0.02)), topicEntities,
    latestSourceDay: pack.sources.reduce((latest, s) => Math.max(latest, parsePublished(s.published) ?? -Infinity), -Infinity),
  };
}

/** Feature weight for a key the index may not know (unknown features weigh as the rarest). */
export function keyWeight(index: MatchIndex, key: string): number {
  const id = index.featureIds.get(key);
  if (id !== undefined) return index.weights[id] as number;
  return Math.log(1 + index.pack.claims.length) * (KIND_WEIGHT[featureKind(key)] ?? 1);
}

export function hasFeature(sorted: Int32Array, id: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export interface Candidate {
  view: number;
  /** Sum of weights of shared features. */
  shared: number;
  /** Shared feature ids. */
  features: number[];
}

/**
 * Candidate views for a sentence's feature keys: rare features walk their postings, common ones
 * (postings over the cap) only add to views already found — cost grows with rare matches, not with the pack.
 */
export function retrieve(index: MatchIndex, keys: readonly string[], text = ''): Candidate[] {
  if (index.retriever !== undefined) return index.retriever(index, keys, text);
  return retrieveIds(index, idsOf(index, keys), admitEveryView);
}

const admitEveryView = (): boolean => true;

/** Feature ids of the keys the index knows, in order. */
export function idsOf(index: MatchIndex, keys: readonly string[]): number[] {
  const out: number[] = [];
  for (const k of keys) {
    const id = index.featureIds.get(k);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/**
 * The inverted index's retrieval on feature ids, for the views `mayScore(view, upper)` admits, where `upper`
 * is at least the view's final `shared` (the rare sum plus every common feature's weight). Views it rejects never get a Candidate, nor
 * the common features' lookups: most views a sentence touches share one word and stop there.
 */
export function retrieveIds(index: MatchIndex, ids: readonly number[], mayScore: (view: number, upper: number) => boolean): Candidate[] {
  const rare: number[] = [];
  const common: number[] = [];
  let walked = 0;
  // Indexed loops throughout: a worker runs this mostly as bytecode, where for-of costs an iterator step per item.
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    const length = (index.postings[id] as Int32Array).length;
    if (length > index.postingCap) common.push(id);
    else {
      rare.push(id);
      walked += length;
    }
  }
  const out: Candidate[] = [];
  if (rare.length === 0) return out;
  const sc = retrievalScratch(index, walked);
  const { shared, seen, found, head, tail, entryFeature, entryNext } = sc;
  // Each view's shared rare features, in walk order, as a linked list of entries (no array per view).
  let n = 0, e = 0;
  for (let r = 0; r < rare.length; r++) {
    const id = rare[r] as number;
    const w = index.weights[id] as number;
    const list = index.postings[id] as Int32Array;
    for (let j = 0; j < list.length; j++) {
      const v = list[j] as number;
      if (seen[v] === 0) {
        seen[v] = 1;
        found[n++] = v;
        head[v] = e;
      } else {
        entryNext[tail[v] as number] = e;
      }
      tail[v] = e;
      entryFeature[e] = id;
      entryNext[e] = -1;
      e++;
      shared[v] = (shared[v] as number) + w;
    }
  }
  // Every common weight, summed once per call rather than once per view found. Added to a view's rare sum in one step
  // it can round a hair below the in-order sum of a subset, so it is raised by a margin far above rounding: the bound
  // only lets views through, and scoreSentence checks the exact shared weight again.
  let commonWeight = 0;
  for (let c = 0; c < common.length; c++) commonWeight += index.weights[common[c] as number] as number;
  const margin = 1 + 1e-9;
  for (let i = 0; i < n; i++) {
    const v = found[i] as number;
    const rareShared = shared[v] as number;
    shared[v] = 0;
    seen[v] = 0;
    if (!mayScore(v, (rareShared + commonWeight) * margin)) continue;
    const features: number[] = [];
    for (let x = head[v] as number; x >= 0; x = entryNext[x] as number) features.push(entryFeature[x] as number);
    let sum = rareShared;
    if (common.length > 0) {
      const vf = index.viewFeatures[v] as Int32Array;
      for (let c = 0; c < common.length; c++) {
        const id = common[c] as number;
        if (hasFeature(vf, id)) {
          sum += index.weights[id] as number;
          features.push(id);
        }
      }
    }
    out.push({ view: v, shared: sum, features });
  }
  return out;
}

/**
 * Per-index scratch for retrieveIds(). Per view: shared weight so far and whether it is found (both zero between
 * calls), first and last entry of its feature list; views found, in order; the entries (grown on demand).
 */
interface RetrievalScratch {
  shared: Float64Array; seen: Uint8Array; found: Int32Array; head: Int32Array; tail: Int32Array;
  entryFeature: Int32Array; entryNext: Int32Array;
}
const scratchByIndex = new WeakMap<readonly Int32Array[], RetrievalScratch>();
function retrievalScratch(index: MatchIndex, entries: number): RetrievalScratch {
  let s = scratchByIndex.get(index.viewFeatures);
  if (s === undefined) {
    const views = index.viewFeatures.length;
    s = {
      shared: new Float64Array(views), seen: new Uint8Array(views), found: new Int32Array(views), head: new Int32Array(views), tail: new Int32Array(views),
      entryFeature: new Int32Array(1024), entryNext: new Int32Array(1024),
    };
    scratchByIndex.set(index.viewFeatures, s);
  }
  if (s.entryFeature.length < entries) {
    const size = Math.max(entries, s.entryFeature.length * 2);
    s.entryFeature = new Int32Array(size);
    s.entryNext = new Int32Array(size);
  }
  return s;
}
