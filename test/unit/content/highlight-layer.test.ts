// Where a marked sentence's highlight is drawn (issue 7): CSS Custom Highlights for ordinary text,
// overlay boxes for node-shredded sentences and past the per-document node budget; text-node
// counting under a range; one overlay box per line from a range's per-character rects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import {
  HIGHLIGHT_NODE_BUDGET, HighlightLayer, SENTENCE_NODE_LIMIT, highlightName, lineBoxes, textNodesIn,
} from '../../../src/content/highlight-layer.js';

/** happy-dom has no Highlight API: a registry and a Highlight that record what the layer gives them. */
class FakeHighlight {
  readonly ranges = new Set<AbstractRange>();
  constructor(...ranges: AbstractRange[]) { for (const r of ranges) this.ranges.add(r); }
  add(range: AbstractRange) { this.ranges.add(range); return this; }
  clear() { this.ranges.clear(); }
  get size() { return this.ranges.size; }
}

function setup(body: string, withApi = true) {
  const window = new Window({ url: 'https://example.test/' });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = body;
  const registry = new Map<string, FakeHighlight>();
  if (withApi) {
    // happy-dom's window.CSS is a getter returning a new object each time: replace it.
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  }
  const attachShadow = (el: Element, init: ShadowRootInit) => el.attachShadow(init);
  const layer = new HighlightLayer(doc, attachShadow);
  return { window, doc, registry, layer };
}

/** A paragraph of `n` text nodes, one character each (hostile tiny-text-nodes.html in small). */
function shredded(doc: Document, id: string, n: number): Element {
  const p = doc.createElement('p');
  p.id = id;
  for (let i = 0; i < n; i++) p.appendChild(doc.createTextNode(String.fromCharCode(97 + (i % 26))));
  doc.body.appendChild(p);
  return p;
}

function rangeOver(doc: Document, el: Element): Range {
  const range = doc.createRange();
  range.selectNodeContents(el);
  return range;
}

const registered = (registry: Map<string, FakeHighlight>) => [...registry.values()].reduce((n, h) => n + h.size, 0);
const overlayOf = (doc: Document) => doc.documentElement.querySelector(':scope > corroborate-overlay');

test('textNodesIn counts the text nodes a range touches, inside elements too, and stops past the limit', () => {
  const { window, doc } = setup('<p id="a">One <a href="#">two <b>three</b></a> four</p><p id="b">after</p>');
  const p = doc.getElementById('a') as Element;
  assert.equal(textNodesIn(rangeOver(doc, p), 100), 4);
  const inOne = doc.createRange();
  inOne.setStart(p.firstChild as Node, 0);
  inOne.setEnd(p.firstChild as Node, 3);
  assert.equal(textNodesIn(inOne, 100), 1);
  // From inside the first node to inside the <b>: "One ", "two ", "three".
  const partial = doc.createRange();
  partial.setStart(p.firstChild as Node, 1);
  partial.setEnd(doc.querySelector('b')?.firstChild as Node, 2);
  assert.equal(textNodesIn(partial, 100), 3);
  const big = shredded(doc, 'big', 300);
  assert.ok(textNodesIn(rangeOver(doc, big), 50) <= 51, 'counting stops past the limit');
  assert.equal(textNodesIn(rangeOver(doc, big), 1000), 300);
  window.close();
});

test('lineBoxes merges one rect per character into one box per line and drops empty rects', () => {
  const chars = Array.from({ length: 40 }, (_, i) => ({ left: 10 + i * 8, right: 18 + i * 8, top: i < 25 ? 100 : 120, bottom: i < 25 ? 118 : 138, width: 8 }));
  const boxes = lineBoxes([...chars, { left: 5, right: 5, top: 300, bottom: 318, width: 0 }]);
  assert.deepEqual(boxes, [
    { left: 10, top: 100, right: 18 + 24 * 8, bottom: 118 },
    { left: 10 + 25 * 8, top: 120, right: 18 + 39 * 8, bottom: 138 },
  ]);
  // Two separate runs on the same line (a gap wider than a space) stay two boxes.
  assert.equal(lineBoxes([{ left: 0, right: 50, top: 0, bottom: 18, width: 50 }, { left: 200, right: 260, top: 0, bottom: 18, width: 60 }]).length, 2);
});

test('ordinary sentences become CSS highlights, registered only on refresh, with no overlay', () => {
  const { window, doc, registry, layer } = setup('<p id="a">IS left Derna.</p><p id="b">The <a href="#">Shura Council</a> said so.</p>');
  layer.add('corroborated', rangeOver(doc, doc.getElementById('a') as Element));
  layer.add('contradicted', rangeOver(doc, doc.getElementById('b') as Element));
  assert.equal(registry.size, 0, 'nothing registered before refresh (the caller picks the frame)');
  layer.refresh();
  assert.equal(registry.get(highlightName('corroborated'))?.size, 1);
  assert.equal(registry.get(highlightName('contradicted'))?.size, 1);
  assert.equal(overlayOf(doc), null);
  layer.clear();
  assert.equal(registry.size, 0);
  window.close();
});

test('a node-shredded sentence is drawn by the overlay, not registered as a CSS highlight', () => {
  const { window, doc, registry, layer } = setup('<p id="a">IS left Derna.</p>');
  const heavy = shredded(doc, 'heavy', SENTENCE_NODE_LIMIT + 1);
  layer.add('corroborated', rangeOver(doc, doc.getElementById('a') as Element));
  layer.add('disputed', rangeOver(doc, heavy));
  // The overlay's host goes in with the badges (its layer is added in their frame), empty until refresh.
  assert.ok(overlayOf(doc), 'overlay host created at once');
  layer.refresh();
  assert.equal(registered(registry), 1, 'only the ordinary sentence is a CSS highlight');
  assert.equal(registry.has(highlightName('disputed')), false);
  layer.clear();
  assert.equal(overlayOf(doc), null, 'clear removes the overlay');
  window.close();
});

test('past the per-document node budget, further sentences go to the overlay', () => {
  const { window, doc, registry, layer } = setup('');
  const perSentence = SENTENCE_NODE_LIMIT;
  const fit = Math.floor(HIGHLIGHT_NODE_BUDGET / perSentence);
  for (let i = 0; i < fit + 3; i++) layer.add('unverified', rangeOver(doc, shredded(doc, `s${i}`, perSentence)));
  layer.refresh();
  assert.equal(registered(registry), fit, `${fit} sentences of ${perSentence} nodes fit in ${HIGHLIGHT_NODE_BUDGET}`);
  assert.ok(overlayOf(doc));
  window.close();
});

test('without the Highlight API every sentence goes to the overlay', () => {
  const { window, doc, registry, layer } = setup('<p id="a">IS left Derna.</p>', false);
  layer.add('corroborated', rangeOver(doc, doc.getElementById('a') as Element));
  layer.refresh();
  assert.equal(registry.size, 0);
  assert.ok(overlayOf(doc));
  window.close();
});
