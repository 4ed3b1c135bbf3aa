// readPack on a data/ folder: problems carry the file and id they are about; the claim-id
// lock catches removed or renamed claims and unrecorded new ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readPack } from '../../../src/tools/read-pack.js';
import { fillOffsets } from '../../../src/tools/fill-offsets.js';
import { validPack, writePackDir } from './pack-fixture.js';

test('a valid data folder reads with no problems', async () => {
  const dir = await writePackDir(validPack());
  const { pack, problems } = await readPack(dir);
  assert.deepEqual(problems, []);
  assert.equal(pack.sources.length, 2);
  assert.equal(pack.sources.find((s) => s.id === 'source-a')?.text.startsWith('Town captured'), true);
});

test('a claim problem names its claims file and claim id', async () => {
  const pack = validPack();
  const e = pack.claims[1]?.evidence[0];
  if (e) e.quote = 'Twelve people were killed.';
  const { problems } = await readPack(await writePackDir(pack));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.file, 'data/claims/main.json');
  assert.equal(problems[0]?.id, 'aville-deaths');
});

test('a source problem names its source file', async () => {
  const pack = validPack();
  const s = pack.sources[1];
  if (s) s.relays = ['wire-z'];
  const { problems } = await readPack(await writePackDir(pack));
  assert.equal(problems[0]?.file, 'data/sources/source-b.json');
  assert.equal(problems[0]?.id, 'source-b');
});

test('an entity problem names aliases.json', async () => {
  const pack = validPack();
  pack.entities[0]?.aliases.splice(0);
  const { problems } = await readPack(await writePackDir(pack));
  assert.equal(problems[0]?.file, 'data/aliases.json');
  assert.equal(problems[0]?.id, 'place:aville');
});

test('invalid JSON names the file', async () => {
  const dir = await writePackDir(validPack());
  await writeFile(path.join(dir, 'outlets.json'), '[{"id": "daily-a",]');
  const { problems } = await readPack(dir);
  assert.ok(problems.some((p) => p.file === 'data/outlets.json' && /Not valid JSON/.test(p.message)));
});

test('a missing source text names the text file', async () => {
  const dir = await writePackDir(validPack());
  await rm(path.join(dir, 'sources', 'source-a.txt'));
  const { problems } = await readPack(dir);
  assert.ok(problems.some((p) => p.file === 'data/sources/source-a.txt'));
});

test('a removed or renamed claim id is caught by the lock', async () => {
  const pack = validPack();
  const c = pack.claims[1];
  if (c) c.id = 'aville-death-toll';
  const { problems } = await readPack(await writePackDir(pack, { lock: ['rebels-capture-aville', 'aville-deaths', 'aville-death-toll'] }));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.file, 'data/claim-ids.lock');
  assert.equal(problems[0]?.id, 'aville-deaths');
  assert.match(problems[0]?.message ?? '', /ids are stable/);
});

test('a new claim id missing from the lock is caught', async () => {
  const { problems } = await readPack(await writePackDir(validPack(), { lock: ['rebels-capture-aville'] }));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.id, 'aville-deaths');
  assert.equal(problems[0]?.file, 'data/claims/main.json');
});

test('fill-offsets fills offsets, records new ids, and refuses ambiguous quotes', async () => {
  const pack = validPack();
  for (const c of pack.claims) for (const e of c.evidence) { e.start = 0; e.end = 0; }
  const dir = await writePackDir(pack, { lock: [] });
  const first = await fillOffsets(dir);
  assert.deepEqual(first.errors, []);
  assert.equal(first.changed, 4);
  assert.deepEqual((await readPack(dir)).problems, []);
  const claims = JSON.parse(await readFile(path.join(dir, 'claims', 'main.json'), 'utf8')) as { evidence: { quote: string; start: number; end: number }[] }[];
  const ev = claims[1]?.evidence[0];
  if (ev) { ev.quote = 'captured'; ev.start = 0; ev.end = 0; }
  await writeFile(path.join(dir, 'claims', 'main.json'), `${JSON.stringify(claims, null, 2)}\n`);
  const second = await fillOffsets(dir);
  assert.equal(second.errors.length, 1);
  assert.match(second.errors[0] ?? '', /ambiguous/);
});
