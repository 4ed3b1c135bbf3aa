// Words that name Object.prototype members are ordinary words to the matcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from '../../../src/core/text/stem-word.js';
import { parseNumberAt } from '../../../src/core/quantities/parse-number.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { extractQuantities } from '../../../src/core/quantities/extract-quantities.js';

test('"constructor", "toString" and "__proto__" stem to strings and are not numbers', () => {
  for (const w of ['constructor', 'tostring', 'hasownproperty', '__proto__', 'valueof']) {
    assert.equal(typeof stemWord(w), 'string', w);
  }
});

test('a prototype word is not read as a number', () => {
  for (const w of ['constructor', 'toString', '__proto__']) {
    const r = parseNumberAt(tokenize(w), 0);
    assert.equal(r, undefined, w);
  }
});

test('a prototype word after a figure is no unit: the figure still counts people', () => {
  for (const w of ['constructor', 'toString', 'valueOf']) {
    const s = `Gunmen killed 7 ${w} in Derna.`;
    const [q] = extractQuantities(tokenize(s, 0), s, 0);
    assert.equal(q?.unit, 'people', s);
  }
});
