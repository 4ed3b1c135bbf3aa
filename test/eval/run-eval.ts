// `npm run eval`: annotates the dev set's pages and prints precision, recall and verdict accuracy, overall and per group.
import { readPack } from '../../src/tools/read-pack.js';
import { annotate, compilePack, loadIndex, type AnnotateResult, type MatchIndex } from '../../src/core/index.js';
import { DEV_SET, type DevPage } from './dev-set.js';

/**
 * Per sentence: tp, fp, fn, tn (a marked sentence is right when ANY claim it lists is one it states). `listed` and
 * `listedRight` count the claims a marked sentence lists and those it states, so that listing more claims per badge
 * cannot raise precision unseen.
 */
export interface Tally { tp: number; fp: number; fn: number; tn: number; verdictOk: number; verdictTotal: number; listed: number; listedRight: number }
export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, verdictOk: 0, verdictTotal: 0, listed: 0, listedRight: 0 });
/** Adds `t`'s counts into `into`. */
export function addTally(into: Tally, t: Tally): void {
  for (const k of ['tp', 'fp', 'fn', 'tn', 'verdictOk', 'verdictTotal', 'listed', 'listedRight'] as const) into[k] += t[k];
}

export interface PageOutcome { page: DevPage; result: AnnotateResult; lines: string[] }

/** A sentence's closing stop, maybe inside quotes or brackets: what a line of running text ends with. */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*\s*$/;

/**
 * The page as one text, with each sentence's offset. By default each sentence is its own paragraph; with
 * `perParagraph` > 1 the headline stands alone and the rest run together in paragraphs of that many sentences,
 * as in a real article, so the segmenter has to find the sentence ends itself. A line with no closing stop (a
 * byline, a date line, a caption or a subhead) is a block of its own on a real page, as it is in the seed
 * articles, so it never runs into the sentences around it.
 */
export function pageText(page: DevPage, perParagraph = 1): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  let inParagraph = 0;
  page.sentences.forEach((s, i) => {
    if (i > 0) {
      const runOn = perParagraph > 1 && i > 1 && inParagraph < perParagraph && ENDS_SENTENCE.test(page.sentences[i - 1]!.text) && ENDS_SENTENCE.test(s.text);
      text += runOn ? ' ' : '\n\n';
      inParagraph = runOn ? inParagraph + 1 : 1;
    } else inParagraph = 1;
    offsets.push(text.length);
    text += s.text;
  });
  return { text, offsets };
}

export function evaluate(index: MatchIndex, annotateFn = annotate, perParagraph = 1): { overall: Tally; groups: Map<string, Tally>; misses: string[] } {
  const overall = emptyTally();
  const groups = new Map<string, Tally>();
  const misses: string[] = [];
  for (const page of DEV_SET) {
    const { text, offsets } = pageText(page, perParagraph);
    const result = annotateFn(index, text, { published: page.published });
    const g = groups.get(page.group) ?? emptyTally();
    groups.set(page.group, g);
    page.sentences.forEach((s, i) => {
      const start = offsets[i] as number;
      const a = result.annotations.find((x) => x.start >= start && x.start < start + s.text.length);
      const predicted = a?.claims.map((c) => c.id) ?? [];
      const expected = s.claims;
      const hit = predicted.some((p) => expected.includes(p));
      for (const t of [overall, g]) {
        t.listed += predicted.length;
        t.listedRight += predicted.filter((p) => expected.includes(p)).length;
        if (expected.length === 0) {
          if (predicted.length === 0) t.tn++;
          else t.fp++;
        } else if (hit) {
          t.tp++;
          if (s.verdict !== undefined) {
            t.verdictTotal++;
            if (a?.verdict === s.verdict) t.verdictOk++;
          }
        } else {
          t.fn++;
          if (predicted.length > 0) t.fp++;
        }
      }
      const verdictWrong = hit && s.verdict !== undefined && a?.verdict !== s.verdict;
      if ((expected.length === 0) !== (predicted.length === 0) || (expected.length > 0 && !hit) || verdictWrong) {
        misses.push(`[${page.group}] ${verdictWrong ? `verdict ${a?.verdict} != ${s.verdict}` : `got [${predicted.join(', ')}] want [${expected.join(', ')}]`}\n    ${s.text}`);
      }
    });
  }
  return { overall, groups, misses };
}

export function figures(t: Tally): { precision: number; recall: number; verdict: number } {
  return {
    precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
    recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
    verdict: t.verdictTotal === 0 ? 1 : t.verdictOk / t.verdictTotal,
  };
}

/** How many claims a marked sentence lists, and what share of them it states. */
export function listedRow(t: Tally): string {
  // Every marked sentence counts once as tp or as fp (a sentence listing only wrong claims is an fn and an fp).
  const marked = t.tp + t.fp;
  return `claims listed per marked sentence ${(t.listed / Math.max(1, marked)).toFixed(2)}; of them stated by the sentence ${(t.listed === 0 ? 1 : t.listedRight / t.listed).toFixed(3)} (a mark counts as right above when any listed claim is)`;
}

function row(name: string, t: Tally): string {
  const f = figures(t);
  const n = t.tp + t.fp + t.fn + t.tn;
  return `${name.padEnd(18)} n=${String(n).padStart(3)}  P=${f.precision.toFixed(3)}  R=${f.recall.toFixed(3)}  verdict=${f.verdict.toFixed(3)} (${t.verdictOk}/${t.verdictTotal})  tp=${t.tp} fp=${t.fp} fn=${t.fn} tn=${t.tn}`;
}

async function main(): Promise<void> {
  const { pack } = await readPack(new URL('../../data', import.meta.url).pathname);
  const index = loadIndex(compilePack(pack));
  const { overall, groups, misses } = evaluate(index);
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  if (verbose) for (const m of misses) console.log(m);
  console.log(`dev set: ${DEV_SET.length} pages, ${DEV_SET.reduce((n, p) => n + p.sentences.length, 0)} sentences, pack ${pack.claims.length} claims`);
  console.log(row('overall', overall));
  console.log(listedRow(overall));
  for (const [name, t] of [...groups.entries()].sort()) console.log(row(name, t));
  if (!verbose) console.log(`${misses.length} misses (run with --verbose to list them)`);
  // The same pages as a text with no date metadata (a pasted article, the CLI without --published):
  // relative dates then resolve only when the text names a later year (see infer-published.ts).
  const undated = evaluate(index, (i, text) => annotate(i, text, {}));
  console.log(row('no dates given', undated.overall));
  // The same pages with their sentences run together in paragraphs of four, as articles print them.
  console.log(row('in paragraphs', evaluate(index, annotate, 4).overall));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
