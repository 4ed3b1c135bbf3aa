// Reads the CLI's input (a .txt/.html file or stdin) into text, through the shared DOM extraction for HTML.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { extractText } from '../dom/extract-text.js';
import { readPageMetadata } from '../dom/page-metadata.js';
import { firstDayOf } from '../core/dates/parse-day-value.js';

export interface PageInput {
  text: string;
  /** YYYY-MM-DD, from the HTML's date metadata (read as the content script reads it), when present. */
  published?: string;
  url?: string;
}

export class InputError extends Error {}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Text that is not text: NUL bytes, or many bytes that are not UTF-8. */
function isBinary(buf: Buffer): boolean {
  const sample = buf.subarray(0, 65536);
  if (sample.includes(0)) return true;
  const decoded = sample.toString('utf8');
  let bad = 0;
  for (const ch of decoded) if (ch === '\uFFFD') bad++;
  return bad > 8 && bad / Math.max(1, decoded.length) > 0.01;
}

export async function readInput(file: string): Promise<PageInput> {
  let buf: Buffer;
  try {
    buf = file === '-' ? await readStdin() : await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `is a directory: ${file}` : `cannot read ${file}: ${(err as Error).message}`);
  }
  if (isBinary(buf)) throw new InputError(`not a text or HTML file: ${file}`);
  const raw = buf.toString('utf8').replace(/^\uFEFF/, '');
  const ext = extname(file).toLowerCase();
  const looksHtml = ext === '.html' || ext === '.htm' || (file === '-' && /^\s*<(!doctype html|html)[\s>]/i.test(raw));
  return looksHtml ? readHtml(raw) : { text: raw };
}

async function readHtml(html: string): Promise<PageInput> {
  const window = new Window({ url: 'http://localhost/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const root = (doc.body ?? doc.documentElement) as unknown as Node;
    const { text } = extractText(root);
    const out: PageInput = { text };
    const published = firstDayOf(readPageMetadata(doc as unknown as Document).dateValues);
    if (published !== undefined) out.published = published;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
    if (canonical !== null && canonical !== undefined && canonical !== '') out.url = canonical;
    return out;
  } finally {
    await window.happyDOM.close();
  }
}
