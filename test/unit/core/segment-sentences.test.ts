// Unit and property tests of sentence segmentation: news abbreviations, initials, quotes, headlines, exact offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentSentences } from '../../../src/core/text/segment-sentences.js';

const texts = (t: string): string[] => segmentSentences(t).map((s) => s.text);

test('keeps titles and U.S. inside the sentence', () => {
  assert.deepEqual(texts('Gen. David Rodriguez, head of U.S. Africa Command, spoke. Col. Gaddafi fell in 2011.'), [
    'Gen. David Rodriguez, head of U.S. Africa Command, spoke.', 'Col. Gaddafi fell in 2011.',
  ]);
});

test('initials, decimals and closing quotes', () => {
  assert.deepEqual(texts('Then J. Smith left with 2.5 km to go. He said "it is over." Next.'), ['Then J. Smith left with 2.5 km to go.', 'He said "it is over."', 'Next.']);
});

test('a quotation that opens the next sentence of a paragraph starts a sentence of its own', () => {
  assert.deepEqual(texts('The port was quiet, a fisherman said. "Nobody goes out after dark," he added. \'Not even the army,\' said another. "Why?" he asked. "Fear."'), [
    'The port was quiet, a fisherman said.', '"Nobody goes out after dark," he added.', '\'Not even the army,\' said another.', '"Why?" he asked.', '"Fear."',
  ]);
});

test('a headline without a full stop ends at its line', () => {
  const t = 'Libyan coalition takes on ISIL in Derna\n\nA coalition of armed groups say so.';
  assert.deepEqual(texts(t), ['Libyan coalition takes on ISIL in Derna', 'A coalition of armed groups say so.']);
});

test('offsets are exact', () => {
  const t = '  First one.  Second “quoted.”\nThird';
  for (const s of segmentSentences(t)) assert.equal(t.slice(s.start, s.end), s.text);
  assert.equal(segmentSentences(t)[0]?.start, 2);
});

test('property: never throws and offsets slice the input', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => {
    for (const s of segmentSentences(t)) {
      if (t.slice(s.start, s.end) !== s.text) return false;
      if (s.text.trim() !== s.text || s.text.length === 0) return false;
    }
    return true;
  }), { numRuns: 300 });
});
