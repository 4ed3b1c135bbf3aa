// Runs the core matcher over every pack in the store. Indexes are built lazily from the
// stored compiled packs and cached by pack id and version: a restarted worker rebuilds them.
import { annotate, loadIndex, searchClaims, type MatchIndex } from '../core/index.js';
import type { Annotation, AnnotateContext, AnnotateResult, ClaimMatch, Verdict } from '../core/annotation-types.js';
import type { ClaimHit } from '../shared/messages.js';
import type { PackRecord } from './pack-record.js';

interface LoadedPack {
  id: string;
  version: string;
  addedAt: string;
  index: MatchIndex;
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

  /** Keeps the cached indexes in step with the store's packs (cheap when nothing changed). */
  private sync(packs: readonly PackRecord[]): LoadedPack[] {
    const next: LoadedPack[] = [];
    for (const pack of packs) {
      const cached = this.loaded.find((l) => l.id === pack.id && l.version === pack.version && l.addedAt === pack.addedAt);
      next.push(cached ?? { id: pack.id, version: pack.version, addedAt: pack.addedAt, index: loadIndex(pack.compiled) });
    }
    this.loaded = next;
    return next;
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
    for (const pack of this.sync(packs)) {
      for (const hit of searchClaims(pack.index, query, limit)) add(pack.id, hit.id, hit.statement);
    }
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
