// Matching cues from the tenth quality round (issue 4, precision on new articles): a deed whose object is a negative
// word ("answers to no one") is denied, and of a class rather than of the claim's named party; a deed that is only
// weighed ("drawing up options for strikes", "considering raids") is a possibility, not a report. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { annotateAfterHeading, index } from './shipped-index.js';

const actionNumber = (id: string): number => {
  const n = index.pack.actions.findIndex((a) => a.id === id);
  assert.ok(n >= 0, id);
  return n;
};

/** The sentence's mentions of an action (at least one is expected). */
const mentions = (s: string, action: string): ReturnType<typeof extractFeatures>['actions'] => {
  const f = extractFeatures(s, 0, index.lex, undefined);
  const found = f.actions.filter((a) => a.action === actionNumber(action));
  assert.ok(found.length > 0, `no ${action} in: ${s}`);
  return found;
};

/** Claim ids the sentence is matched to, read after a heading that puts the page on topic. */
const marks = (s: string, published: string): string[][] =>
  annotateAfterHeading(s, published).map((a) => a.claims.map((c) => c.id));

test('a deed whose object is a negative word is denied, of a class rather than of a named party', () => {
  const denied = mentions('The brigade is loyal to nobody outside the valley.', 'support');
  assert.ok(denied.every((a) => a.negated === true && a.deniedOfObject === true));
  // A named object keeps the deed affirmed.
  const affirmed = mentions('The brigade is loyal to the Tobruk parliament.', 'support');
  assert.ok(affirmed.every((a) => a.negated !== true));
  // "no" right after the deed's "to" denies it too; a "not" before it is an ordinary denial, not one of a class.
  assert.ok(mentions('Its commanders are loyal to no foreign emir.', 'support').every((a) => a.deniedOfObject === true));
  assert.ok(mentions('Its commanders are not loyal to the foreign emir.', 'support').every((a) => a.negated === true && a.deniedOfObject !== true));
});

test('a council said to answer to no outside power is not marked as the claim of its link to a named organisation', () => {
  const ids = marks('The Mujahideen Shura Council, a patchwork of local brigades, is loyal to no outside power, its spokesman insists.', '2015-07-02');
  assert.ok(!ids.flat().includes('msc-linked-to-al-qaeda'), JSON.stringify(ids));
});

test('a deed that is only weighed is a possibility, not a report', () => {
  for (const s of [
    'Officials in Rome are considering raids on the smuggling networks.',
    'The generals presented proposals for a new offensive on the port.',
    'Washington has drawn up contingency options for further air strikes on the jihadists.',
  ]) {
    const found = f(s);
    assert.ok(found.length > 0 && found.every((a) => a.intended === true) && found.some((a) => a.hypothetical === true), s);
  }
  // Done, not weighed: the same deeds reported.
  for (const s of ['Officials in Rome ordered raids on the smuggling networks.', 'The generals launched a new offensive on the port.']) {
    assert.ok(f(s).every((a) => a.intended !== true), s);
  }
});

/** Attack and airstrike mentions of a sentence. */
function f(s: string): ReturnType<typeof extractFeatures>['actions'] {
  const feats = extractFeatures(s, 0, index.lex, undefined);
  return feats.actions.filter((a) => a.action === actionNumber('attack') || a.action === actionNumber('airstrike'));
}

test('a government weighing strikes on the group is not marked as a report of an attack on it', () => {
  const ids = marks('Western capitals are weighing strikes on the jihadists in the town.', '2015-11-20');
  assert.deepEqual(ids, []);
});
