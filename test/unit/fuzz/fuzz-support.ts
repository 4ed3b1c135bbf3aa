// Shared by the fuzz tests: the compiled claim pack (read from data/ exactly as the build does),
// the topic aliases that the gate must never see in "unrelated" text, and one fixed seed so any
// failure can be replayed (the seed and the counterexample path are printed by fast-check).
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/** Paraphrased Derna sentences (from the seed articles) that exercise the whole pipeline. */
export const DERNA_SENTENCES = [
  'A rival Islamist alliance, the Mujahideen Shura Council, has forced the Islamic State out of Derna, the key city in eastern Libya.',
  'Islamic State militants killed two commanders of the Derna Mujahideen Shura Council, Nasr al-Akar and Faraj al-Houti, last Wednesday.',
  'Local jihadists in Derna pledged allegiance to the Islamic State chief Abu Bakr al-Baghdadi in October 2014.',
  'A spokesman for the Shura Council said 90 percent of Derna was under its control and that more than 70 IS militants had surrendered.',
  'IS tried to send reinforcements from Ras Hilal, some 50km west of Derna, but Libyan Air Force airstrikes under General Khalifa Haftar drove them back.',
  'IS gunmen attacked demonstrators at the main Sahaba mosque in Derna, leaving at least seven dead.',
  'Derna has been controlled by Islamist militia groups since the 2011 uprising that overthrew Muammar Gaddafi.',
  'Amaq, the news agency of the Islamic State, admitted that its fighters had retreated from Al Fatayih near Derna.',
  'أعلن مجلس شورى مجاهدي درنة أنه طرد مقاتلي تنظيم الدولة الإسلامية من المدينة.',
];
