// Matching cues from the eleventh quality round (issue 4, precision on new articles): "rival" before a noun is an
// adjective, not a deed of opposing; a claim whose deeds a sentence tells only in a "where" clause setting the scene of
// another deed is not matched on the shared names. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { claimIdsAfterHeading, index } from './shipped-index.js';

const actionNumber = (id: string): number => {
  const n = index.pack.actions.findIndex((a) => a.id === id);
  assert.ok(n >= 0, id);
  return n;
};

/** A page sentence's mentions of an action. */
const mentions = (s: string, action: string): ReturnType<typeof extractFeatures>['actions'] =>
  extractFeatures(s, 0, index.lex, undefined, { page: true }).actions.filter((a) => a.action === actionNumber(action));

/** Claim ids each sentence after an on-topic heading is matched to. */
const marks = claimIdsAfterHeading;

test('"rival" right before a noun describes the people, it reports no deed of opposing', () => {
  for (const s of ['The brigade takes no orders from either of the rival cabinets.', 'A rival Islamist militia said on Tuesday the road was open.']) {
    const found = mentions(s, 'oppose');
    assert.ok(found.length > 0 && found.every((a) => a.descriptive === true), s);
  }
  // The noun ("its rivals") and "rival of" stay a relation the sentence asserts.
  assert.ok(mentions('The militia fought its rivals for the port.', 'oppose').every((a) => a.descriptive !== true));
  // A claim's own wording is read as written: "rival" there carries the claim's fact.
  const claimSide = extractFeatures('Two rival cabinets claim to rule the country.', 0, index.lex, undefined).actions.filter((a) => a.action === actionNumber('oppose'));
  assert.ok(claimSide.length > 0 && claimSide.every((a) => a.descriptive !== true));
});

test("a claim whose deeds a sentence tells only in a 'where' clause about another body's deed is not marked", () => {
  const ids = marks("Meanwhile the assembly in the east, where Haftar's allies hold sway, has refused to approve the new ministers.", '2016-03-10');
  assert.ok(!ids.includes('libyan-air-force-under-haftar'), JSON.stringify(ids));
});
