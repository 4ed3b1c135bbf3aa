// A pack reduced to what a reader browses: its sources (with independence groups) and its
// claims with their evidence. The popup's Sources, Timeline and comparison views read this.
import type { SourceRef } from '../annotation-types.js';
import type { CompiledPack } from './compile-pack.js';
import type { Stance } from './pack-types.js';

/** One piece of evidence: a source speaking to a claim. */
export interface OverviewEvidence {
  sourceId: string;
  quote: string;
  /** Stance toward the claim's statement. */
  stance: Stance;
  speaker: string;
  independenceGroup: string;
  hedge?: string;
  note?: string;
}

export interface OverviewSource extends SourceRef {
  outletName: string;
  independenceGroup: string;
}

export interface OverviewClaim {
  id: string;
  statement: string;
  evidence: OverviewEvidence[];
  conflictNote?: string;
}

export interface PackOverview {
  id: string;
  name: string;
  version: string;
  sources: OverviewSource[];
  claims: OverviewClaim[];
}

/** The overview of a compiled pack (the form every stored pack has, bundled or imported). */
export function overviewOf(compiled: CompiledPack): PackOverview {
  const sources: OverviewSource[] = compiled.sources.map((s) => {
    const ref: OverviewSource = {
      id: s.id,
      outlet: s.outletName,
      outletName: s.outletName,
      title: s.title,
      published: s.published,
      file: s.file,
      independenceGroup: s.group,
    };
    if (s.url !== undefined) ref.url = s.url;
    return ref;
  });
  const claims: OverviewClaim[] = compiled.claims.map((c) => {
    const evidence: OverviewEvidence[] = [];
    for (const e of c.evidence) {
      const source = compiled.sources[e.source];
      if (source === undefined) continue;
      const ev: OverviewEvidence = { sourceId: source.id, quote: e.quote, stance: e.stance, speaker: e.speaker, independenceGroup: e.group };
      if (e.hedge !== undefined) ev.hedge = e.hedge;
      if (e.note !== undefined) ev.note = e.note;
      evidence.push(ev);
    }
    const claim: OverviewClaim = { id: c.id, statement: c.statement, evidence };
    if (c.conflictNote !== undefined) claim.conflictNote = c.conflictNote;
    return claim;
  });
  return { id: compiled.id, name: compiled.name, version: compiled.version, sources, claims };
}

/** Evidence of a claim ordered by its source's publication date (then source id), for the Timeline view. */
export function timelineOf(overview: PackOverview, claimId: string): { source: OverviewSource; evidence: OverviewEvidence }[] {
  const claim = overview.claims.find((c) => c.id === claimId);
  if (!claim) return [];
  const byId = new Map(overview.sources.map((s) => [s.id, s]));
  const rows: { source: OverviewSource; evidence: OverviewEvidence }[] = [];
  for (const evidence of claim.evidence) {
    const source = byId.get(evidence.sourceId);
    if (source) rows.push({ source, evidence });
  }
  return rows.sort((a, b) => a.source.published.localeCompare(b.source.published) || a.source.id.localeCompare(b.source.id));
}
