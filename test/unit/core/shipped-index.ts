// The Derna pack as the extension ships it (compiled, then through JSON as dist/pack.json), for the core tests
// that read real claims and entities.
import assert from 'node:assert/strict';
import { readPack } from '../../../src/tools/read-pack.js';
import { compilePack, loadIndex } from '../../../src/core/index.js';

export const { pack } = await readPack(new URL('../../../data', import.meta.url).pathname);
export const compiled = JSON.parse(JSON.stringify(compilePack(pack))) as ReturnType<typeof compilePack>;
export const index = loadIndex(compiled);

/** The pack's number for an entity id; fails the test when the pack has no such entity. */
export function entityNumber(id: string): number {
  const k = index.pack.entities.findIndex((e) => e.id === id);
  assert.ok(k >= 0, id);
  return k;
}
