// Round 17 (issue 4), precision: badges a reader should not see, each the reading of a general fact of news English,
// in wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimIdsAfterHeading } from './shipped-index.js';

const show = (ids: readonly string[]): string => JSON.stringify(ids);

test('falling back to a place inside the town is no withdrawal from the town\'s area', () => {
  const ids = claimIdsAfterHeading('The jihadists retreated to Fatayih and dug in there.', '2016-04-25');
  assert.ok(!ids.includes('is-withdraws-from-derna-2016-04'), show(ids));
  // Holding on at the edge of town is what it tells.
  assert.ok(ids.includes('is-holds-derna-outskirts-2015-2016'), show(ids));
  // Leaving that place is still the withdrawal.
  const left = claimIdsAfterHeading('The militants pulled out of Fatayih overnight and left the Derna area.', '2016-04-25');
  assert.ok(left.includes('is-withdraws-from-derna-2016-04'), show(left));
});

test('"an al-Qaeda-linked faction" ties that faction to al-Qaeda, not the council the claim is about', () => {
  const ids = claimIdsAfterHeading('Ansar al-Sharia, an al-Qaeda-linked faction, still keeps a presence in the city.', '2016-04-25');
  assert.ok(!ids.includes('msc-linked-to-al-qaeda'), show(ids));
  assert.ok(ids.includes('ansar-al-sharia-operates-in-derna-2016'), show(ids));
  const unnamed = claimIdsAfterHeading('The report looks at al-Qaeda-aligned factions along the eastern coast.', '2016-04-25');
  assert.deepEqual(unnamed, []);
  // Said of the council itself, the tie is its own.
  const own = claimIdsAfterHeading('The Shura Council is an alliance of brigades with ties to al-Qaeda.', '2016-04-25');
  assert.ok(own.includes('msc-linked-to-al-qaeda'), show(own));
});

test('"a Libyan analyst" says where the analyst is from, not that the sentence is set in Libya at large', () => {
  const ids = claimIdsAfterHeading('Libyan analyst Omar Hassan said the Shura Council is also fighting the army of Haftar.', '2015-06-20');
  assert.ok(ids.includes('msc-fights-haftar-forces'), show(ids));
});
