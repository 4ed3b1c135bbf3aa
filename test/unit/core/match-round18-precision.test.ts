// Round 18 (issue 4), precision: badges and verdicts a reader should not see, each the reading of a general fact of
// news English, in wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateAfterHeading } from './shipped-index.js';

/** The verdict shown for a claim on the sentence that matched it, or undefined when the sentence did not match it. */
function verdictFor(sentence: string, published: string, claim: string): string | undefined {
  return annotateAfterHeading(sentence, published).find((a) => a.claims.some((c) => c.id === claim))?.verdict;
}

const CONVOY = 'is-sends-reinforcements-from-ras-hilal-2015-06';

test('another country\'s aircraft are not the Libyan air force the source credits: the badge says contradicted', () => {
  // The pack's only source on the convoy credits the Libyan air force under Haftar.
  assert.equal(verdictFor('Egyptian jets forced back an IS convoy heading to Derna from Ras Hilal.', '2015-06-20', CONVOY), 'contradicted');
  assert.equal(verdictFor('An IS convoy heading to Derna from Ras Hilal was turned back by Egyptian air strikes.', '2015-06-20', CONVOY), 'contradicted');
  // Libyan jets may well be that air force's, and jets of no named country say nothing against it.
  assert.equal(verdictFor('Libyan jets forced back an IS convoy heading to Derna from Ras Hilal.', '2015-06-20', CONVOY), 'corroborated');
  assert.equal(verdictFor('Jets forced back an IS convoy heading to Derna from Ras Hilal.', '2015-06-20', CONVOY), 'corroborated');
});

test('a sentence that shares only a name with a claim (a neighbour remembering a commander) gets no badge', () => {
  assert.deepEqual(annotateAfterHeading('\'We all grew up with Salim Darbi,\' a shopkeeper recalled.', '2015-06-20'), []);
  assert.deepEqual(annotateAfterHeading('\'Everyone in the market knew Salim Darbi,\' said a shopkeeper.', '2015-06-20'), []);
  // Told with the deed, the name is the claim's.
  const killed = annotateAfterHeading('Salim Darbi was shot dead by IS gunmen.', '2015-06-20').flatMap((a) => a.claims.map((c) => c.id));
  assert.ok(killed.includes('is-kills-asmb-commander-darbi-2015-06'), JSON.stringify(killed));
});
