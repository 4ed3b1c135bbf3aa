// `npm run claims:check`: validates the editorial pack in data/ and prints, per source, how
// many checkable sentences are linked to a claim, then totals. Exits 1 on any problem or
// on coverage below 100%. `--list` also prints every sentence left uncovered.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeIndependenceGroups } from '../core/pack/independence-groups.js';
import type { Claim, EditorialPack } from '../core/pack/pack-types.js';
import { sourceCoverage } from './pack-coverage.js';
import { readPack } from './read-pack.js';

/**
 * Independence groups of the sources that support a claim. A relayed quote counts as its
 * original outlet's reporting (as the compiled index does), so 001 relaying the Long War
 * Journal and 003 being the Long War Journal are one voice, not two.
 */
export function supportingGroups(pack: EditorialPack, claim: Claim): Set<string> {
  const groups = computeIndependenceGroups(pack);
  const outletOf = new Map(pack.sources.map((s) => [s.id, s.outlet]));
  const out = new Set<string>();
  for (const e of claim.evidence) {
    if (e.stance !== 'supports') continue;
    const outlet = e.relayedFrom ?? outletOf.get(e.source) ?? e.source;
    out.add(groups.get(outlet) ?? outlet);
  }
  return out;
}

async function main(): Promise<void> {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const list = process.argv.includes('--list');
  const { pack, problems } = await readPack(path.join(repoRoot, 'data'));
  for (const p of problems) console.error(`${p.file ?? '(pack)'}${p.id ? ` [${p.id}]` : ''}${p.path ? ` ${p.path}` : ''}: ${p.message}`);

  let allCovered = true;
  console.log('Coverage (checkable sentences linked to a claim):');
  for (const source of [...pack.sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const cov = sourceCoverage(pack, source);
    const checkable = cov.linked + cov.uncovered;
    const pct = checkable === 0 ? 100 : (100 * cov.linked) / checkable;
    if (cov.uncovered > 0) allCovered = false;
    console.log(`  ${source.file}  ${source.id.padEnd(44)} ${String(cov.linked).padStart(3)} / ${String(checkable).padEnd(3)} ${pct.toFixed(1).padStart(5)}%   (${cov.unchecked} not check-worthy, ${cov.furniture} furniture)`);
    if (list || cov.uncovered > 0) {
      for (const s of cov.sentences.filter((x) => x.status === 'uncovered')) console.log(`      uncovered ${s.start}-${s.end}: ${s.text}`);
    }
  }
  const evidence = pack.claims.reduce((n, c) => n + c.evidence.length, 0);
  const multi = pack.claims.filter((c) => supportingGroups(pack, c).size >= 2).length;
  const conflicts = pack.claims.filter((c) => c.evidence.some((e) => e.stance === 'contradicts')).length;
  console.log('Totals:');
  console.log(`  claims: ${pack.claims.length}`);
  console.log(`  evidence entries: ${evidence}`);
  console.log(`  claims told by two or more independent sources: ${multi}`);
  console.log(`  conflicts (claims with contradicting evidence): ${conflicts}`);
  console.log(`  validation problems: ${problems.length}`);
  process.exitCode = problems.length > 0 || !allCovered ? 1 : 0;
}

await main();
