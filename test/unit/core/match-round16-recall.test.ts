// Round 16 (recall): readings of news English that let a sentence find its claim. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { claimIdsAfterHeading, index } from './shipped-index.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { extractQuantities } from '../../../src/core/quantities/extract-quantities.js';

test('"pushed IS out of" is an expulsion: the group\'s name in capitals is no auxiliary verb', () => {
  for (const s of [
    'Within a week council fighters had pushed IS out of the town centre.',
    'By mid-June the Shura Council had chased IS out of central Derna.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-07-01').includes('is-loses-central-derna-2015-06'), s);
  }
});

test('"a Yemeni known as ..." is a man from Yemen, not a sentence set in Yemen', () => {
  for (const s of [
    'Baghdadi\'s command then installed a Yemeni known as Abu al-Baraa al-Azdi as its governor.',
    'To lead the new province the caliphate dispatched a Yemeni, Abu al-Baraa al-Azdi.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2016-01-20').includes('is-sends-yemeni-emir-to-derna'), s);
  }
});

test('"the city" is the town the story is about again once another town was named in passing sentences earlier', () => {
  const text = [
    'Derna: the Shura Council closes in on Islamic State',
    'Fighting between the Shura Council and Islamic State entered a fifth day in Derna on Sunday.',
    'Telephone lines to Derna have been cut for most of the week, and families fleeing Derna describe streets emptied by sniper fire.',
    'Many of them are staying with relatives in the villages of the hills, where schools have been turned into shelters and volunteers hand out blankets, water and tinned food twice a day.',
    'The group has meanwhile tightened its grip on Sirte, the coastal town it seized earlier this year.',
    'Aid agencies say they have been unable to reach the families who have left their homes since the shooting began, or to bring in medicine.',
    'Shops stayed shut, and queues for bread and fuel grew longer each morning, while the wounded were taken by road to hospitals further east.',
    'On Sunday a council spokesman said his men now held nine-tenths of the city.',
  ].join('\n\n');
  const result = annotate(index, text, { published: '2015-06-15' });
  const last = result.annotations.find((a) => a.text.startsWith('On Sunday a council spokesman'));
  assert.ok(last?.claims.some((c) => c.id === 'msc-controls-90-percent-of-derna-2015-06-14'), JSON.stringify(last?.claims.map((c) => c.id)));
});

test('a town named in the sentence just before still is "the city"', () => {
  const text = [
    'Derna: the Shura Council closes in on Islamic State',
    'Fighting between the Shura Council and Islamic State entered a fifth day in Derna on Sunday, residents of Derna said.',
    'Telephone lines to Derna have been cut for most of the week, and aid agencies say they have been unable to reach the families who have left their homes since the shooting began.',
    'Shops stayed shut, and queues for bread and fuel grew longer each morning, while the wounded were taken by road to hospitals further east.',
    'In Sirte, the group paraded its fighters through the streets.',
    'On Sunday a council spokesman said his men now held nine-tenths of the city.',
  ].join('\n\n');
  const result = annotate(index, text, { published: '2015-06-15' });
  const last = result.annotations.find((a) => a.text.startsWith('On Sunday a council spokesman'));
  assert.ok(!(last?.claims.some((c) => c.id === 'msc-controls-90-percent-of-derna-2015-06-14') ?? false));
});

test('a page that says the whole town was cleared finds the claim about the whole town, not only its siblings', () => {
  for (const s of [
    'Council commanders now say the jihadists have been chased out of the whole of Derna.',
    'The council says Islamic State has now been driven out of the whole of Derna.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-06-20').includes('is-driven-out-of-all-derna-2015-06'), s);
  }
});

test('a live blog\'s time stamp is no figure: the entry after it still finds its claim', () => {
  const s = '16:40 — Photos on social media show young men tearing down the black banners and raising the national flag.';
  assert.ok(claimIdsAfterHeading(s, '2015-06-20').includes('residents-celebrate-replace-is-banners-2015-06'));
  const read = (t: string): number[] => extractQuantities(tokenize(t, 0), t, 0).flatMap((q) => (q.value === undefined ? [] : [q.value]));
  assert.deepEqual(read('09:45 Fighters have retaken the port.'), []);
  assert.deepEqual(read('By 9:30 some 40 fighters had surrendered.'), [40]);
});
