// Lints dist/firefox with web-ext (Mozilla's addons-linter), offline. Fails on any error or warning.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(path.join(ROOT, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', path.join(ROOT, 'dist/firefox'), '--output', 'json', '--no-input'],
  { cwd: ROOT, encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch (error) {
  console.error(`web-ext lint printed no JSON report (exit ${result.status}): ${String(error)}\n${result.stdout}\n${result.stderr}`);
  process.exit(1);
}
const { errors = [], warnings = [], notices = [] } = report;
for (const item of [...errors, ...warnings]) {
  console.log(`${item._type.toUpperCase()} ${item.code}: ${item.message} ${item.file ? `(${item.file}${item.line ? `:${item.line}` : ''})` : ''}`);
}
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length + warnings.length > 0 ? 1 : 0);
