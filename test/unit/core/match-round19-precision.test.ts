// Round 19 (issue 4), precision: badges a reader should not see, or should see beside the others, each the reading of
// a general fact of news English, in wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimIdsAfterHeading } from './shipped-index.js';

test('a question asked under "it is unclear" reports nothing, so it gets no badge', () => {
  assert.deepEqual(claimIdsAfterHeading('It is unclear how many of the villages around Lathrun IS fighters still hold.', '2015-06-20'), []);
  assert.deepEqual(claimIdsAfterHeading('It remains unclear whether IS fighters still hold the villages around Lathrun.', '2015-06-20'), []);
  // Said outright, the same hold is the pack's.
  const held = claimIdsAfterHeading('IS fighters still hold the villages around Lathrun.', '2015-06-20');
  assert.ok(held.length > 0, JSON.stringify(held));
});

test('residents "have been hit" by fire are its targets, so the claim of the hold it was fired from joins the badge', () => {
  // "hit" is its own past participle: after "have been" the residents suffer the fire, they do not attack.
  const ids = claimIdsAfterHeading('Ever since IS was pushed to the outskirts, residents of Derna\'s eastern neighbourhoods have been hit almost daily by rocket fire from its positions in al-Fatayih.', '2016-02-01');
  assert.ok(ids.includes('is-holds-derna-outskirts-2015-2016'), JSON.stringify(ids));
});

test('a doctor\'s count of civilians killed, naming no party, is not the council\'s own casualty figure', () => {
  const KILLED = 'msc-fighters-civilians-killed-2016-04';
  const medics = claimIdsAfterHeading('At least seven civilians have been killed by landmines since the fighting ended, a doctor in Derna said.', '2016-05-01');
  assert.ok(!medics.includes(KILLED), JSON.stringify(medics));
  // The council counting its own dead and the civilians is that claim (and contradicts its figure).
  const council = claimIdsAfterHeading('The council said at least seven of its fighters and four civilians were killed in the clashes.', '2016-05-01');
  assert.ok(council.includes(KILLED), JSON.stringify(council));
});

test('a campaign "to clear" the town is the pack\'s claim about that campaign, which is itself told as an aim', () => {
  const ids = claimIdsAfterHeading('Operation Omar Mokhtar, the army\'s long campaign to clear the jihadists from Derna, entered its tenth month.', '2015-06-20');
  assert.ok(ids.includes('operation-omar-mokhtar-campaign-to-clear-derna'), JSON.stringify(ids));
});

test('a deed inside an "if" clause, however long the clause runs before its comma, is only a condition', () => {
  assert.deepEqual(claimIdsAfterHeading('A unity government, if one ever comes out of the UN-sponsored negotiations in Morocco, will have to deal with Derna.', '2016-01-20'), []);
  // Said as a fact, the same negotiations are the pack's.
  const ids = claimIdsAfterHeading('The unity government, which came out of the UN-sponsored negotiations, will have to deal with Derna.', '2016-01-20');
  assert.ok(ids.includes('un-unity-government-seeks-peace-2016'), JSON.stringify(ids));
});
