// `npm run bench`: (a) per-article annotate time on the seed articles, with the costliest sentences;
// (b) scale: synthetic packs of 1k/10k/100k claims against a 10,000-sentence page (build, load, annotate, heap);
// (c) the same retrieval done by MiniSearch side by side: time ratio, and accuracy on the dev set and the
// synthetic page. Ends with each target and whether it is met. `--quick` skips the 100k pack.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import MiniSearch from 'minisearch';
import { readPack } from '../../src/tools/read-pack.js';
import { annotate, compilePack, loadIndex, segmentSentences, type AnnotateResult, type Claim, type CompiledPack, type EditorialPack, type MatchIndex } from '../../src/core/index.js';
import { hasFeature, retrieve, type Candidate } from '../../src/core/match/match-index.js';
import { extractFeatures } from '../../src/core/match/sentence-features.js';
import { scoreSentence } from '../../src/core/match/score-claims.js';
import { parsePublished } from '../../src/core/dates/parse-dates.js';
import { readTextNames, spanNames } from '../../src/core/entities/text-names.js';
import { evaluate, figures } from '../eval/run-eval.js';

const quick = process.argv.includes('--quick');
const benchStart = performance.now();
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ms = (t0: number): number => performance.now() - t0;
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}
function stats(xs: readonly number[]): { median: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] ?? 0 };
}
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const fix = (x: number, d = 2): string => x.toFixed(d);
const clip = (s: string, n = 90): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const verdictOf = (ok: boolean | undefined): string => (ok === undefined ? 'INFO' : ok ? 'MET' : 'NOT MET');

/** `ok` undefined: a figure the issue asks to report, with no target. */
interface Target { name: string; value: string; ok: boolean | undefined }
const targets: Target[] = [];

const dataDir = new URL('../../data', import.meta.url).pathname;
const { pack } = await readPack(dataDir);
const index = loadIndex(compilePack(pack));

console.log(`Corroborate bench — node ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}, load average ${os.loadavg()[0]?.toFixed(1)}`);
console.log(`pack: ${pack.claims.length} claims, ${index.viewClaim.length} views, ${index.featureIds.size} features${quick ? '  (--quick: 100k pack skipped)' : ''}`);

// ---------------------------------------------------------------------------------------------------------
// (a) seed articles
const WARMUP = 20;
const RUNS = 60;
console.log(`\n(a) seed articles, annotated from text with the index loaded: ${WARMUP} warm-up runs, then ${RUNS} timed runs each`);
interface Seed { file: string; text: string; published: string }
// Each source's text in data/ is byte-identical to its seed article (test/unit/pack/data-lint.test.ts).
const seeds: Seed[] = pack.sources.map((src) => {
  const text = src.text;
  return { file: src.file, text, published: src.published.slice(0, 10) };
});
for (const s of seeds) for (let i = 0; i < WARMUP; i++) annotate(index, s.text, { published: s.published });
console.log(`  ${'article'.padEnd(44)} ${pad('chars', 6)} ${pad('sents', 5)} ${pad('marks', 5)} ${pad('median ms', 10)} ${pad('p95 ms', 8)} ${pad('max ms', 8)}`);
const medians: number[] = [];
const p95s: number[] = [];
for (const s of seeds) {
  const times: number[] = [];
  let r: AnnotateResult | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    r = annotate(index, s.text, { published: s.published });
    times.push(ms(t0));
  }
  const st = stats(times);
  medians.push(st.median);
  p95s.push(st.p95);
  console.log(`  ${s.file.padEnd(44)} ${pad(s.text.length, 6)} ${pad(r?.sentences ?? 0, 5)} ${pad(r?.annotations.length ?? 0, 5)} ${pad(fix(st.median), 10)} ${pad(fix(st.p95), 8)} ${pad(fix(st.max), 8)}`);
}
const worstMedian = Math.max(...medians);
targets.push({ name: '(a) per-article median < 2 ms (index loaded)', value: `worst median ${fix(worstMedian)} ms, worst p95 ${fix(Math.max(...p95s))} ms`, ok: worstMedian < 2 });

// The costliest sentences: feature extraction plus scoring, median of 21 runs each, each sentence with the names
// the text before it made (as annotate() passes them: "the city" and "the council" are resolved from them).
interface Costly { us: number; text: string; where: string }
function costliest(idx: MatchIndex, texts: Array<{ text: string; published: string; where: string }>, runs: number): Costly[] {
  const out: Costly[] = [];
  for (const t of texts) {
    const published = parsePublished(t.published);
    const opts = published !== undefined ? { published } : {};
    const recent = new Map<number, number>();
    const counts = new Map<number, number>();
    for (const s of segmentSentences(t.text)) {
      const times: number[] = [];
      let last: ReturnType<typeof extractFeatures> | undefined;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        last = extractFeatures(s.text, s.start, idx.lex, published, { recent, counts });
        scoreSentence(idx, last, opts, s.text);
        times.push(ms(t0));
      }
      for (const m of last?.entities ?? []) {
        recent.set(m.entity, m.start);
        counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      }
      out.push({ us: stats(times).median * 1000, text: s.text, where: t.where });
    }
  }
  return out.sort((a, b) => b.us - a.us);
}
const seedCosts = costliest(index, seeds.map((s) => ({ text: s.text, published: s.published, where: s.file.slice(0, 24) })), 21);
const seedTotal = seedCosts.reduce((n, c) => n + c.us, 0);
console.log(`  costliest sentences (features + scoring, median of 21 runs; ${seedCosts.length} sentences, ${fix(seedTotal / seedCosts.length, 1)} µs on average):`);
for (const c of seedCosts.slice(0, 5)) console.log(`    ${pad(fix(c.us, 0), 5)} µs  ${c.where.padEnd(24)}  ${clip(c.text)}`);

// Where an article's time goes, with the sentences run once each in text order, as annotate() runs them: the whole
// text tokenized and read for names once, each sentence then taking its share. (A sentence timed many times in a row,
// as above, runs with everything it touches hot: that reads about half of what the same sentence costs inside an
// article, so the costliest list cannot be summed into an article's time.)
interface StageTimes { annotate: number; segment: number; names: number; features: number; scoring: number }
function stageSplit(idx: MatchIndex, text: string, publishedIso: string): StageTimes {
  const published = parsePublished(publishedIso);
  const opts = published !== undefined ? { published } : {};
  let t0 = performance.now();
  annotate(idx, text, { published: publishedIso });
  const all = ms(t0);
  t0 = performance.now();
  const sentences = segmentSentences(text);
  const segment = ms(t0);
  t0 = performance.now();
  const whole = readTextNames(text, idx.lex.aliases);
  const names = ms(t0);
  let features = 0, scoring = 0;
  const recent = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const s of sentences) {
    t0 = performance.now();
    const share = spanNames(whole, s.start, s.end);
    const f = extractFeatures(s.text, s.start, idx.lex, published, share === undefined ? { recent, counts, page: true } : { recent, counts, page: true, names: share });
    const t1 = performance.now();
    scoreSentence(idx, f, opts, s.text);
    scoring += ms(t1);
    features += t1 - t0;
    for (const m of f.entities) {
      recent.set(m.entity, m.start);
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
  }
  return { annotate: all, segment, names, features, scoring };
}
const split: Record<keyof StageTimes, number[]> = { annotate: [], segment: [], names: [], features: [], scoring: [] };
for (let i = 0; i < RUNS; i++) {
  const round: StageTimes = { annotate: 0, segment: 0, names: 0, features: 0, scoring: 0 };
  for (const s of seeds) {
    const t = stageSplit(index, s.text, s.published);
    for (const k of Object.keys(round) as Array<keyof StageTimes>) round[k] += t[k] / seeds.length;
  }
  for (const k of Object.keys(round) as Array<keyof StageTimes>) split[k].push(round[k]);
}
const stage = (k: keyof StageTimes): number => stats(split[k]).median;
const rest = stage('annotate') - stage('segment') - stage('names') - stage('features') - stage('scoring');
console.log(`  per article in text order (median of ${RUNS} rounds over the five): annotate ${fix(stage('annotate'))} ms = features ${fix(stage('features'))}`
  + ` + scoring ${fix(stage('scoring'))} + segmentation ${fix(stage('segment'))} + tokens and names ${fix(stage('names'))} + the rest ${fix(rest)} (topic gate, date, main town, source recognition, statements, evidence, verdicts)`);

// ---------------------------------------------------------------------------------------------------------
// (b) scale
const PLACES = ['Ras Hilal', 'Lathrun', 'Sirte', 'Tobruk', 'Benghazi', 'Tripoli'];
const VERBS = ['captured', 'attacked', 'shelled', 'besieged', 'abandoned', 'raided', 'secured', 'bombed'];
const NOUNS = ['checkpoint', 'airport', 'depot', 'bridge', 'harbour', 'barracks', 'farm', 'market', 'school', 'clinic'];
function syllables(i: number): string {
  const syll = ['ka', 'lo', 'mi', 'ra', 'tu', 'ze', 'no', 'bi', 'sa', 'du'];
  let s = '';
  for (let x = i + 11; x > 0; x = Math.floor(x / 10)) s += syll[x % 10];
  return s.charAt(0).toUpperCase() + s.slice(1);
}
/** The real pack plus n synthetic claims about n/20 synthetic brigades (each claim's statement is its only evidence). */
function syntheticPack(n: number): EditorialPack {
  const entities = [...pack.entities];
  const claims: Claim[] = [...pack.claims];
  const src = pack.sources[0];
  const nEnt = Math.max(50, Math.round(n / 20));
  for (let i = 0; i < nEnt; i++) entities.push({ id: `org:synthetic-${i}`, kind: 'organisation', name: `Brigade ${syllables(i)}`, aliases: [`${syllables(i)} Brigade`] });
  for (let i = 0; i < n; i++) {
    const a = `Brigade ${syllables(i % nEnt)}`, b = `Brigade ${syllables((i * 7 + 3) % nEnt)}`;
    const place = `q${syllables(i * 13).toLowerCase()}`;
    const statement = `${a} ${VERBS[i % VERBS.length]} the ${NOUNS[(i >> 3) % NOUNS.length]} ${place} near ${PLACES[i % PLACES.length]}, killing ${(i % 40) + 2} fighters of ${b}.`;
    claims.push({ id: `synthetic-${i}`, statement, slots: { actions: ['attack'] }, evidence: src ? [{ source: src.id, quote: statement, start: 0, end: 0, stance: 'supports', speaker: 'the author' }] : [] });
  }
  return { ...pack, entities, claims };
}
const PAGE_SENTENCES = 10_000;
/** A 10,000-sentence live blog: every third line a synthetic claim's statement (its id is the expected match), the rest seed sentences. */
function bigPage(synthetic: EditorialPack): { text: string; planted: Map<number, string> } {
  const lines: string[] = ['Derna and the wider east: a long live blog.'];
  const planted = new Map<number, string>();
  const seedLines = pack.sources.flatMap((s) => s.text.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
  let offset = lines[0]!.length + 1;
  for (let i = 0; lines.length < PAGE_SENTENCES; i++) {
    let line: string;
    if (i % 3 === 0) {
      const c = synthetic.claims[(i * 7919) % synthetic.claims.length];
      line = c?.statement ?? '';
      if (c !== undefined && c.id.startsWith('synthetic-')) planted.set(offset, c.id);
    } else line = seedLines[i % seedLines.length] ?? 'Filler.';
    lines.push(line);
    offset += line.length + 1;
  }
  return { text: lines.join('\n'), planted };
}
/** Share of planted synthetic sentences whose top claim is the claim they were copied from. */
function plantedAccuracy(r: AnnotateResult, planted: ReadonlyMap<number, string>, limit = Infinity): number {
  let ok = 0, n = 0;
  const byStart = new Map(r.annotations.map((a) => [a.start, a]));
  for (const [start, id] of planted) {
    if (start >= limit) continue;
    n++;
    if (byStart.get(start)?.claims.some((c) => c.id === id) === true) ok++;
  }
  return n === 0 ? 1 : ok / n;
}

/** The same index, with retrieval done by MiniSearch over the views' texts (then the same scoring); `searchMs` adds up search time. */
function withMiniSearch(idx: MatchIndex): { index: MatchIndex; buildMs: number; searchMs: () => number } {
  const t0 = performance.now();
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [] });
  const docs: Array<{ id: number; text: string }> = [];
  idx.pack.claims.forEach((c) => {
    c.views.forEach((v) => docs.push({ id: docs.length, text: v.evidence < 0 ? c.statement : c.evidence[v.evidence]?.quote ?? '' }));
  });
  mini.addAll(docs);
  const buildMs = ms(t0);
  let searchMs = 0;
  return {
    buildMs,
    searchMs: () => searchMs,
    index: {
      ...idx,
      retriever: (ix, keys, text) => {
        const ids = keys.map((k) => ix.featureIds.get(k)).filter((x): x is number => x !== undefined);
        const s0 = performance.now();
        const hits = mini.search(text, { fuzzy: 0.2, prefix: true }).slice(0, 30);
        searchMs += ms(s0);
        return hits.map((hit): Candidate => {
          const view = hit.id as number;
          const vf = ix.viewFeatures[view] as Int32Array;
          const features = ids.filter((id) => hasFeature(vf, id));
          return { view, shared: features.reduce((s, id) => s + (ix.weights[id] as number), 0), features };
        });
      },
    },
  };
}

/** Retrieval alone with the inverted index, µs per sentence, on the given sentences. */
function retrievalUs(idx: MatchIndex, text: string): number {
  const sentences = segmentSentences(text);
  const feats = sentences.map((s) => extractFeatures(s.text, s.start, idx.lex, undefined));
  const t0 = performance.now();
  for (let r = 0; r < 5; r++) for (let i = 0; i < sentences.length; i++) retrieve(idx, feats[i]!.keys, sentences[i]!.text);
  return (ms(t0) / 5 / sentences.length) * 1000;
}

/** MiniSearch's fuzzy search is slow on big packs: it is compared on the first sentences of the page only. */
const MINI_SENTENCES: Record<number, number> = { 1000: 300, 10_000: 40 };

console.log(`\n(b) scale: synthetic packs against a ${PAGE_SENTENCES.toLocaleString('en')}-sentence page (heap after a full GC)`);
console.log(`  ${pad('claims', 7)} ${pad('views', 7)} ${pad('features', 8)} ${pad('build s', 8)} ${pad('JSON MB', 8)} ${pad('load s', 7)} ${pad('index MB', 9)} ${pad('annotate s', 11)} ${pad('µs/sent', 8)} ${pad('peak +MB', 9)} ${pad('marks', 6)} ${pad('planted ok', 10)}`);
const sizes = quick ? [1000, 10_000] : [1000, 10_000, 100_000];
interface ScaleRow { n: number; buildS: number; loadS: number; indexMb: number; annotateS: number; usPerSentence: number; sentences: number }
const scaleRows: ScaleRow[] = [];
const miniRows: string[] = [];
let costlyPage: Costly[] = [];
for (const n of sizes) {
  const synthetic = syntheticPack(n);
  const page = bigPage(synthetic);
  const base = heapMb();
  let t0 = performance.now();
  let compiled: CompiledPack | undefined = compilePack(synthetic);
  const buildS = ms(t0) / 1000;
  let json: string | undefined = JSON.stringify(compiled);
  compiled = undefined;
  const jsonMb = json.length / 1e6;
  t0 = performance.now();
  const idx = loadIndex(JSON.parse(json) as CompiledPack);
  const loadS = ms(t0) / 1000;
  json = undefined;
  // Heap held by the loaded index (the synthetic pack and page were already allocated at `base`).
  const indexMb = heapMb() - base;
  const heapBefore = heapMb();
  let peak = 0;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed / 1e6); }, 5);
  t0 = performance.now();
  const r = annotate(idx, page.text, { published: '2016-04-22' });
  const annotateS = ms(t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed / 1e6);
  const usPerSentence = (annotateS * 1e6) / r.sentences;
  const acc = plantedAccuracy(r, page.planted);
  scaleRows.push({ n, buildS, loadS, indexMb, annotateS, usPerSentence, sentences: r.sentences });
  console.log(`  ${pad(n.toLocaleString('en'), 7)} ${pad(idx.viewClaim.length, 7)} ${pad(idx.featureIds.size, 8)} ${pad(fix(buildS), 8)} ${pad(fix(jsonMb, 1), 8)} ${pad(fix(loadS), 7)} ${pad(fix(indexMb, 0), 9)} ${pad(fix(annotateS), 11)} ${pad(fix(usPerSentence, 0), 8)} ${pad(fix(Math.max(0, peak - heapBefore), 0), 9)} ${pad(r.annotations.length, 6)} ${pad(fix(acc, 3), 10)}`);
  // (c) on this pack: the same sentences annotated with each retriever (MiniSearch's search time kept apart).
  const limit = MINI_SENTENCES[n];
  if (limit !== undefined) {
    const cut = segmentSentences(page.text)[limit]?.start ?? page.text.length;
    const head = page.text.slice(0, cut);
    const oursUs = retrievalUs(idx, head);
    const mini = withMiniSearch(idx);
    t0 = performance.now();
    const a = annotate(idx, head, { published: '2016-04-22' });
    const tOurs = ms(t0);
    t0 = performance.now();
    const b = annotate(mini.index, head, { published: '2016-04-22' });
    const tMini = ms(t0);
    const miniUs = (mini.searchMs() / a.sentences) * 1000;
    const same = a.annotations.filter((x) => b.annotations.some((y) => y.start === x.start && y.claims[0]?.id === x.claims[0]?.id)).length;
    miniRows.push(`  ${pad(n.toLocaleString('en'), 7)} ${pad(a.sentences, 6)} ${pad(fix(oursUs, 1), 12)} ${pad(fix(miniUs, 0), 13)} ${pad(fix(miniUs / oursUs, 0) + 'x', 7)} ${pad(fix(tOurs, 0), 10)} ${pad(fix(tMini, 0), 10)} ${pad(fix(tMini / tOurs, 1) + 'x', 7)} ${pad(fix(plantedAccuracy(a, page.planted, cut), 3), 9)} ${pad(fix(plantedAccuracy(b, page.planted, cut), 3), 9)} ${pad(`${same}/${a.annotations.length}`, 10)} ${pad(fix(mini.buildMs, 0), 9)}`);
  }
  if (n === sizes[sizes.length - 1]) {
    // The costliest sentences of the big page against the biggest pack: one timed run each, on the first 2,000.
    const cut = segmentSentences(page.text)[2000]?.start ?? page.text.length;
    costlyPage = costliest(idx, [{ text: page.text.slice(0, cut), published: '2016-04-22', where: `${n / 1000}k-claim pack` }], 3);
  }
}
const first = scaleRows[0]!;
const last = scaleRows[scaleRows.length - 1]!;
const claimGrowth = last.n / first.n;
const annotateGrowth = last.annotateS / first.annotateS;
console.log(`  growth ${first.n.toLocaleString('en')} → ${last.n.toLocaleString('en')} claims (x${claimGrowth}): build x${fix(last.buildS / first.buildS, 1)}, load x${fix(last.loadS / first.loadS, 1)}, index heap x${fix(last.indexMb / Math.max(1, first.indexMb), 1)}, annotate x${fix(annotateGrowth, 1)}`);
console.log(`  costliest sentences of the page against the ${last.n.toLocaleString('en')}-claim pack (features + scoring, first 2,000 sentences):`);
for (const c of costlyPage.slice(0, 5)) console.log(`    ${pad(fix(c.us, 0), 5)} µs  ${clip(c.text)}`);
targets.push({ name: `(b) annotate grows sublinearly with claims (x${claimGrowth} claims)`, value: `annotate x${fix(annotateGrowth, 1)}`, ok: annotateGrowth < claimGrowth / 2 });
targets.push({ name: '(b) 10,000-sentence page annotated within 10 s at every size', value: `slowest ${fix(Math.max(...scaleRows.map((r) => r.annotateS)))} s`, ok: scaleRows.every((r) => r.annotateS < 10) });

// ---------------------------------------------------------------------------------------------------------
// (c) MiniSearch side by side
console.log('\n(c) retrieval: inverted index vs MiniSearch (fuzzy 0.2, prefix, top 30), then the same scoring');
const mini = withMiniSearch(index);
let t0 = performance.now();
const ours = figures(evaluate(index).overall);
const tOursDev = ms(t0);
t0 = performance.now();
const theirs = figures(evaluate(mini.index).overall);
const tMiniDev = ms(t0);
console.log(`  dev set, real pack      inverted index: P=${fix(ours.precision, 3)} R=${fix(ours.recall, 3)} verdict=${fix(ours.verdict, 3)} (${fix(tOursDev, 0)} ms)   MiniSearch: P=${fix(theirs.precision, 3)} R=${fix(theirs.recall, 3)} verdict=${fix(theirs.verdict, 3)} (${fix(tMiniDev, 0)} ms)`);
let tSeedsOurs = 0, tSeedsMini = 0;
for (const s of seeds) {
  t0 = performance.now();
  for (let i = 0; i < 3; i++) annotate(index, s.text, { published: s.published });
  tSeedsOurs += ms(t0) / 3;
  t0 = performance.now();
  for (let i = 0; i < 3; i++) annotate(mini.index, s.text, { published: s.published });
  tSeedsMini += ms(t0) / 3;
}
console.log(`  seed articles, real pack: annotate ${fix(tSeedsOurs / seeds.length)} ms vs ${fix(tSeedsMini / seeds.length)} ms per article with MiniSearch (x${fix(tSeedsMini / tSeedsOurs, 1)})`);
console.log('  synthetic packs, first sentences of the same page (acc: planted sentences given their own claim; the 100k pack is not compared):');
console.log(`  ${pad('claims', 7)} ${pad('sents', 6)} ${pad('retrieve µs', 12)} ${pad('MiniSearch µs', 13)} ${pad('ratio', 7)} ${pad('annot. ms', 10)} ${pad('w/ Mini ms', 10)} ${pad('ratio', 7)} ${pad('acc ours', 9)} ${pad('acc Mini', 9)} ${pad('same top', 10)} ${pad('Mini index ms', 9)}`);
for (const r of miniRows) console.log(r);
targets.push({ name: '(c) dev set: inverted index vs MiniSearch (reported, no target)', value: `P ${fix(ours.precision, 3)} vs ${fix(theirs.precision, 3)}, R ${fix(ours.recall, 3)} vs ${fix(theirs.recall, 3)}, annotate x${fix(tSeedsMini / tSeedsOurs, 1)} slower with MiniSearch`, ok: undefined });

// ---------------------------------------------------------------------------------------------------------
const totalS = ms(benchStart) / 1000;
targets.push({ name: 'bench finishes within 3 minutes', value: `${fix(totalS, 0)} s`, ok: totalS < 180 });
console.log('\ntargets');
for (const t of targets) console.log(`  ${verdictOf(t.ok).padEnd(8)} ${t.name.padEnd(70)} ${t.value}`);
