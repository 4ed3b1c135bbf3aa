// "Deal with" is to handle and "deal a blow" to strike; only a deal that is made, signed or brokered is a negotiation.
// Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { findActionMentions, tokenStems } from '../../../src/core/match/action-lexicon.js';
import { claimIdsAfterHeading, index } from './shipped-index.js';

const NEGOTIATE = index.pack.actions.findIndex((a) => a.id === 'negotiate');
const negotiates = (s: string): boolean => findActionMentions(tokenStems(tokenize(s)), index.lex.actions).some((m) => m.action === NEGOTIATE);

test('dealing with a foe, or dealing it a blow, is no negotiation', () => {
  assert.ok(NEGOTIATE >= 0);
  for (const s of ['Council units are dealing harshly with the last holdouts.', 'The revolt dealt the jihadists a heavy blow.', 'The offensive deals a blow to the group.']) {
    assert.ok(!negotiates(s), s);
  }
  for (const s of ['The factions reached a deal after a week of talks.', 'Elders brokered a ceasefire deal between the two sides.', 'A peace deal was signed in Morocco.']) {
    assert.ok(negotiates(s), s);
  }
});

test('a proposal of talks is not matched to a claim whose source "dealt with" snipers', () => {
  const s = 'Tribal elders have offered to mediate between the Shura Council and the army.';
  assert.ok(!claimIdsAfterHeading(s, '2016-05-01').includes('is-snipers-remain-in-derna-2015-06'), s);
});
