// What the database keeps per claim pack: the compiled index the matcher loads, the overview
// the popup browses, and (for imported packs) the editorial pack so it can be exported again.
import type { CompiledPack } from '../core/pack/compile-pack.js';
import type { PackOverview } from '../core/pack/pack-overview.js';
import type { EditorialPack } from '../core/pack/pack-types.js';
import type { PackSummary } from '../shared/messages.js';

export interface PackRecord {
  id: string;
  name: string;
  version: string;
  origin: 'bundled' | 'imported';
  /** ISO timestamp. */
  addedAt: string;
  compiled: CompiledPack;
  overview: PackOverview;
  editorial?: EditorialPack;
}

export function summarisePack(record: PackRecord): PackSummary {
  return {
    id: record.id,
    name: record.name,
    version: record.version,
    origin: record.origin,
    claims: record.overview.claims.length,
    sources: record.overview.sources.length,
    addedAt: record.addedAt,
  };
}
