// A deed named as a noun takes its doer from "by", even after its object and place ("the expulsion of IS from the
// outskirts of Derna by the council"). Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { claimIdsAfterHeading, entityNumber, index } from './shipped-index.js';

test('the agent after "by" of a deed noun is its doer past the object and the place', () => {
  const council = entityNumber('org:derna-mujahideen-shura-council');
  const is = entityNumber('org:islamic-state');
  const expel = index.pack.actions.findIndex((a) => a.id === 'expel');
  const f = extractFeatures('The expulsion of Islamic State fighters from the outskirts of Derna by the Shura Council came in April.', 0, index.lex, undefined, { page: true });
  const k = f.actions.findIndex((m) => m.action === expel);
  assert.ok(k >= 0);
  assert.ok(f.roles[k]?.actors.has(council), 'the council expelled');
  assert.ok(f.roles[k]?.targets.has(is) === true && f.roles[k]?.actors.has(is) !== true, 'Islamic State was expelled');
});

test('a killing told as a noun, its killers after "by", finds the claim of who killed whom', () => {
  const s = 'The slaying of two council commanders inside Derna by Islamic State gunmen set off the revolt.';
  const ids = claimIdsAfterHeading(s, '2015-07-01');
  assert.ok(ids.includes('is-kills-msc-commanders-akar-houti-2015-06'), JSON.stringify(ids));
});
