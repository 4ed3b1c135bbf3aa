// What the content script reads from real pages, pinned: for every demo article and every fixture
// page, the extracted text, its segment map (each run's node, offsets and kind) and the page's
// metadata, with the options content.js reads a page with. A change to how the extractor or the
// metadata reader work must leave all three as they were; a change in WHAT is read is a
// deliberate one, and then `UPDATE_READING_PINS=1` writes the new digests (review the diff).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { extractText, isHiddenByStyle } from '../../../src/dom/extract-text.js';
import { readPageMetadata } from '../../../src/dom/page-metadata.js';
import { loadDemoPages } from '../../../src/demo/demo-pages.js';
import { MAX_PAGE_CHARS } from '../../../src/content/read-page.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PINS = path.join(ROOT, 'test/unit/dom/reading-pins.json');

interface Pin {
  chars: number;
  segments: number;
  /** sha256 of the text, the segment map and the metadata. */
  digest: string;
}

const windows: Window[] = [];
after(() => Promise.all(windows.map((w) => w.happyDOM.close())));

/** The page as a browser document with its inline styles applied, and no script run. */
function load(html: string): Document {
  const window = new Window({
    url: 'https://news.example/article',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.write(html);
  return doc;
}

/** Where a node sits: child indexes from its document, through any shadow host. */
function nodePath(node: Node): string {
  const steps: string[] = [];
  let at: Node | null = node;
  while (at !== null && at.parentNode !== null) {
    const parent: Node = at.parentNode;
    steps.push(String(Array.prototype.indexOf.call(parent.childNodes, at)));
    const host = (parent as Partial<ShadowRoot>).host;
    if (host !== undefined && host !== null && parent.nodeType === 11) {
      steps.push('shadow');
      at = host;
    } else {
      at = parent;
    }
  }
  return steps.reverse().join('/');
}

function pinOf(doc: Document): Pin {
  // content.js's reading (first-reading.ts, read-page.ts) in one step.
  const read = extractText(doc.body, { isHidden: isHiddenByStyle, includeFrames: true, maxChars: MAX_PAGE_CHARS });
  const meta = readPageMetadata(doc);
  const map = read.segments.map((s) => [nodePath(s.node), s.start, s.nodeStart, s.length, s.collapsed ? 1 : 0]);
  const digest = createHash('sha256').update(JSON.stringify({ text: read.text, map, truncated: read.truncated, meta })).digest('hex');
  return { chars: read.text.length, segments: read.segments.length, digest };
}

async function pages(): Promise<Array<{ name: string; html: string }>> {
  const demo = (await loadDemoPages(path.join(ROOT, 'data'))).map((p) => ({ name: `demo${p.path}`, html: p.html }));
  const fixtures = ['content', 'hostile'].flatMap((dir) => readdirSync(path.join(ROOT, 'test/fixtures', dir))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, html: readFileSync(path.join(ROOT, 'test/fixtures', dir, f), 'utf8') })));
  return [...demo, ...fixtures];
}

test('the demo articles and fixture pages read as pinned: same text, segment map and metadata', async () => {
  const found: Record<string, Pin> = {};
  for (const page of await pages()) found[page.name] = pinOf(load(page.html));
  if (process.env.UPDATE_READING_PINS === '1') {
    writeFileSync(PINS, JSON.stringify(found, null, 2) + '\n');
    return;
  }
  const pinned = JSON.parse(readFileSync(PINS, 'utf8')) as Record<string, Pin>;
  assert.deepEqual(Object.keys(found).sort(), Object.keys(pinned).sort(), 'the set of pages changed: pin them again');
  // The demo articles are what the extension exists for: their reading must not be empty.
  for (const [name, pin] of Object.entries(found)) if (name.startsWith('demo/news/')) assert.ok(pin.chars > 500, `${name} read ${pin.chars} characters`);
  for (const [name, pin] of Object.entries(found)) assert.deepEqual(pin, pinned[name], `${name} reads differently`);
});
