// `npm test`: typecheck, build, lint the Firefox build with web-ext, then the unit tests and the
// browser tests with node's test runner. Ends with one line "N passed, N failed".
//   node test/run.mjs            everything
//   node test/run.mjs --unit     unit tests only (no build, no browser)
//   node test/run.mjs --browser  build + browser tests only
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv.includes('--unit') ? 'unit' : process.argv.includes('--browser') ? 'browser' : 'all';
const npx = (bin) => path.join(ROOT, 'node_modules/.bin', bin);

function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (${seconds} s)`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

function testFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.test.ts') || name.endsWith('.test.tsx')) out.push(path.relative(ROOT, full));
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}

/** Runs files with node's test runner: spec output on screen, TAP kept to count results. */
function runTests(title, files, concurrency) {
  console.log(`\n▶ ${title}: ${files.length} files`);
  const tap = path.join(mkdtempSync(path.join(os.tmpdir(), 'corroborate-tests-')), 'results.tap');
  const started = Date.now();
  const result = spawnSync(process.execPath, [
    '--import', 'tsx', '--test', `--test-concurrency=${concurrency}`,
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ], { cwd: ROOT, stdio: 'inherit' });
  const report = readFileSync(tap, 'utf8');
  const count = (key) => Number((report.match(new RegExp(`^# ${key} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + (result.status !== 0 && count('fail') === 0 ? 1 : 0);
  console.log(`${title}: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { passed, failed };
}

const totals = { passed: 0, failed: 0 };
const add = (r) => { totals.passed += r.passed; totals.failed += r.failed; };

if (mode === 'all') step('typecheck', npx('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
if (mode === 'all') step('typecheck src/core (no DOM, no browser API)', npx('tsc'), ['--noEmit', '-p', 'src/core/tsconfig.json']);
if (mode !== 'unit') step('build', process.execPath, ['build.mjs']);
if (mode === 'all') step('web-ext lint dist/firefox', process.execPath, ['test/lint-extension.mjs']);
if (mode !== 'browser') add(runTests('unit tests', testFiles('test/unit'), Math.max(1, os.availableParallelism() - 0)));
if (mode !== 'unit') add(runTests('browser tests', testFiles('test/browser'), 1));

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
