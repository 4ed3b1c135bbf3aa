// Round 19 (recall): readings of news English that let a sentence find its claim. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimIdsAfterHeading } from './shipped-index.js';

const UPRISING = 'first-uprising-against-is-2015-06';
const NO_GOVERNMENT = 'libyan-governments-cannot-enter-derna';
const RULING = 'maqdisi-rules-on-asmb-protecting-jalil';
const FOUNDING = 'msc-founded-late-2014-by-asmb';
const BRIGADE_JOINS = 'asmb-joins-fight-against-is-2015-06';

test('townspeople who "rose against" or "have risen against" the group rose up: the uprising', () => {
  for (const s of [
    "Derna's townspeople rose against Islamic State this week, witnesses say.",
    'Ordinary families in Derna have risen against Islamic State, local sources say.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-06-14').includes(UPRISING), s);
  }
});

test('officials "picked off one by one" were killed: the town no government could hold', () => {
  const s = 'After 2011, judges and police officers who tried to work in Derna were picked off one by one.';
  assert.ok(claimIdsAfterHeading(s, '2015-12-01').includes(NO_GOVERNMENT), s);
});

test('a cleric who "found nothing wrong" judged the matter; he founded nothing', () => {
  const s = 'The Abu Salim Martyrs Brigade asked the Jordanian cleric Abu Muhammad al-Maqdisi about the affair, and he found nothing wrong with it.';
  const ids = claimIdsAfterHeading(s, '2016-05-01');
  assert.ok(ids.includes(RULING), s);
  assert.ok(!ids.includes(FOUNDING), s);
});

test('"asked for a ruling" is a request for a judgement, not a deed of ruling a town', () => {
  const s = 'The Abu Salim Martyrs Brigade asked the Jordanian cleric Abu Muhammad al-Maqdisi for a ruling on the affair.';
  assert.ok(claimIdsAfterHeading(s, '2016-05-01').includes(RULING), s);
});

test('a brigade that "founded" or "helped found" the council is still its founder', () => {
  for (const s of [
    'The Abu Salim Martyrs Brigade founded the Shura Council in Derna in December 2014.',
    'Fighters of the Abu Salim Martyrs Brigade helped found the Shura Council in Derna in December 2014.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2016-05-01').includes(FOUNDING), s);
  }
});

test('"Bu Sleem", the Libyan spelling of Abu Salim, names the brigade', () => {
  const s = 'Bu Sleem fighters then left their bases to join in.';
  assert.ok(claimIdsAfterHeading(s, '2015-06-20').includes(BRIGADE_JOINS), s);
});
