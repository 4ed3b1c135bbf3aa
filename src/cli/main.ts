// The `corroborate` command line: `annotate FILE [--url URL] [--published YYYY-MM-DD] [--json] [--pack DIR]`.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { annotate, type AnnotateContext } from '../core/index.js';
import { readInput, InputError } from './read-input.js';
import { loadPackIndex } from './load-index.js';
import { formatText } from './format-text.js';

const USAGE = 'usage: corroborate annotate FILE|- [--url URL] [--published YYYY-MM-DD] [--json] [--pack DIR]';
const DEFAULT_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

interface Args {
  file: string;
  url?: string;
  published?: string;
  json: boolean;
  pack: string;
}

function parseArgs(argv: readonly string[]): Args | string {
  if (argv[0] !== 'annotate') return argv.length === 0 ? USAGE : `unknown command: ${argv[0] ?? ''}`;
  let file: string | undefined;
  const out: Omit<Args, 'file'> = { json: false, pack: DEFAULT_DATA };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string | undefined => argv[++i];
    if (a === '--json') out.json = true;
    else if (a === '--url') out.url = value();
    else if (a === '--published') out.published = value();
    else if (a === '--pack') out.pack = resolve(value() ?? '');
    else if (a.startsWith('--') ) return `unknown option: ${a}`;
    else if (file === undefined) file = a;
    else return `unexpected argument: ${a}`;
  }
  if (file === undefined) return 'missing FILE';
  if (out.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(out.published)) return `--published wants YYYY-MM-DD, got ${out.published}`;
  if ('url' in out && out.url === undefined) return '--url wants a value';
  return { file, ...out };
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`corroborate: ${args}\n${args === USAGE ? '' : USAGE + '\n'}`);
    return 2;
  }
  try {
    const input = await readInput(args.file);
    const index = await loadPackIndex(args.pack);
    const ctx: AnnotateContext = {};
    const published = args.published ?? input.published;
    if (published !== undefined) ctx.published = published;
    const url = args.url ?? input.url;
    if (url !== undefined) ctx.url = url;
    const result = annotate(index, input.text, ctx);
    process.stdout.write(args.json ? JSON.stringify(result) + '\n' : formatText(result));
    return 0;
  } catch (err) {
    const msg = err instanceof InputError ? err.message : `error: ${(err as Error).message}`;
    process.stderr.write(`corroborate: ${msg.split('\n')[0] ?? ''}\n`);
    return 1;
  }
}
