// Reads the editorial pack from data/ (one file per part, one text per source), validates
// it, and attributes every problem to the file it is in and the id it is about.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { EditorialPack } from '../core/pack/pack-types.js';
import { validatePack, type PackProblem } from '../core/pack/validate-pack.js';

/** Lists every claim id ever published, so a renamed or removed claim is noticed. */
export const CLAIM_ID_LOCK = 'claim-ids.lock';

interface Origins {
  /** For each pack section ("claims", "sources", ...), the file of each element, by index. */
  byIndex: Map<string, string[]>;
  /** Files for the pack's own fields. */
  packFile: string;
}

async function readJson(file: string, rel: string, problems: PackProblem[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    problems.push({ file: rel, message: `Cannot read file: ${(err as Error).message}` });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    problems.push({ file: rel, message: `Not valid JSON: ${(err as Error).message}` });
    return undefined;
  }
}

async function listDir(dir: string, rel: string, problems: PackProblem[]): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (err) {
    problems.push({ file: rel, message: `Cannot list folder: ${(err as Error).message}` });
    return [];
  }
}

function asList(v: unknown, rel: string, problems: PackProblem[]): unknown[] {
  if (Array.isArray(v)) return v;
  if (v !== undefined) problems.push({ file: rel, message: 'This file must hold a JSON list.' });
  return [];
}

/** Maps a problem's path ("claims[4].evidence[1]") back to the file its record came from. */
function attribute(problem: PackProblem, origins: Origins): PackProblem {
  const m = /^([a-z]+)\[(\d+)\]/u.exec(problem.path ?? '');
  const file = m ? origins.byIndex.get(m[1] ?? '')?.[Number(m[2])] : origins.packFile;
  return file === undefined ? problem : { file, ...problem };
}

/** Reads the lock: one claim id per line; "#" starts a comment. */
export function parseLock(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/#.*/u, '').trim()).filter((l) => l.length > 0);
}

export async function readPack(dataDir: string): Promise<{ pack: EditorialPack; problems: PackProblem[] }> {
  const problems: PackProblem[] = [];
  const origins: Origins = { byIndex: new Map(), packFile: 'data/pack.json' };
  const rel = (...parts: string[]): string => path.posix.join('data', ...parts);
  const add = (section: string, file: string, items: unknown[]): unknown[] => {
    const files = origins.byIndex.get(section) ?? [];
    for (let i = 0; i < items.length; i++) files.push(file);
    origins.byIndex.set(section, files);
    return items;
  };

  const packJson = await readJson(path.join(dataDir, 'pack.json'), rel('pack.json'), problems);
  const head = typeof packJson === 'object' && packJson !== null ? (packJson as Record<string, unknown>) : {};
  const outlets = add('outlets', rel('outlets.json'), asList(await readJson(path.join(dataDir, 'outlets.json'), rel('outlets.json'), problems), rel('outlets.json'), problems));
  const entities = add('entities', rel('aliases.json'), asList(await readJson(path.join(dataDir, 'aliases.json'), rel('aliases.json'), problems), rel('aliases.json'), problems));
  const actionsFile = rel('lexicon', 'actions.json');
  const actions = add('actions', actionsFile, asList(await readJson(path.join(dataDir, 'lexicon', 'actions.json'), actionsFile, problems), actionsFile, problems));

  const sources: unknown[] = [];
  for (const name of (await listDir(path.join(dataDir, 'sources'), rel('sources'), problems)).filter((n) => n.endsWith('.json'))) {
    const file = rel('sources', name);
    const record = await readJson(path.join(dataDir, 'sources', name), file, problems);
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      if (record !== undefined) problems.push({ file, message: 'A source file must hold one JSON object.' });
      continue;
    }
    const base = name.slice(0, -'.json'.length);
    const id = (record as Record<string, unknown>)['id'];
    if (id !== base) {
      const p: PackProblem = { file, message: `The source id must equal the file name ("${base}").` };
      if (typeof id === 'string') p.id = id;
      problems.push(p);
    }
    const textFile = rel('sources', `${base}.txt`);
    let text: string | undefined;
    try {
      text = await readFile(path.join(dataDir, 'sources', `${base}.txt`), 'utf8');
    } catch (err) {
      problems.push({ file: textFile, message: `The source's text file is missing or unreadable: ${(err as Error).message}` });
    }
    sources.push(add('sources', file, [{ ...record, text }])[0]);
  }

  const claims: unknown[] = [];
  for (const name of (await listDir(path.join(dataDir, 'claims'), rel('claims'), problems)).filter((n) => n.endsWith('.json'))) {
    const file = rel('claims', name);
    claims.push(...add('claims', file, asList(await readJson(path.join(dataDir, 'claims', name), file, problems), file, problems)));
  }
  const uncheckedFile = rel('unchecked.json');
  const unchecked = add('unchecked', uncheckedFile, asList(await readJson(path.join(dataDir, 'unchecked.json'), uncheckedFile, problems), uncheckedFile, problems));

  const input = { ...head, outlets, sources, entities, actions, claims, unchecked };
  const result = validatePack(input);
  for (const p of result.problems) problems.push(attribute(p, origins));

  // Stable ids: every id in the lock must still exist, and every claim must be in the lock.
  const lockFile = rel(CLAIM_ID_LOCK);
  let lock: string[] = [];
  try {
    lock = parseLock(await readFile(path.join(dataDir, CLAIM_ID_LOCK), 'utf8'));
  } catch (err) {
    problems.push({ file: lockFile, message: `Cannot read the claim-id lock: ${(err as Error).message}` });
  }
  const claimFiles = origins.byIndex.get('claims') ?? [];
  const current = new Map<string, string>();
  claims.forEach((c, i) => {
    const id = typeof c === 'object' && c !== null ? (c as Record<string, unknown>)['id'] : undefined;
    if (typeof id === 'string') current.set(id, claimFiles[i] ?? rel('claims'));
  });
  const locked = new Set(lock);
  for (const id of lock) {
    if (!current.has(id)) problems.push({ file: lockFile, id, message: `Claim "${id}" was published before but is gone: claim ids are stable, so restore it (or keep the id when editing it).` });
  }
  for (const [id, file] of current) {
    if (!locked.has(id)) problems.push({ file, id, message: `Claim "${id}" is new: add its id to data/${CLAIM_ID_LOCK} (src/tools/fill-offsets.ts does it).` });
  }

  const empty: EditorialPack = { id: '', name: '', version: '', topicEntities: [], outlets: [], sources: [], entities: [], actions: [], claims: [], unchecked: [] };
  return { pack: result.pack ?? empty, problems };
}
