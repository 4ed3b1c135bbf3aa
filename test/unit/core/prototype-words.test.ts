// Words that name Object.prototype members are ordinary words to the matcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemWord } from '../../../src/core/text/stem-word.js';
import { parseNumberAt } from '../../../src/core/quantities/parse-number.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

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
