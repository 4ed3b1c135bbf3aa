// Round 20 (issue 4), precision: badges a reader should not see, each the reading of a general fact of news English,
// in wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimIdsAfterHeading } from './shipped-index.js';

test('a medic\'s count of the wounded, naming no party, is not a claim about one party\'s wounded', () => {
  const surgeon = claimIdsAfterHeading('A surgeon at al-Harish hospital said his team had treated 40 wounded people since the clashes started.', '2015-06-20');
  assert.ok(!surgeon.includes('is-injured-treated-at-al-harish-hospital'), JSON.stringify(surgeon));
  const doctor = claimIdsAfterHeading('A doctor in Derna said more than a dozen people had been wounded in the fighting.', '2015-06-20');
  assert.ok(!doctor.includes('msc-fighters-wounded-dozen-2015-06'), JSON.stringify(doctor));
  // The party named as the wounded, the same counts are its claims.
  const staff = claimIdsAfterHeading('Staff at al-Harish hospital said they had treated 40 wounded IS fighters since the clashes started.', '2015-06-20');
  assert.ok(staff.includes('is-injured-treated-at-al-harish-hospital'), JSON.stringify(staff));
  const council = claimIdsAfterHeading('The council said more than a dozen of its fighters had been wounded in the fighting.', '2015-06-20');
  assert.ok(council.includes('msc-fighters-wounded-dozen-2015-06'), JSON.stringify(council));
});

test('residents who endure shelling or air strikes are not said to have attacked anyone', () => {
  const LED = 'residents-led-initial-charge-2015-06';
  const endured = claimIdsAfterHeading('Residents of Derna have endured months of artillery fire from the hills.', '2016-02-01');
  assert.ok(!endured.includes(LED), JSON.stringify(endured));
  const warplanes = claimIdsAfterHeading('Warplanes hit IS positions near Derna, residents said.', '2015-06-20');
  assert.ok(!warplanes.includes(LED), JSON.stringify(warplanes));
  // Their own fire on the group's checkpoints is the attack the claim tells of.
  const own = claimIdsAfterHeading('Residents of Derna opened fire on IS checkpoints in the east of the city.', '2015-06-20');
  assert.ok(own.includes(LED), JSON.stringify(own));
});
