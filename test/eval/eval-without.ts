// Experiment helper: the eval's figures with the pages of some groups left out (by group prefix), overall and per group.
import { readPack } from '../../src/tools/read-pack.js';
import { annotate, compilePack, loadIndex } from '../../src/core/index.js';
import { DEV_SET } from './dev-set.js';
import { addTally, emptyTally, evaluate, figures, listedRow, type Tally } from './run-eval.js';

const prefixes = process.argv.slice(2);
const kept = DEV_SET.filter((p) => !prefixes.some((x) => p.group.startsWith(x)));
DEV_SET.splice(0, DEV_SET.length, ...kept);
const { pack } = await readPack(new URL('../../data', import.meta.url).pathname);
const index = loadIndex(compilePack(pack));
const show = (name: string, t: Tally): void => {
  const f = figures(t);
  const f1 = 2 * f.precision * f.recall / (f.precision + f.recall);
  console.log(`${name.padEnd(20)} P=${f.precision.toFixed(3)} R=${f.recall.toFixed(3)} F1=${f1.toFixed(3)} verdict=${f.verdict.toFixed(3)} tp=${t.tp} fp=${t.fp} fn=${t.fn} tn=${t.tn}`);
};
const { overall, groups } = evaluate(index);
show('overall', overall);
console.log(listedRow(overall));
const families = new Map<string, Tally>();
for (const [g, t] of groups) {
  const fam = /^(blind|heldback|unseen|fresh|later|final|reserve|spare|extra|coda|probe|trial|audit|elsewhere|furniture)-/.exec(g)?.[1] ?? 'first';
  const s = families.get(fam) ?? emptyTally();
  addTally(s, t);
  families.set(fam, s);
}
for (const [fam, t] of [...families].sort()) show(fam, t);
show('no dates given', evaluate(index, (i, text) => annotate(i, text, {})).overall);
show('in paragraphs', evaluate(index, annotate, 4).overall);
