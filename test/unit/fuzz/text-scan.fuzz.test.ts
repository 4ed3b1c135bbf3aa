// Fuzzing the two text scans the matcher starts from: words (tokenize) and sentences (segmentSentences). Both are
// written for speed rather than read off their definitions, so each is checked against its definition here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, WORD } from '../../../src/core/text/tokenize.js';
import { segmentSentences, type SentenceSpan } from '../../../src/core/text/segment-sentences.js';
import { DERNA_SENTENCES, FUZZ_SEED, runs } from './fuzz-support.js';

const params = (numRuns: number) => ({ numRuns: runs(numRuns), seed: FUZZ_SEED });

/** Pieces that decide where a word starts and ends: Arabic articles and hyphens, inner marks, digits, other scripts, surrogates. */
const wordish = fc.constantFrom(
  'a', 'A', 'e', 'E', 'l', 'L', 's', 'h', 't', 'd', 'z', 'n', 'x', 'al', 'Al', 'el', 'ash', 'Ash', 'ath', 'adh', 'As', 'At', 'IS', "'s",
  '-', '\u2010', '\u2011', '\u2012', '.', ',', "'", '\u2019', '\u02bc', '\u2018', '1', '4', '\u0661', '\u00bd', '\u2163', ' ', '\n', '\u00a0',
  '\u00e9', 'e\u0301', '\u0301', '\u064b', '\u062f', '\u0629', '\u03a9', '\u4e2d', '\ud83d\ude00', '\ud835\udc00', '\ud835\udfce', '\ud800', '\udc00',
  '\u200d', '\u200e', '_', '%', '\u2014',
);
const wordText = fc.oneof(fc.array(wordish, { maxLength: 40 }).map((xs) => xs.join('')), fc.string({ unit: 'binary', maxLength: 200 }));

test('tokenize finds exactly the matches of the WORD pattern, with their offsets', () => {
  fc.assert(fc.property(wordText, fc.nat(20), (text, offset) => {
    const expected = [...text.matchAll(WORD)].map((m) => [m[0], m.index + offset, m.index + m[0].length + offset]);
    assert.deepEqual(tokenize(text, offset).map((t) => [t.surface, t.start, t.end]), expected);
  }), params(3000));
});

/** Pieces that decide where a sentence ends: terminators, closing quotes, abbreviations, separators, bidi and format marks. */
const sentenceish = fc.constantFrom(
  '. ', '.', '!', '?', '?! ', '... ', '"', '\u201d', ')', 'Mr. ', 'U.S. ', 'no. ', 'J. ', 'he said', 'The ', 'the ', 'and ', '3.5 ',
  '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\u000b', '\u200e', '\u200d', '\ufeff', '\u0301', '\u3002', '\u061f', '\u2024', ' ', '\t',
);
const paragraph = fc.array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...DERNA_SENTENCES) }, { weight: 3, arbitrary: sentenceish },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) }), { maxLength: 12 }).map((xs) => xs.join(''));

const shifted = (spans: SentenceSpan[], by: number): SentenceSpan[] => spans.map((s) => ({ text: s.text, start: s.start + by, end: s.end + by }));

test('a paragraph is cut into sentences the same whatever paragraphs come before or after it', () => {
  fc.assert(fc.property(paragraph, paragraph, (a, b) => {
    const text = `${a}\n\n${b}`;
    assert.deepEqual(segmentSentences(text), [...segmentSentences(a), ...shifted(segmentSentences(b), a.length + 2)]);
  }), params(2000));
});
