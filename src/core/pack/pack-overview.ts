// A pack reduced to what a reader browses: its sources (with independence groups) and its
// claims with their evidence. The popup's Sources, Timeline and comparison views read this.
import type { SourceRef } from '../annotation-types.js';
import type { EditorialPack, Stance } from './pack-types.js';

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

/**
 * Independence groups: sources of the same outlet share a group, and an article relaying
 * another outlet's reporting joins that outlet's group (union-find over outlet ids).
 */
export function independenceGroups(sources: readonly { id: string; outlet: string; relays: readonly string[] }[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const s of sources) {
    find(s.outlet);
    for (const r of s.relays) union(s.outlet, r);
  }
  return new Map(sources.map((s) => [s.id, find(s.outlet)]));
}

export function overviewFromEditorial(pack: EditorialPack): PackOverview {
  const groups = independenceGroups(pack.sources);
  const outletNames = new Map(pack.outlets.map((o) => [o.id, o.name]));
  const sources: OverviewSource[] = pack.sources.map((s) => {
    const ref: OverviewSource = {
      id: s.id,
      outlet: outletNames.get(s.outlet) ?? s.outlet,
      outletName: outletNames.get(s.outlet) ?? s.outlet,
      title: s.title,
      published: s.published,
      file: s.file,
      independenceGroup: groups.get(s.id) ?? s.outlet,
    };
    if (s.url !== undefined) ref.url = s.url;
    return ref;
  });
  const claims: OverviewClaim[] = pack.claims.map((c) => {
    const claim: OverviewClaim = {
      id: c.id,
      statement: c.statement,
      evidence: c.evidence.map((e) => {
        const ev: OverviewEvidence = {
          sourceId: e.source,
          quote: e.quote,
          stance: e.stance,
          speaker: e.speaker,
          independenceGroup: groups.get(e.source) ?? e.source,
        };
        if (e.hedge !== undefined) ev.hedge = e.hedge;
        if (e.note !== undefined) ev.note = e.note;
        return ev;
      }),
    };
    if (c.conflictNote !== undefined) claim.conflictNote = c.conflictNote;
    return claim;
  });
  return { id: pack.id, name: pack.name, version: pack.version, sources, claims };
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
