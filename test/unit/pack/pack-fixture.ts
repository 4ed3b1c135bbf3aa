// A small valid editorial pack, and helpers to write it out as a data/ folder, for the
// validation tests to break one thing at a time.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Claim, EditorialPack, SourceRecord } from '../../../src/core/pack/pack-types.js';

export const TEXT_A = 'Town captured\n\nRebels captured the town of Aville on Monday, a spokesman said. At least 12 people were killed.\n\nComments\n';
export const TEXT_B = 'Aville falls\n\nThe army, not rebels, took Aville on Monday. Ten people died.\n';

function source(id: string, outlet: string, text: string, relays: string[] = []): SourceRecord {
  return {
    id, file: `${id}.txt`, outlet, title: text.split('\n')[0] ?? id, language: 'en', published: '2020-03-04',
    publishedCertainty: 'inferred', publishedBasis: 'test fixture', relays, text, furniture: [],
  };
}

export function validPack(): EditorialPack {
  const a = source('source-a', 'daily-a', TEXT_A);
  a.furniture = [{ kind: 'comments', text: 'Comments' }];
  const b = source('source-b', 'weekly-b', TEXT_B, ['wire-c']);
  const evidence = (src: SourceRecord, quote: string, stance: 'supports' | 'contradicts'): Claim['evidence'][number] => {
    const start = src.text.indexOf(quote);
    return { source: src.id, quote, start, end: start + quote.length, stance, speaker: 'the author' };
  };
  return {
    id: 'test-pack', name: 'Test pack', version: '1.0.0', topicEntities: ['place:aville'],
    outlets: [
      { id: 'daily-a', name: 'Daily A', kind: 'newspaper' },
      { id: 'weekly-b', name: 'Weekly B', kind: 'news-site' },
      { id: 'wire-c', name: 'Wire C', kind: 'wire' },
    ],
    sources: [a, b],
    entities: [
      { id: 'place:aville', kind: 'place', name: 'Aville', aliases: ['Aville', 'A-ville'] },
      { id: 'org:rebels', kind: 'organisation', name: 'Rebels', aliases: ['rebels'] },
      { id: 'org:army', kind: 'organisation', name: 'Army', aliases: ['the army'] },
    ],
    actions: [
      { id: 'capture', words: ['capture', 'take'], opposite: ['lose'] },
      { id: 'lose', words: ['lose', 'fall'] },
      { id: 'kill', words: ['kill', 'die'] },
    ],
    claims: [
      {
        id: 'rebels-capture-aville',
        statement: 'Rebels captured Aville on Monday.',
        slots: { actors: ['org:rebels'], actions: ['capture'], places: ['place:aville'], date: { from: '2020-03-02' } },
        evidence: [
          evidence(a, 'Rebels captured the town of Aville on Monday, a spokesman said.', 'supports'),
          { ...evidence(b, 'The army, not rebels, took Aville on Monday.', 'contradicts'), relayedFrom: 'wire-c', slots: { actors: ['org:army'] } },
        ],
        conflictNote: 'Daily A credits the rebels; Weekly B, relaying Wire C, credits the army.',
      },
      {
        id: 'aville-deaths',
        statement: 'At least 10 people were killed in the fighting for Aville.',
        slots: { actions: ['kill'], places: ['place:aville'], quantities: [{ counts: 'killed', unit: 'people', qualifier: 'at-least', value: 10 }] },
        evidence: [evidence(a, 'At least 12 people were killed.', 'supports'), evidence(b, 'Ten people died.', 'supports')],
      },
    ],
    unchecked: [{ source: 'source-b', text: 'Aville falls', reason: 'boilerplate', note: 'headline' }],
  };
}

/** Writes a pack as the data/ folder layout read-pack.ts expects; returns the folder. */
export async function writePackDir(pack: EditorialPack, options: { lock?: string[] } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'corroborate-pack-'));
  const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
  await mkdir(path.join(dir, 'sources'));
  await mkdir(path.join(dir, 'claims'));
  await mkdir(path.join(dir, 'lexicon'));
  await writeFile(path.join(dir, 'pack.json'), json({ id: pack.id, name: pack.name, version: pack.version, topicEntities: pack.topicEntities }));
  await writeFile(path.join(dir, 'outlets.json'), json(pack.outlets));
  await writeFile(path.join(dir, 'aliases.json'), json(pack.entities));
  await writeFile(path.join(dir, 'lexicon', 'actions.json'), json(pack.actions));
  await writeFile(path.join(dir, 'unchecked.json'), json(pack.unchecked));
  for (const s of pack.sources) {
    const { text, ...record } = s;
    await writeFile(path.join(dir, 'sources', `${s.id}.json`), json(record));
    await writeFile(path.join(dir, 'sources', `${s.id}.txt`), text);
  }
  await writeFile(path.join(dir, 'claims', 'main.json'), json(pack.claims));
  const lock = options.lock ?? pack.claims.map((c) => c.id);
  await writeFile(path.join(dir, 'claim-ids.lock'), `# test lock\n${lock.join('\n')}\n`);
  return dir;
}
