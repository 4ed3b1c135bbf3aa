// Round 15 (recall): readings of news English that let a paraphrase find its claim. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateAfterHeading, claimIdsAfterHeading } from './shipped-index.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { nameOriginSpans } from '../../../src/core/match/name-origin.js';

test('a country adjective before a raid or before labourers says whose raid or whose people, not where the sentence is set', () => {
  assert.ok(claimIdsAfterHeading('Qahtani lost his life in an Egyptian airstrike last November.', '2016-01-20').includes('us-airstrike-kills-qahtani'));
  assert.ok(claimIdsAfterHeading('The video showed the beheading of 21 Coptic Christians, nearly all of them Egyptian laborers, on a beach.', '2016-01-20')
    .includes('is-beheads-21-egyptian-christians-2015-02'));
});

test('where a brigade takes its name from is background: its town sets no scene and its deed is not the news', () => {
  for (const s of [
    'Its largest unit, the Abu Salim Martyrs Brigade, is named in memory of the Tripoli prison where guards gunned down hundreds of inmates in 1996.',
    'The strongest faction is the Abu Salim Martyrs Brigade, which takes its name from a Tripoli jail where some 1,200 prisoners were shot in 1996.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2016-01-20').includes('asmb-strongest-in-msc'), s);
  }
});

test('a source who asked not to be named opens no clause about a name', () => {
  const text = 'A fighter, who asked not to be named for fear of reprisals, said the brigade was named after a prison.';
  const tokens = tokenize(text, 0);
  const spans = nameOriginSpans(tokens, text, 0);
  assert.deepEqual(spans.map(([lo, hi]) => tokens.slice(lo, hi).map((t) => t.surface).join(' ')), ['named after a prison']);
});

test('a rare deed and a rare word of a claim, told together, find it with no name in common', () => {
  for (const s of ['Townsmen dug up rifles they had hidden under their floors.', 'Local men fetched the guns they had hidden in their cellars.']) {
    assert.ok(claimIdsAfterHeading(s, '2015-07-01').includes('residents-armed-against-is-2015-06'), s);
  }
});

test('executions in the square are public executions', () => {
  for (const s of ['"They beheaded people in the town square every Friday," a shopkeeper recalled.', '"Every Friday there was a beheading in the square," a trader said.']) {
    assert.ok(claimIdsAfterHeading(s, '2015-07-01').includes('is-enforced-sharia-and-public-beheadings-in-derna'), s);
  }
});

test('a raid that a country adjective credits to another country than the claim says contradicts the claim', () => {
  for (const s of ['Qahtani lost his life in a Tunisian drone strike last November.', "Islamic State's leader in Libya, Qahtani, died in a Yemeni air raid."]) {
    const marks = annotateAfterHeading(s, '2016-01-20').filter((a) => a.claims.some((c) => c.id === 'us-airstrike-kills-qahtani'));
    assert.deepEqual(marks.map((a) => a.verdict), ['contradicted'], s);
  }
});

test("whose raid it was decides: the claim's own country corroborates, another country contradicts", () => {
  const verdictFor = (s: string, claim: string): string | undefined => annotateAfterHeading(s, '2016-01-20').find((a) => a.claims.some((c) => c.id === claim))?.verdict;
  for (const frame of ['Qahtani lost his life in {} drone strike last November.', "Islamic State's leader in Libya, Qahtani, died in {} air raid."]) {
    assert.equal(verdictFor(frame.replace('{}', 'an American'), 'us-airstrike-kills-qahtani'), 'corroborated', frame);
    assert.equal(verdictFor(frame.replace('{}', 'a Tunisian'), 'us-airstrike-kills-qahtani'), 'contradicted', frame);
  }
  // A country adjective does not rule out an army: "Libyan airstrikes" may be the Libyan army's, one of the claim's actors.
  assert.equal(verdictFor('Libyan airstrikes pounded Islamic State positions around Derna.', 'airstrikes-by-libyan-army-us-egypt-on-is-near-derna'), 'corroborated');
});
