// The general word table of conflict reporting (issue 4): a page that says a claim's idea in other everyday words
// shares the claim's word. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalWord } from '../../../src/core/match/word-synonyms.js';
import { stemWord } from '../../../src/core/text/stem-word.js';
import { claimIdsAfterHeading } from './shipped-index.js';

const marks = claimIdsAfterHeading;
const same = (a: string, b: string): boolean => canonicalWord(stemWord(a)) === canonicalWord(stemWord(b));
type Pair = readonly [string, string];

test('everyday variants of one idea read as one word, and unrelated words stay apart', () => {
  const alike: readonly Pair[] = [
    ['gen', 'general'], ['region', 'area'], ['began', 'start'], ['stashed', 'hidden'], ['ongoing', 'continue'],
    ['frequently', 'repeatedly'], ['communique', 'statement'], ['permitted', 'allow'], ['facebook', 'media'],
    ['affiliate', 'branch'], ['revenge', 'retaliation'], ['makeshift', 'temporary'],
  ];
  for (const [a, b] of alike) assert.ok(same(a, b), `${a} ~ ${b}`);
  // Words the table leaves alone because they often mean something else in news copy.
  const apart: readonly Pair[] = [['field', 'farm'], ['based', 'stronghold'], ['mass', 'popular'], ['called', 'describe'], ['reprisals', 'retaliation'], ['army', 'military']];
  for (const [a, b] of apart) {
    assert.ok(!same(a, b), `${a} !~ ${b}`);
  }
});

test('pictures "shared on Facebook" are the images on social media that a claim describes', () => {
  const s = 'Footage shared on Facebook on Friday showed young men pulling down the black banners of Islamic State in Derna and hoisting the national flag.';
  assert.ok(marks(s, '2015-06-20').includes('residents-celebrate-replace-is-banners-2015-06'), s);
});

test('a communique that will not "permit" the group in the town is the statement that would not allow it', () => {
  const s = '"We will not permit these outlaws to take root in our town," the Shura Council said in a communique.';
  assert.ok(marks(s, '2015-06-12').includes('msc-declares-war-on-is-2015-06'), s);
});
