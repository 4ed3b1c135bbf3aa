// The Derna pack as the extension ships it (compiled, then through JSON as dist/pack.json), for the core tests
// that read real claims and entities.
import assert from 'node:assert/strict';
import { readPack } from '../../../src/tools/read-pack.js';
import { annotate, compilePack, loadIndex, type Annotation } from '../../../src/core/index.js';

export const { pack } = await readPack(new URL('../../../data', import.meta.url).pathname);
export const compiled = JSON.parse(JSON.stringify(compilePack(pack))) as ReturnType<typeof compilePack>;
export const index = loadIndex(compiled);

/** The pack's number for an entity id; fails the test when the pack has no such entity. */
export function entityNumber(id: string): number {
  const k = index.pack.entities.findIndex((e) => e.id === id);
  assert.ok(k >= 0, id);
  return k;
}

/** A sentence annotated as the body of a short on-topic page (the topic gate needs the heading); its own annotations only. */
export function annotateAfterHeading(sentence: string, published: string): Annotation[] {
  return annotate(index, 'Islamic State in Derna.\n\n' + sentence, { published }).annotations.filter((a) => a.start > 0);
}

/** The claim ids a sentence is matched to, as the body of a short on-topic page. */
export function claimIdsAfterHeading(sentence: string, published: string): string[] {
  return annotateAfterHeading(sentence, published).flatMap((a) => a.claims.map((c) => c.id));
}
