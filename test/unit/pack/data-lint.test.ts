// The real Derna pack in data/, linted like code: it validates with no problem, covers every
// checkable sentence, notes every conflict, keeps one stable JSON format, and its source
// texts are the seed files byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPack } from '../../../src/tools/read-pack.js';
import { sourceCoverage } from '../../../src/tools/pack-coverage.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.join(repoRoot, 'data');
// CI clones the repository with ../shared beside it.
const seedsDir = path.resolve(repoRoot, '../shared/seeds');

test('the Derna pack validates with zero problems', async () => {
  const { pack, problems } = await readPack(dataDir);
  assert.deepEqual(problems, []);
  assert.equal(pack.sources.length, 5);
  assert.ok(pack.claims.length >= 50);
});

test('every conflicting claim explains its conflict', async () => {
  const { pack } = await readPack(dataDir);
  const missing = pack.claims.filter((c) => c.evidence.some((e) => e.stance === 'contradicts') && !c.conflictNote).map((c) => c.id);
  assert.deepEqual(missing, []);
});

test('every checkable sentence of every source is linked to a claim or listed as unchecked', async () => {
  const { pack } = await readPack(dataDir);
  for (const source of pack.sources) {
    const uncovered = sourceCoverage(pack, source).sentences.filter((s) => s.status === 'uncovered').map((s) => s.text);
    assert.deepEqual(uncovered, [], source.id);
  }
});

test('data JSON files keep one format: 2-space JSON with a final newline', async () => {
  const files = ['pack.json', 'outlets.json', 'aliases.json', 'unchecked.json'];
  for (const dir of ['claims', 'sources']) {
    for (const name of await readdir(path.join(dataDir, dir))) if (name.endsWith('.json')) files.push(path.join(dir, name));
  }
  for (const file of files) {
    const text = await readFile(path.join(dataDir, file), 'utf8');
    assert.equal(`${JSON.stringify(JSON.parse(text), null, 2)}\n`, text, `${file} is not in the canonical format`);
  }
});

test('each source text equals its seed file byte for byte', async () => {
  const { pack } = await readPack(dataDir);
  for (const source of pack.sources) {
    const ours = await readFile(path.join(dataDir, 'sources', `${source.id}.txt`));
    const seed = await readFile(path.join(seedsDir, source.file));
    assert.ok(ours.equals(seed), `${source.id}.txt differs from ${source.file}`);
  }
});

test('the five seeds are the pack’s sources, once each', async () => {
  const { pack } = await readPack(dataDir);
  const seeds = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
  assert.deepEqual(pack.sources.map((s) => s.file).sort(), seeds);
});

test('the outlet relations that decide independence are recorded', async () => {
  const { pack } = await readPack(dataDir);
  const byFile = new Map(pack.sources.map((s) => [s.file.slice(0, 3), s]));
  assert.equal(byFile.get('000')?.outlet, byFile.get('002')?.outlet);
  assert.deepEqual([...(byFile.get('001')?.relays ?? [])].sort(), ['bbc', 'long-war-journal']);
  assert.equal(byFile.get('003')?.outlet, 'long-war-journal');
  assert.equal(byFile.get('004')?.outlet, 'al-jazeera');
});
