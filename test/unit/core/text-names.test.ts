// The whole text is read for names once and each sentence takes its share: a sentence must get exactly the words and
// names it would get read on its own, or else be read on its own (a name that runs across a sentence break).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntityMentions } from '../../../src/core/entities/alias-lexicon.js';
import { readTextNames, spanNames } from '../../../src/core/entities/text-names.js';
import { segmentSentences } from '../../../src/core/text/segment-sentences.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { entityNumber, index } from './shipped-index.js';

const TEXT = 'Fighters of the Shura Council took the Pearl Hotel on Monday. In Derna the crowds cheered. '
  + 'Abu Bakr al Baghdadi said nothing; prices rose by 2.5 percent.';

test("each sentence's share of the whole text's reading is what reading the sentence alone gives", () => {
  const whole = readTextNames(TEXT, index.lex.aliases);
  const sentences = segmentSentences(TEXT);
  assert.equal(sentences.length, 3);
  for (const s of sentences) {
    const tokens = tokenize(s.text, s.start);
    assert.deepEqual(spanNames(whole, s.start, s.end), { tokens, mentions: findEntityMentions(tokens, index.lex.aliases) }, s.text);
  }
  // (The second sentence's own reading names Derna at its second token: indexes count from the sentence.)
  const second = spanNames(whole, sentences[1]!.start, sentences[1]!.end);
  assert.deepEqual(second?.mentions.map((m) => [m.entity, m.tokenStart]), [[entityNumber('place:derna'), 1]]);
});

test('a sentence is left to be read alone where a word or a name of the whole text runs across its edge', () => {
  const text = 'He fought in Derna. Shura Council men left.';
  const whole = readTextNames(text, index.lex.aliases);
  // Read as one text, "Derna. Shura Council" is the council's longer name, which neither sentence holds on its own.
  assert.deepEqual(whole.mentions.map((m) => m.entity), [entityNumber('org:derna-mujahideen-shura-council')]);
  for (const s of segmentSentences(text)) assert.equal(spanNames(whole, s.start, s.end), undefined, s.text);
  // A span that cuts a word ("2.5" cut after "2.") is not handed a share either.
  const figures = 'Prices rose by 2.5 percent.';
  assert.equal(spanNames(readTextNames(figures, index.lex.aliases), 0, figures.indexOf('.') + 1), undefined);
});
