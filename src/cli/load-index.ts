// Loads the claim pack for the CLI: data/ read by readPack, compiled, and loaded as a match index.
import { readPack } from '../tools/read-pack.js';
import { compilePack, loadIndex, type MatchIndex } from '../core/index.js';

export async function loadPackIndex(dataDir: string): Promise<MatchIndex> {
  const { pack } = await readPack(dataDir);
  if (pack.claims.length === 0) throw new Error(`no claims in ${dataDir}`);
  return loadIndex(compilePack(pack));
}
