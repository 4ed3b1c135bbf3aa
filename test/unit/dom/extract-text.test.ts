// Text extraction over happy-dom: blocks, inline markup, skipped and hidden content, the offset
// map back to exact node text, and deep or wide trees walked without recursion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { createTextExtractor, extractText, type ExtractedText } from '../../../src/dom/extract-text.js';
import { isSpanCurrent, offsetsToRanges, rangeReads } from '../../../src/dom/text-range.js';

function dom(html: string): Document {
  const window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = html;
  return document;
}

/** Every mapped character equals the node character it maps to (collapsed spaces: any whitespace). */
function assertMapExact(x: ExtractedText): void {
  for (const seg of x.segments) {
    const fromText = x.text.slice(seg.start, seg.start + seg.length);
    const fromNode = seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.length);
    if (seg.collapsed) assert.match(fromNode, /^\s$/);
    else assert.equal(fromText, fromNode);
  }
}

test('a heading and the next paragraph are separate blocks', () => {
  const d = dom('<h1>Derna falls</h1><p>Fighters left the city.</p>');
  const x = extractText(d.body);
  assert.equal(x.text, 'Derna falls\n\nFighters left the city.');
  assertMapExact(x);
});

test('inline markup inside a sentence reads as one sentence', () => {
  const d = dom('<p>The <a href="#">Shura   Council</a> took <em>the</em><span> Pearl</span> Hotel.</p>');
  const x = extractText(d.body);
  assert.equal(x.text, 'The Shura Council took the Pearl Hotel.');
  assertMapExact(x);
});

test('br is a newline, whitespace collapses, pre keeps it', () => {
  const d = dom('<p>  line one<br>\n line two  </p><pre>a  b\nc</pre><div>x</div>');
  const x = extractText(d.body);
  assert.equal(x.text, 'line one\nline two\n\na  b\nc\n\nx');
  assertMapExact(x);
});

test('skips script, style, noscript, template, form fields, editable, hidden and own UI', () => {
  const d = dom(`<p>Keep one.</p>
    <script>var derna = 1;</script><style>p{}</style><noscript>ns</noscript><template><p>tpl</p></template>
    <textarea>Derna text</textarea><input value="Derna"><select><option>Derna</option></select>
    <div contenteditable="true"><p>Editable Derna</p></div><div contenteditable="false">Kept two.</div>
    <p hidden>Hidden</p><p aria-hidden="true">Aria hidden</p><corroborate-badge>badge</corroborate-badge>
    <p style="display:none" class="styled">Styled hidden</p><p>Keep three.</p>`);
  const x = extractText(d.body, { isHidden: (el) => el.getAttribute('style')?.includes('display:none') ?? false });
  assert.equal(x.text, 'Keep one.\n\nKept two.\n\nKeep three.');
  assertMapExact(x);
});

test('open shadow roots and slots are read', () => {
  const d = dom('<p>Before.</p><x-article><span>Light slotted.</span></x-article>');
  const host = d.querySelector('x-article') as Element;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Shadow text.</p><p><slot></slot></p>';
  const x = extractText(d.body);
  assert.match(x.text, /Before\.\n\nShadow text\.\n\nLight slotted\./);
  assertMapExact(x);
  const noShadow = extractText(d.body, { includeShadowRoots: false });
  assert.match(noShadow.text, /Light slotted\./);
  assert.doesNotMatch(noShadow.text, /Shadow text/);
});

test('offsets map back to ranges that read the same words', () => {
  const d = dom('<p>IS lost the <b>Pearl Hotel</b>, residents said. Fighting <i>continues</i>.</p>');
  const x = extractText(d.body);
  const sentence = 'IS lost the Pearl Hotel, residents said.';
  const start = x.text.indexOf(sentence);
  const ranges = offsetsToRanges(x, start, start + sentence.length);
  assert.equal(ranges.length, 1);
  assert.equal((ranges[0] as Range).toString(), sentence);
  assert.ok(rangeReads(ranges[0] as Range, sentence));
  assert.ok(isSpanCurrent(x, start, start + sentence.length));
  const second = 'Fighting continues.';
  const s2 = x.text.indexOf(second);
  assert.equal((offsetsToRanges(x, s2, s2 + second.length)[0] as Range).toString(), second);
});

test('a changed node makes the span stale', () => {
  const d = dom('<p>The Shura Council took the hotel.</p>');
  const x = extractText(d.body);
  assert.ok(isSpanCurrent(x, 0, x.text.length));
  ((d.querySelector('p') as Element).firstChild as Text).data = 'The army took the hotel instead.';
  assert.equal(isSpanCurrent(x, 0, x.text.length), false);
  const y = extractText(d.body);
  (d.querySelector('p') as Element).remove();
  assert.equal(isSpanCurrent(y, 0, y.text.length), false);
});

test('10,000 levels of nesting are walked without recursion', () => {
  const d = dom('');
  let parent: Element = d.body;
  for (let i = 0; i < 10_000; i++) {
    const span = d.createElement(i % 2 ? 'span' : 'div');
    parent.appendChild(span);
    parent = span;
  }
  parent.appendChild(d.createTextNode('Deep Derna sentence.'));
  const x = extractText(d.body);
  assert.equal(x.text, 'Deep Derna sentence.');
});

test('100,000 text nodes, in budgeted steps', () => {
  const d = dom('');
  const p = d.createElement('p');
  for (let i = 0; i < 100_000; i++) p.appendChild(d.createTextNode(i % 2 ? 'a' : ' '));
  d.body.appendChild(p);
  const extractor = createTextExtractor(d.body);
  let steps = 0;
  let calls = 0;
  while (!extractor.step(() => ++calls % 10 === 0)) steps++;
  assert.ok(steps > 5, `expected several steps, got ${steps}`);
  const x = extractor.result();
  assert.equal(x.text.length, 99_999);
  assertMapExact(x);
});

test('maxChars bounds the output', () => {
  const d = dom('<p>' + 'word '.repeat(1000) + '</p>');
  const x = extractText(d.body, { maxChars: 100 });
  assert.ok(x.truncated);
  assert.ok(x.text.length <= 110);
});

test('property: random trees map back exactly and collapse whitespace like CSS', async () => {
  const fc = await import('fast-check');
  const d = dom('');
  const piece = fc.oneof(
    fc.constantFrom('a', 'Derna', 'IS', '.', ' ', '  ', '\n', '\t ', ' \n ', 'x y', 'é'),
    fc.constantFrom('<b>', '</b>', '<p>', '</p>', '<br>', '<span>', '</span>', '<div>', '</div>', '<script>zz</script>', '<em hidden>h</em>'),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
    d.body.innerHTML = pieces.join('');
    const x = extractText(d.body);
    assertMapExact(x);
    assert.doesNotMatch(x.text, /  |^\s|\s$| \n|\n | \t|\t|\n\n\n/);
    assert.doesNotMatch(x.text, /zz|h/);
    // Whitespace aside, the output is the page's visible characters, in order.
    const clone = d.body.cloneNode(true) as Element;
    clone.querySelectorAll('script, [hidden]').forEach((el) => el.remove());
    assert.equal(x.text.replace(/\s+/g, ''), (clone.textContent ?? '').replace(/\s+/g, ''), pieces.join('|'));
  }), { numRuns: 500 });
});

test('page furniture around the article is not read: navigation, sidebars, footers, comments', () => {
  const d = dom(`<header><nav><a href="/">World</a> <a href="/me">Middle East</a></nav></header>
    <main><article><h1>Derna fighting</h1><p>Fighters left the city.</p></article>
    <section class="comments"><p>IS killed nobody, says a reader.</p></section></main>
    <aside><h2>Related</h2><ul><li>Islamic State driven out of Derna</li></ul></aside>
    <div role="complementary">Most read: Derna retreat</div>
    <footer>© Demo news</footer>`);
  const x = extractText(d.body);
  assert.equal(x.text.trim(), 'Derna fighting\n\nFighters left the city.');
  assertMapExact(x);
});
