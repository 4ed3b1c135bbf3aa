// Builds the rows of the source comparison, from a page annotation (stance relative to the
// page sentence) or from the pack overview (stance toward the claim's statement).
import type { EvidenceView, SourceRef } from '../core/annotation-types.js';
import type { OverviewClaim, OverviewSource } from '../core/pack/pack-overview.js';

export interface ComparisonRow {
  source: SourceRef;
  quote: string;
  stance: 'supports' | 'contradicts';
  speaker: string;
  independenceGroup: string;
  hedge?: string;
  values?: string[];
  note?: string;
}

export interface ComparisonGroup {
  group: string;
  outlets: string[];
  rows: ComparisonRow[];
}

export function rowsFromEvidence(evidence: readonly EvidenceView[]): ComparisonRow[] {
  return evidence.map((e) => ({ ...e }));
}

export function rowsFromOverview(claim: OverviewClaim, sources: readonly OverviewSource[]): ComparisonRow[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows: ComparisonRow[] = [];
  for (const e of claim.evidence) {
    const source = byId.get(e.sourceId);
    if (source === undefined) continue;
    const row: ComparisonRow = { source, quote: e.quote, stance: e.stance, speaker: e.speaker, independenceGroup: e.independenceGroup };
    if (e.hedge !== undefined) row.hedge = e.hedge;
    if (e.note !== undefined) row.note = e.note;
    rows.push(row);
  }
  return rows;
}

/** Groups rows by independence (sources that are not independent of one another share a group), dated order inside. */
export function groupByIndependence(rows: readonly ComparisonRow[]): ComparisonGroup[] {
  const groups = new Map<string, ComparisonGroup>();
  for (const row of [...rows].sort((a, b) => a.source.published.localeCompare(b.source.published))) {
    const g = groups.get(row.independenceGroup) ?? { group: row.independenceGroup, outlets: [], rows: [] };
    if (!g.outlets.includes(row.source.outlet)) g.outlets.push(row.source.outlet);
    g.rows.push(row);
    groups.set(row.independenceGroup, g);
  }
  return [...groups.values()];
}
