// The CLI spawned as a user would: JSON on a seed file, about:false on another topic, errors on bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../../src/cli/bin.mjs', import.meta.url).pathname;
/** The seed articles stand beside the repository (../shared/seeds), as on CI. */
const seeds = new URL('../../../../shared/seeds/', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });

test('annotates a seed file as one JSON object', () => {
  const r = run(['annotate', join(seeds, '001_e0e9246ac82926bc.txt'), '--json', '--published', '2016-04-22']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { about: boolean; sentences: number; annotations: Array<{ claims: Array<{ evidence: Array<{ source: { file: string } }> }> }> };
  assert.equal(out.about, true);
  assert.ok(out.annotations.length > 0);
  for (const a of out.annotations) for (const c of a.claims) for (const e of c.evidence) assert.notEqual(e.source.file, '001_e0e9246ac82926bc.txt');
});

test('a text not about Derna gives about:false', () => {
  const r = run(['annotate', '-', '--json'], 'The city council of Leeds met on Tuesday to discuss bus lanes.');
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout), { about: false, sentences: 0, annotations: [] });
});

test('HTML goes through text extraction and meta dates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, '<html><head><meta property="article:published_time" content="2015-06-15T10:00:00Z"></head><body><h1>Derna uprising</h1><p>Islamic State fighters attacked protesters at the Sahaba mosque in Derna, killing at least seven people.</p><script>var x = "Derna";</script></body></html>');
  const r = run(['annotate', file, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { about: boolean; annotations: unknown[] };
  assert.equal(out.about, true);
  assert.ok(out.annotations.length >= 1);
});

test('bad input exits non-zero with one line on stderr', () => {
  const missing = run(['annotate', '/no/such/file.txt', '--json']);
  assert.notEqual(missing.status, 0);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-'));
  const bin2 = join(dir, 'x.txt');
  writeFileSync(bin2, Buffer.from([0, 1, 2, 3, 0, 255, 254]));
  const binary = run(['annotate', bin2]);
  assert.notEqual(binary.status, 0);
  assert.equal(binary.stderr.trim().split('\n').length, 1);
});

test('a text with no date names the date it was read against, and gives no badge to a later siege', () => {
  const text = 'Derna siege\n\nThe siege of Derna has lasted since the summer of 2017.\n\nBacked by air strikes, Libyan National Army troops began a ground assault on Derna on Monday.\n';
  const r = run(['annotate', '-'], text);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^0 of \d+ sentences marked\.\nNo publication date was given: relative dates were read against 2017-12-31/);
  const json = JSON.parse(run(['annotate', '-', '--json'], text).stdout) as { datedFromText?: string; annotations: unknown[] };
  assert.equal(json.datedFromText, '2017-12-31');
  assert.deepEqual(json.annotations, []);
});

// A report of the June 2015 killings told with "on Wednesday", and a line naming 2017: undated, the text
// is read as of the end of 2017 and the killings get no mark; dated June 2015, they do.
const KILLINGS = 'The violence began on Wednesday after IS gunmen assassinated Nasr al-Akar and Faraj al-Houti, two senior figures in the Mujahideen Shura Council.';
const LATER = 'The council says it will hold the city until the elections planned for 2017.';
const KILLINGS_CLAIM = 'is-kills-msc-commanders-akar-houti-2015-06';

interface DatedOutput { datedFromText?: string; annotations: Array<{ claims: Array<{ id: string }> }> }
function annotateFile(name: string, content: string): DatedOutput {
  const file = join(mkdtempSync(join(tmpdir(), 'corroborate-')), name);
  writeFileSync(file, content);
  const r = run(['annotate', file, '--json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as DatedOutput;
}
const marksKillings = (out: DatedOutput): boolean => out.annotations.some((a) => a.claims.some((c) => c.id === KILLINGS_CLAIM));
/** The page was read as of the day its metadata gives: no date guessed from the text, and the killings "on Wednesday" marked. */
function assertDatedByMetadata(out: DatedOutput): void {
  assert.equal(out.datedFromText, undefined);
  assert.equal(marksKillings(out), true);
}
const articleHtml = (head: string, byline = ''): string =>
  `<!doctype html><html><head><title>Derna fighting</title>${head}</head><body><article><h1>Derna fighting</h1>${byline}<p>${KILLINGS}</p><p>${LATER}</p></article></body></html>`;

test('undated, the page is read as of the later year it names, and the killings get no mark', () => {
  const out = annotateFile('undated.html', articleHtml(''));
  assert.equal(out.datedFromText, '2017-12-31');
  assert.equal(marksKillings(out), false);
});

test('HTML dated only by JSON-LD is read as of that day, as the content script reads it', () => {
  const out = annotateFile('json-ld.html', articleHtml('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Derna fighting","datePublished":"2015-06-14T18:05:00+02:00"}</script>'));
  assertDatedByMetadata(out);
});

test('HTML dated only by itemprop="datePublished" on a <time> is read as of that day', () => {
  // Its datetime, though the site's header prints today's date in a <time> before it.
  const header = '<header><time datetime="2018-06-14">Thursday 14 June 2018</time></header>';
  const withDatetime = articleHtml('', '<p class="byline">By Jane Doe, <time itemprop="datePublished" datetime="2015-06-14T18:05:00+02:00">14 June 2015</time></p>').replace('<body>', `<body>${header}`);
  const out = annotateFile('itemprop.html', withDatetime);
  assertDatedByMetadata(out);
  // Its text, when it has no datetime.
  const textOnly = annotateFile('itemprop-text.html', articleHtml('', '<p class="byline">By Jane Doe | Posted <time itemprop="datePublished">June 14, 2015</time></p>'));
  assertDatedByMetadata(textOnly);
});

test('HTML dated by an RFC 2822 meta date is read as of that day', () => {
  const out = annotateFile('rfc2822.html', articleHtml('<meta name="date" content="Sun, 14 Jun 2015 16:05:00 GMT">'));
  assertDatedByMetadata(out);
});

test('a .txt whose second line is a date line is dated from it, and says so', () => {
  const out = annotateFile('dated.txt', `Derna fighting\nPublished 14 June 2015 | 18:05 GMT\n\n${KILLINGS}\n\n${LATER}\n`);
  assert.equal(out.datedFromText, '2015-06-14');
  assert.equal(marksKillings(out), true);
});
