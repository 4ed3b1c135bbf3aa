// Turns an imported file into a pack record, or the reasons it is refused. Everything is
// checked here, before the database is touched, so a bad file changes nothing.
import { compilePack, type CompiledPack } from '../core/pack/compile-pack.js';
import { fromClaimReview, looksLikeClaimReview } from '../core/pack/from-claim-review.js';
import { overviewOf } from '../core/pack/pack-overview.js';
import type { EditorialPack } from '../core/pack/pack-types.js';
import { validatePack, type PackProblem } from '../core/pack/validate-pack.js';
import type { PackRecord } from './pack-record.js';

export type PreparedImport = { ok: true; record: PackRecord } | { ok: false; problems: string[] };

const MAX_LISTED_PROBLEMS = 5;

/** Checks that hold for any pack we store, whatever validatePack covers: sources exist, quotes are verbatim. */
export function checkEvidenceIntegrity(pack: EditorialPack): string[] {
  const problems: string[] = [];
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  for (const claim of pack.claims) {
    for (const e of claim.evidence) {
      const source = sources.get(e.source);
      if (source === undefined) {
        problems.push(`Claim "${claim.id}" cites an unknown source "${e.source}".`);
      } else if (!source.text.includes(e.quote)) {
        problems.push(`Claim "${claim.id}": the quote "${e.quote.slice(0, 80)}" is not found in source "${e.source}".`);
      }
    }
  }
  return problems;
}

function refuse(problems: string[]): PreparedImport {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > shown.length) shown.push(`…and ${problems.length - shown.length} more problems.`);
  return { ok: false, problems: shown };
}

export function prepareImport(fileName: string, text: string, reservedIds: ReadonlySet<string>, now = new Date()): PreparedImport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse([`"${fileName}" is not valid JSON (${error instanceof Error ? error.message : String(error)}).`]);
  }

  let pack: EditorialPack;
  if (looksLikeClaimReview(json)) {
    const converted = fromClaimReview(json, fileName.replace(/\.[^.]*$/, '') || 'Imported fact-checks');
    if (converted.pack === undefined) return refuse(converted.problems.map((p) => p.message));
    // The converted pack goes through the same validator as a project pack.
    const { problems } = validatePack(JSON.parse(JSON.stringify(converted.pack)));
    if (problems.length > 0) return refuse(problems.map((p) => `ClaimReview: ${p.message}`));
    pack = converted.pack;
  } else {
    const { pack: valid, problems } = validatePack(json);
    if (valid === undefined || problems.length > 0) {
      const reasons = problems.map((p: PackProblem) => [p.file, p.id].filter(Boolean).join(' ') ? `${[p.file, p.id].filter(Boolean).join(' ')}: ${p.message}` : p.message);
      return refuse(reasons.length > 0 ? reasons : ['The file is not a Corroborate claim pack or a schema.org ClaimReview.']);
    }
    pack = valid;
  }

  const integrity = checkEvidenceIntegrity(pack);
  if (integrity.length > 0) return refuse(integrity);
  if (reservedIds.has(pack.id)) return refuse([`The pack id "${pack.id}" belongs to the bundled pack; give the imported pack its own id.`]);

  let compiled: CompiledPack;
  try {
    compiled = compilePack(pack);
  } catch (error) {
    console.error('[corroborate] compiling an imported pack failed', error);
    return refuse([`The pack could not be compiled: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return {
    ok: true,
    record: {
      id: pack.id,
      name: pack.name,
      version: pack.version,
      origin: 'imported',
      addedAt: now.toISOString(),
      compiled,
      overview: overviewOf(compiled),
      editorial: pack,
    },
  };
}
