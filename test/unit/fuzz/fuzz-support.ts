// Shared by the fuzz tests: the compiled claim pack (read from data/ exactly as the build does),
// the topic aliases that the gate must never see in "unrelated" text, and one fixed seed so any
// failure can be replayed (the seed and the counterexample path are printed by fast-check).
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { compilePack, loadIndex, type MatchIndex } from '../../../src/core/index.js';
import { readPack } from '../../../src/tools/read-pack.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Fixed unless FUZZ_SEED is set; fast-check prints it with every counterexample. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20150609);
/** FUZZ_SCALE=10 runs ten times the cases (locally, for a deeper search). */
export const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);
export const runs = (n: number): number => Math.max(1, Math.round(n * FUZZ_SCALE));

let cached: MatchIndex | undefined;
export async function packIndex(): Promise<MatchIndex> {
  if (cached) return cached;
  const { pack, problems } = await readPack(path.join(ROOT, 'data'));
  if (problems.length > 0) throw new Error(`the claim pack has problems: ${JSON.stringify(problems.slice(0, 3))}`);
  cached = loadIndex(compilePack(pack));
  return cached;
}

interface AliasEntry { id: string; aliases: string[] }

/** Every spelling of every topic entity, lower-cased (what "a Derna variant" means for the gate). */
export function topicSpellings(): string[] {
  const aliases = JSON.parse(readFileSync(path.join(ROOT, 'data/aliases.json'), 'utf8')) as AliasEntry[];
  const meta = JSON.parse(readFileSync(path.join(ROOT, 'data/pack.json'), 'utf8')) as { topicEntities: string[] };
  const topic = new Set(meta.topicEntities);
  const out = new Set<string>();
  for (const entry of aliases) {
    if (!topic.has(entry.id)) continue;
    for (const a of entry.aliases) out.add(a.toLowerCase());
  }
  return [...out];
}

/**
 * Paraphrased Derna sentences (from the seed articles) that exercise the whole pipeline: the list the
 * hostile fixture pages build themselves from (test/fixtures/hostile/derna.js, run here with a bare
 * `window`), plus one in Arabic.
 */
export const DERNA_SENTENCES: readonly string[] = [
  ...fixtureSentences(),
  'أعلن مجلس شورى مجاهدي درنة أنه طرد مقاتلي تنظيم الدولة الإسلامية من المدينة.',
];

function fixtureSentences(): string[] {
  const window: { __DERNA?: unknown } = {};
  runInNewContext(readFileSync(path.join(ROOT, 'test/fixtures/hostile/derna.js'), 'utf8'), { window });
  const list = window.__DERNA;
  if (!Array.isArray(list) || !list.every((s): s is string => typeof s === 'string')) throw new Error('derna.js sets no window.__DERNA list of strings');
  return list;
}
