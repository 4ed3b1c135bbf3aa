// `npm run bench`: (a) per-article annotate time on the seeds, (b) scale with synthetic packs of 1k/10k/100k claims
// against a 10,000-sentence page, (c) the same retrieval done by MiniSearch side by side (time and dev-set accuracy).
import { readFileSync, readdirSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { readPack } from '../../src/tools/read-pack.js';
import { annotate, compilePack, loadIndex, type EditorialPack, type MatchIndex, type Claim } from '../../src/core/index.js';
import { hasFeature, type Candidate } from '../../src/core/match/match-index.js';
import { evaluate, figures } from '../eval/run-eval.js';

const quick = process.argv.includes('--quick');
const ms = (t0: number): number => performance.now() - t0;
const mb = (): number => Math.round(process.memoryUsage().heapUsed / 1e6);
function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0 };
}

const dataDir = new URL('../../data', import.meta.url).pathname;
const { pack } = await readPack(dataDir);
const index = loadIndex(compilePack(pack));

// (a) seeds
console.log('(a) seed articles, annotate from text, 60 runs each (index loaded)');
const seedDir = '/work/shared/seeds';
for (const src of pack.sources) {
  let text: string;
  try { text = readFileSync(`${seedDir}/${src.file}`, 'utf8'); } catch (err) { text = src.text; void err; }
  const times: number[] = [];
  let marks = 0;
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    marks = annotate(index, text, { published: src.published.slice(0, 10) }).annotations.length;
    times.push(ms(t0));
  }
  const s = stats(times.slice(10));
  console.log(`  ${src.file}  ${String(text.length).padStart(5)} chars  ${String(marks).padStart(2)} marks  median ${s.median.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms`);
}
void readdirSync;

// (b) scale
const PLACES = ['Ras Hilal', 'Lathrun', 'Sirte', 'Tobruk', 'Benghazi', 'Tripoli'];
function syntheticPack(n: number): EditorialPack {
  const entities = [...pack.entities];
  const claims: Claim[] = [...pack.claims];
  const src = pack.sources[0];
  const nEnt = Math.max(50, Math.round(n / 20));
  for (let i = 0; i < nEnt; i++) entities.push({ id: `org:synthetic-${i}`, kind: 'organisation', name: `Brigade ${name(i)}`, aliases: [`${name(i)} Brigade`] });
  const verbs = ['captured', 'attacked', 'shelled', 'besieged', 'abandoned', 'raided', 'secured', 'bombed'];
  const nouns = ['checkpoint', 'airport', 'depot', 'bridge', 'harbour', 'barracks', 'farm', 'market', 'school', 'clinic'];
  for (let i = 0; i < n; i++) {
    const a = `Brigade ${name(i % nEnt)}`, b = `Brigade ${name((i * 7 + 3) % nEnt)}`;
    const statement = `${a} ${verbs[i % verbs.length]} the ${nouns[(i >> 3) % nouns.length]} ${word(i)} near ${PLACES[i % PLACES.length]}, killing ${(i % 40) + 2} fighters of ${b}.`;
    claims.push({ id: `synthetic-${i}`, statement, slots: { actions: ['attack'] }, evidence: src ? [{ source: src.id, quote: statement, start: 0, end: 0, stance: 'supports', speaker: 'the author' }] : [] });
  }
  return { ...pack, entities, claims };
}
function name(i: number): string {
  const syll = ['ka', 'lo', 'mi', 'ra', 'tu', 'ze', 'no', 'bi', 'sa', 'du'];
  let s = '', x = i + 11;
  while (x > 0) { s += syll[x % 10]; x = Math.floor(x / 10); }
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function word(i: number): string {
  return 'q' + name(i * 13).toLowerCase();
}
function bigPage(synthetic: EditorialPack): string {
  const lines: string[] = ['Derna and the wider east: a long live blog.'];
  const seeds = pack.sources.flatMap((s) => s.text.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
  for (let i = 0; lines.length < 10_000; i++) {
    if (i % 3 === 0) {
      const c = synthetic.claims[(i * 7919) % synthetic.claims.length];
      lines.push(c?.statement ?? '');
    } else lines.push(seeds[i % seeds.length] ?? 'Filler.');
  }
  return lines.join('\n');
}

console.log('\n(b) scale: synthetic packs vs a 10,000-sentence page');
const sizes = quick ? [1000, 10_000] : [1000, 10_000, 100_000];
const scaleRuns: Array<{ n: number; idx: MatchIndex; page: string; synthetic: EditorialPack }> = [];
for (const n of sizes) {
  const synthetic = syntheticPack(n);
  const m0 = mb();
  let t0 = performance.now();
  const compiled = compilePack(synthetic);
  const build = ms(t0);
  const json = JSON.stringify(compiled);
  t0 = performance.now();
  const idx = loadIndex(JSON.parse(json) as typeof compiled);
  const load = ms(t0);
  const m1 = mb();
  const page = bigPage(synthetic);
  t0 = performance.now();
  const r = annotate(idx, page, { published: '2016-04-22' });
  const ann = ms(t0);
  console.log(`  ${String(n).padStart(6)} claims: build ${build.toFixed(0)} ms, compiled ${(json.length / 1e6).toFixed(1)} MB, load ${load.toFixed(0)} ms, heap +${m1 - m0} MB, annotate ${ann.toFixed(0)} ms (${(ann / r.sentences * 1000).toFixed(1)} µs/sentence, ${r.annotations.length} marks)`);
  scaleRuns.push({ n, idx, page, synthetic });
}

// (c) MiniSearch retrieval side by side
console.log('\n(c) retrieval: inverted index vs MiniSearch (same scoring after retrieval)');
function withMiniSearch(idx: MatchIndex): MatchIndex {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
  const docs: Array<{ id: number; text: string }> = [];
  idx.pack.claims.forEach((c) => {
    c.views.forEach((v) => docs.push({ id: docs.length, text: v.evidence < 0 ? c.statement : c.evidence[v.evidence]?.quote ?? '' }));
  });
  mini.addAll(docs);
  return {
    ...idx,
    retriever: (ix, keys, text) => {
      const ids = keys.map((k) => ix.featureIds.get(k)).filter((x): x is number => x !== undefined);
      return mini.search(text, { fuzzy: 0.2, prefix: true }).slice(0, 30).map((hit): Candidate => {
        const view = hit.id as number;
        const vf = ix.viewFeatures[view] as Int32Array;
        const features = ids.filter((id) => hasFeature(vf, id));
        return { view, shared: features.reduce((s, id) => s + (ix.weights[id] as number), 0), features };
      });
    },
  };
}
const miniIndex = withMiniSearch(index);
const ours = figures(evaluate(index).overall);
const theirs = figures(evaluate(miniIndex).overall);
console.log(`  dev set (real pack)  inverted: P=${ours.precision.toFixed(3)} R=${ours.recall.toFixed(3)} verdict=${ours.verdict.toFixed(3)}   MiniSearch: P=${theirs.precision.toFixed(3)} R=${theirs.recall.toFixed(3)} verdict=${theirs.verdict.toFixed(3)}`);
for (const run of scaleRuns.slice(0, 2)) {
  let t0 = performance.now();
  const a = annotate(run.idx, run.page, { published: '2016-04-22' });
  const tOurs = ms(t0);
  const mIdx = withMiniSearch(run.idx);
  t0 = performance.now();
  const b = annotate(mIdx, run.page, { published: '2016-04-22' });
  const tMini = ms(t0);
  const agree = a.annotations.filter((x) => b.annotations.some((y) => y.start === x.start && y.claims[0]?.id === x.claims[0]?.id)).length;
  console.log(`  ${String(run.n).padStart(6)} claims, 10k sentences: inverted ${tOurs.toFixed(0)} ms, MiniSearch ${tMini.toFixed(0)} ms, ratio ${(tMini / tOurs).toFixed(1)}x; marks ${a.annotations.length} vs ${b.annotations.length}, same top claim on ${agree}`);
}
