// Runs the core matcher over every pack in the store. Indexes are built from the stored compiled
// packs once per worker life and cached (a restarted worker rebuilds them); the bundled pack's is
// built as the worker starts (preload), before the first page asks.
import { annotate, loadIndex, searchClaims, spellingCovers, topicPatterns, topicSpellings, type MatchIndex, type TopicPatterns } from '../core/index.js';
import type { Annotation, AnnotateContext, AnnotateResult, ClaimMatch, Verdict } from '../core/annotation-types.js';
import type { ClaimHit } from '../shared/messages.js';
import type { PackRecord } from './pack-record.js';

/** Pack quotes read to warm the matcher up after start-up (60 halved the first articles' matching time in the worker, 200 did no better), and how many per task. */
const WARM_UP_QUOTES = 60;
const WARM_UP_CHUNK = 6;

interface LoadedPack {
  key: string;
  index: MatchIndex;
}

/**
 * What identifies a pack's compiled content. The bundled pack of a version is the same wherever it
 * was read from (the database's copy or this build's module), so the index built at start-up from
 * the module serves the database's copy too; an imported pack is told apart by when it was added.
 */
function cacheKey(pack: PackRecord): string {
  return pack.origin === 'bundled' ? `bundled\u0000${pack.id}\u0000${pack.version}` : `imported\u0000${pack.id}\u0000${pack.version}\u0000${pack.addedAt}`;
}

/** The verdict of a sentence from the stances of the evidence it has (design.md's table). */
export function verdictOf(claims: readonly ClaimMatch[]): Verdict {
  let supports = false;
  let contradicts = false;
  for (const claim of claims) {
    for (const e of claim.evidence) {
      if (e.stance === 'supports') supports = true;
      else contradicts = true;
    }
  }
  if (supports && contradicts) return 'disputed';
  if (supports) return 'corroborated';
  if (contradicts) return 'contradicted';
  return 'unverified';
}

/** Merges the results of several packs: annotations of the same sentence are joined. */
export function mergeResults(results: readonly AnnotateResult[]): AnnotateResult {
  const [first, ...rest] = results;
  if (first === undefined) return { about: false, sentences: 0, annotations: [] };
  if (rest.length === 0) return first;
  const bySpan = new Map<string, Annotation>();
  for (const result of results) {
    for (const a of result.annotations) {
      const key = `${a.start}:${a.end}`;
      const seen = bySpan.get(key);
      if (seen === undefined) {
        bySpan.set(key, a);
        continue;
      }
      const claims = [...seen.claims, ...a.claims.filter((c) => !seen.claims.some((s) => s.id === c.id))];
      bySpan.set(key, {
        ...seen,
        claims,
        verdict: verdictOf(claims),
        counts: {
          sources: seen.counts.sources + a.counts.sources,
          independent: seen.counts.independent + a.counts.independent,
          supporting: seen.counts.supporting + a.counts.supporting,
          contradicting: seen.counts.contradicting + a.counts.contradicting,
        },
      });
    }
  }
  const merged: AnnotateResult = {
    about: results.some((r) => r.about),
    sentences: Math.max(...results.map((r) => r.sentences)),
    annotations: [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end),
  };
  const self = results.find((r) => r.selfSource !== undefined)?.selfSource;
  if (self !== undefined) merged.selfSource = self;
  return merged;
}

export class MatcherService {
  private loaded: LoadedPack[] = [];
  private spellings: { keys: string; value: string[] } | undefined;
  private patterns: { spellings: string[]; value: TopicPatterns } | undefined;

  /** Builds the index of `pack` now (worker start-up), so the first request finds it ready. */
  preload(pack: PackRecord): void {
    const key = cacheKey(pack);
    if (this.loaded.some((l) => l.key === key)) return;
    const index = loadIndex(pack.compiled);
    this.loaded.push({ key, index });
    // One throw-away annotation of the pack's own first claims, so the matcher's code is compiled
    // and warm before the first page asks (the first real annotation took 330 ms cold, 85-110 warm).
    const sample = pack.compiled.claims.slice(0, 3).map((c) => c.statement).join(' ');
    if (sample !== '') annotate(index, sample, {});
    this.warmUp(index, pack.compiled.claims.flatMap((c) => c.evidence.map((e) => e.quote)).slice(0, WARM_UP_QUOTES));
  }

  /**
   * Reads the pack's own quotes through the matcher, a few per task, after start-up: V8 optimises
   * a function only after many calls, and a worker that has matched a handful of sentences takes
   * far longer over its first article (a cold worker took 150-250 ms over a demo article, 10-35 ms
   * once warm). Small tasks, so a page's request waits behind one chunk at most.
   */
  private warmUp(index: MatchIndex, quotes: readonly string[]): void {
    const heading = topicSpellings(index)[0] ?? '';
    let at = 0;
    const step = (): void => {
      const chunk = quotes.slice(at, at + WARM_UP_CHUNK);
      at += WARM_UP_CHUNK;
      if (chunk.length === 0) return;
      try {
        annotate(index, `${heading}\n\n${chunk.join('\n\n')}`, {});
      } catch (error) {
        console.error('[corroborate] warming the matcher up failed; the first page will be slower', error);
        return;
      }
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  /** Keeps the cached indexes in step with the store's packs (cheap when nothing changed). */
  private sync(packs: readonly PackRecord[]): LoadedPack[] {
    const next: LoadedPack[] = [];
    for (const pack of packs) {
      const key = cacheKey(pack);
      next.push(this.loaded.find((l) => l.key === key) ?? { key, index: loadIndex(pack.compiled) });
    }
    this.loaded = next;
    return next;
  }

  /** The topic gates' spellings of every pack, sorted and unique (the content script's pre-check). */
  topicSpellings(packs: readonly PackRecord[]): string[] {
    const loaded = this.sync(packs);
    const keys = loaded.map((l) => l.key).join('\u0001');
    if (this.spellings?.keys !== keys) {
      this.spellings = { keys, value: [...new Set(loaded.flatMap((l) => topicSpellings(l.index)))].sort() };
    }
    return this.spellings.value;
  }

  /** The pre-check's patterns for every pack's spellings, built once per set of packs. */
  topicPatterns(packs: readonly PackRecord[]): TopicPatterns {
    const spellings = this.topicSpellings(packs);
    if (this.patterns?.spellings !== spellings) this.patterns = { spellings, value: topicPatterns(spellings) };
    return this.patterns.value;
  }

  /**
   * The imported packs (ids) whose topic spellings the bundled packs' do not cover, word-wise (an
   * imported "derna shura council" is found wherever the bundled "derna" is): content.js carries
   * the bundled spellings only, so pages on those topics need topic-extra.js.
   */
  packsWithOtherTopics(packs: readonly PackRecord[]): string[] {
    const loaded = this.sync(packs);
    const bundled = new Set(loaded.filter((_, i) => packs[i]?.origin === 'bundled').flatMap((l) => topicSpellings(l.index)));
    const covered = (spelling: string): boolean => [...bundled].some((b) => spellingCovers(b, spelling));
    return packs.filter((pack, i) => pack.origin === 'imported' && topicSpellings((loaded[i] as LoadedPack).index).some((s) => !covered(s))).map((p) => p.id);
  }

  annotate(packs: readonly PackRecord[], text: string, ctx: AnnotateContext): AnnotateResult {
    return mergeResults(this.sync(packs).map((p) => annotate(p.index, text, ctx)));
  }

  /**
   * Core's searchClaims ranks by the matcher's features (actions, entities in context); a query
   * of bare names ("Abu Salim") can give it nothing, so plain word matching over the claims'
   * statements and quotes fills the remaining places.
   */
  search(packs: readonly PackRecord[], query: string, limit: number): ClaimHit[] {
    if (query.trim() === '') return [];
    const hits: ClaimHit[] = [];
    const seen = new Set<string>();
    const add = (packId: string, claimId: string, statement: string): void => {
      const key = `${packId}\u0000${claimId}`;
      if (seen.has(key) || hits.length >= limit) return;
      seen.add(key);
      hits.push({ packId, claimId, statement });
    };
    this.sync(packs).forEach((loaded, i) => {
      const id = packs[i]?.id ?? '';
      for (const hit of searchClaims(loaded.index, query, limit)) add(id, hit.id, hit.statement);
    });
    const words = foldForSearch(query).split(/\s+/).filter((w) => w.length > 1);
    if (words.length === 0) return hits;
    for (const pack of packs) {
      for (const claim of pack.overview.claims) {
        const haystack = foldForSearch([claim.statement, ...claim.evidence.map((e) => e.quote)].join(' '));
        if (words.every((w) => haystack.includes(w))) add(pack.id, claim.id, claim.statement);
      }
    }
    return hits;
  }
}

/** Lower case without diacritics, so "Darnah" finds "Darnah" and "Dérna" finds "Derna". */
function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
