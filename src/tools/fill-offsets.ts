// Fills in the offsets of every evidence quote in data/claims/*.json, so nobody counts
// characters by hand, and records new claim ids in data/claim-ids.lock.
// Usage: node --import tsx src/tools/fill-offsets.ts [dataDir]
// Refuses (exit 1, nothing guessed) a quote that is missing from its source or occurs there
// more than once; lengthen such a quote until it is unique.
import { readFile, readdir, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuote, isQuoteAt } from '../core/pack/find-quote.js';
import { CLAIM_ID_LOCK, parseLock } from './read-pack.js';

interface EvidenceJson { source?: unknown; quote?: unknown; start?: unknown; end?: unknown }
interface ClaimJson { id?: unknown; evidence?: unknown }

/** The data files are formatted one way only: 2-space JSON and a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function fillOffsets(dataDir: string): Promise<{ changed: number; errors: string[] }> {
  const errors: string[] = [];
  const texts = new Map<string, string>();
  const sourceDir = path.join(dataDir, 'sources');
  for (const name of (await readdir(sourceDir)).filter((n) => n.endsWith('.txt'))) {
    texts.set(name.slice(0, -4), await readFile(path.join(sourceDir, name), 'utf8'));
  }
  let changed = 0;
  const ids: string[] = [];
  const claimDir = path.join(dataDir, 'claims');
  for (const name of (await readdir(claimDir)).filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(claimDir, name);
    const claims = JSON.parse(await readFile(file, 'utf8')) as ClaimJson[];
    for (const claim of claims) {
      if (typeof claim.id === 'string') ids.push(claim.id);
      if (!Array.isArray(claim.evidence)) continue;
      for (const ev of claim.evidence as EvidenceJson[]) {
        const where = `${name} ${String(claim.id)} (${String(ev.source)})`;
        const text = typeof ev.source === 'string' ? texts.get(ev.source) : undefined;
        if (text === undefined || typeof ev.quote !== 'string') {
          errors.push(`${where}: unknown source or no quote`);
          continue;
        }
        if (typeof ev.start === 'number' && typeof ev.end === 'number' && isQuoteAt(text, ev.quote, ev.start, ev.end)) continue;
        const found = findQuote(text, ev.quote);
        if (found.length !== 1) {
          errors.push(`${where}: quote ${found.length === 0 ? 'not found' : `found ${found.length} times (ambiguous)`}: "${ev.quote.slice(0, 80)}"`);
          continue;
        }
        const hit = found[0] as { start: number; end: number };
        ev.start = hit.start;
        ev.end = hit.end;
        // Keep the source's own whitespace, so the quote is verbatim byte for byte.
        ev.quote = text.slice(hit.start, hit.end);
        changed += 1;
      }
    }
    await writeFile(file, formatJson(claims));
  }
  const lockPath = path.join(dataDir, CLAIM_ID_LOCK);
  let lock: string[] = [];
  try {
    lock = parseLock(await readFile(lockPath, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await writeFile(lockPath, '# Every claim id ever published, one per line. Never remove a line: ids are stable.\n');
  }
  const locked = new Set(lock);
  const fresh = ids.filter((id) => !locked.has(id));
  if (fresh.length > 0) await appendFile(lockPath, `${fresh.join('\n')}\n`);
  return { changed, errors };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dataDir = process.argv[2] ?? path.join(repoRoot, 'data');
  const { changed, errors } = await fillOffsets(dataDir);
  for (const e of errors) console.error(e);
  console.log(`${changed} evidence offsets filled; ${errors.length} problems.`);
  process.exitCode = errors.length > 0 ? 1 : 0;
}
