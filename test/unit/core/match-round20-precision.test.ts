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

test('a year or a season that opens long after a claim was last reported is a later time, not the claim\'s', () => {
  const STRIKES = 'airstrikes-by-libyan-army-us-egypt-on-is-near-derna';
  // Written in 2017: "this year" is 2017, a year after the last report of the strikes the pack holds.
  const later = claimIdsAfterHeading('Libyan National Army jets have repeatedly bombed Islamic State positions around Derna this year.', '2017-09-10');
  assert.ok(!later.includes(STRIKES), JSON.stringify(later));
  const spring = claimIdsAfterHeading('Libyan National Army jets repeatedly bombed Islamic State positions around Derna in the spring of 2017.', '2017-09-10');
  assert.ok(!spring.includes(STRIKES), JSON.stringify(spring));
  // The same words written in the spring of 2016, or a 2017 text looking back to 2016, are the pack's strikes.
  const then = claimIdsAfterHeading('Libyan National Army jets have repeatedly bombed Islamic State positions around Derna this year.', '2016-03-10');
  assert.ok(then.includes(STRIKES), JSON.stringify(then));
  const back = claimIdsAfterHeading('Libyan National Army jets repeatedly bombed Islamic State positions around Derna in the spring of 2016.', '2017-09-10');
  assert.ok(back.includes(STRIKES), JSON.stringify(back));
});
