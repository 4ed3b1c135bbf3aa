// Fuzzing text extraction (src/dom/extract-text.ts) over random DOM trees built with happy-dom:
// it never throws, every mapped range reads exactly the node text it maps to, characters outside
// the map are only synthetic separators, and skipped elements never contribute text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { createTextExtractor, extractText, type ExtractedText } from '../../../src/dom/extract-text.js';
import { isSpanCurrent, offsetsToRanges } from '../../../src/dom/text-range.js';
import { FUZZ_SEED, runs } from './fuzz-support.js';

const params = (numRuns: number) => ({ numRuns: runs(numRuns), seed: FUZZ_SEED });

/** Text inside skipped elements carries this marker; visible text is drawn from an alphabet without 'Q'. */
const MARK = 'QQSKIPQQ';

type Spec =
  | { kind: 'text'; data: string }
  | { kind: 'comment'; data: string }
  | { kind: 'el'; tag: string; skipped: boolean; attrs: Array<[string, string]>; shadow: boolean; children: Spec[] };

const VISIBLE_TAGS = ['p', 'div', 'span', 'b', 'em', 'a', 'li', 'ul', 'h1', 'h2', 'section', 'article', 'pre', 'br', 'td', 'blockquote', 'code', 'x-widget'];
const SKIPPED: Array<{ tag: string; attrs: Array<[string, string]> }> = [
  { tag: 'script', attrs: [] }, { tag: 'style', attrs: [] }, { tag: 'noscript', attrs: [] }, { tag: 'textarea', attrs: [] },
  { tag: 'button', attrs: [] }, { tag: 'template', attrs: [] }, { tag: 'select', attrs: [] },
  { tag: 'div', attrs: [['hidden', '']] }, { tag: 'span', attrs: [['aria-hidden', 'true']] },
  { tag: 'div', attrs: [['contenteditable', 'true']] }, { tag: 'p', attrs: [['contenteditable', '']] },
  { tag: 'div', attrs: [['contenteditable', 'plaintext-only']] }, { tag: 'corroborate-badge', attrs: [['data-verdict', 'corroborated']] },
  { tag: 'corroborate-card', attrs: [] },
];

// Visible text: letters (no Q), digits, punctuation, every kind of white space, non-Latin scripts, astral chars.
const visibleChar = fc.constantFrom(
  ...'abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789.,;:!?-–’“”()'.split(''),
  ' ', ' ', ' ', '\n', '\t', '\r', '\f', '\u00a0', '\u2028', 'د', 'ر', 'ن', 'ة', 'é', '😀', '<', '>', '&',
);
const visibleText = fc.array(visibleChar, { maxLength: 30 }).map((cs) => cs.join(''));

const tree: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: visibleText.map((data): Spec => ({ kind: 'text', data })) },
    { weight: 1, arbitrary: visibleText.map((data): Spec => ({ kind: 'comment', data: data.replace(/-/g, '') })) },
    {
      weight: 3,
      arbitrary: fc.record({ tag: fc.constantFrom(...VISIBLE_TAGS), shadow: fc.boolean(), children: fc.array(tie('node'), { maxLength: 5 }) })
        .map(({ tag, shadow, children }): Spec => ({ kind: 'el', tag, skipped: false, attrs: [], shadow: shadow && tag === 'x-widget', children })),
    },
    {
      weight: 1,
      arbitrary: fc.record({ which: fc.constantFrom(...SKIPPED), children: fc.array(tie('node'), { maxLength: 3 }) })
        .map(({ which, children }): Spec => ({ kind: 'el', tag: which.tag, skipped: true, attrs: which.attrs, shadow: false, children })),
    },
  ),
})).node;

function build(doc: Document, spec: Spec, insideSkipped: boolean): Node {
  if (spec.kind === 'text') return doc.createTextNode(insideSkipped ? `${spec.data}${MARK}` : spec.data);
  if (spec.kind === 'comment') return doc.createComment(`${spec.data}${MARK}`);
  const el = doc.createElement(spec.tag);
  for (const [k, v] of spec.attrs) el.setAttribute(k, v);
  const skipped = insideSkipped || spec.skipped;
  // Even an empty skipped element holds some marked text.
  if (spec.skipped) el.appendChild(doc.createTextNode(` ${MARK} `));
  const target: Node = spec.shadow ? el.attachShadow({ mode: 'open' }) : el;
  for (const child of spec.children) target.appendChild(build(doc, child, skipped));
  if (spec.shadow) el.appendChild(doc.createTextNode(`light child not slotted ${MARK}`));
  return el;
}

function freshDocument(): Document {
  const window = new Window();
  return window.document as unknown as Document;
}

function assertMapExact(x: ExtractedText): void {
  let end = 0;
  const covered = new Uint8Array(x.text.length);
  for (const seg of x.segments) {
    assert.ok(seg.length > 0, 'no empty segment');
    assert.ok(seg.start >= end, `segments sorted and disjoint (${seg.start} < ${end})`);
    end = seg.start + seg.length;
    assert.ok(end <= x.text.length, 'segment inside the text');
    assert.ok(seg.nodeStart >= 0 && seg.nodeStart + seg.length <= seg.node.data.length, 'segment inside its node');
    const fromText = x.text.slice(seg.start, end);
    const fromNode = seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.length);
    if (seg.collapsed) {
      assert.equal(fromText, ' ', 'a collapsed run reads as one space');
      assert.match(fromNode, /^[ \t\n\r\f]$/, 'a collapsed run maps to one white space character');
    } else {
      assert.equal(fromText, fromNode, 'mapped text equals the node text');
    }
    covered.fill(1, seg.start, end);
  }
  for (let i = 0; i < x.text.length; i++) {
    if (!covered[i]) assert.ok(x.text[i] === '\n' || x.text[i] === ' ', `unmapped character ${JSON.stringify(x.text[i])} at ${i}`);
  }
}

test('extractText never throws, maps every range exactly, and skipped elements contribute nothing', () => {
  fc.assert(fc.property(fc.array(tree, { maxLength: 6 }), (specs) => {
    const doc = freshDocument();
    for (const spec of specs) doc.body.appendChild(build(doc, spec, false));
    const x = extractText(doc.body);
    assertMapExact(x);
    assert.ok(!x.text.includes('Q'), `skipped text leaked: ${JSON.stringify(x.text)}`);
    for (const seg of x.segments) assert.ok(!seg.node.data.includes(MARK), 'a segment maps into a skipped node');
    // A leading or trailing space/newline must be page text (e.g. inside <pre>), never a separator.
    const mappedAt = (i: number) => x.segments.some((s) => s.start <= i && i < s.start + s.length);
    if (/^[ \n]/.test(x.text)) assert.ok(mappedAt(0), 'no leading separator');
    if (/[ \n]$/.test(x.text)) assert.ok(mappedAt(x.text.length - 1), 'no trailing separator');
  }), params(1500));
});

test('chunked extraction (tiny budgets) gives the same text and map as one pass', () => {
  fc.assert(fc.property(fc.array(tree, { maxLength: 5 }), fc.integer({ min: 1, max: 7 }), (specs, every) => {
    const doc = freshDocument();
    for (const spec of specs) doc.body.appendChild(build(doc, spec, false));
    const whole = extractText(doc.body);
    const extractor = createTextExtractor(doc.body);
    let calls = 0;
    let steps = 0;
    while (!extractor.step(() => ++calls % every === 0)) steps++;
    const chunked = extractor.result();
    assert.equal(chunked.text, whole.text);
    assert.equal(chunked.segments.length, whole.segments.length);
    assert.ok(steps < 100000);
  }), params(500));
});

test('every span of the extracted text maps to ranges whose text is the span, less separators', () => {
  fc.assert(fc.property(fc.array(tree, { maxLength: 5 }), fc.nat(), fc.nat(), (specs, a, b) => {
    const doc = freshDocument();
    for (const spec of specs) doc.body.appendChild(build(doc, spec, false));
    const x = extractText(doc.body);
    if (x.text.length === 0) return;
    const start = a % x.text.length;
    const end = start + 1 + (b % (x.text.length - start));
    const ranges = offsetsToRanges(x, start, end);
    const mapped = x.segments.some((s) => s.start < end && s.start + s.length > start);
    assert.equal(ranges.length > 0, mapped, 'ranges exist exactly when some character of the span is mapped');
    if (mapped) assert.equal(isSpanCurrent(x, start, end), true, 'an untouched span is current');
  }), params(800));
});

test('maxChars truncation keeps the map exact', () => {
  fc.assert(fc.property(fc.array(tree, { maxLength: 6 }), fc.integer({ min: 1, max: 60 }), (specs, maxChars) => {
    const doc = freshDocument();
    for (const spec of specs) doc.body.appendChild(build(doc, spec, false));
    const x = extractText(doc.body, { maxChars });
    assertMapExact(x);
    assert.ok(!x.text.includes('Q'));
  }), params(300));
});
