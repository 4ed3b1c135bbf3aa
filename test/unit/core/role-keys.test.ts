// Who-did-what keys: an actor's deed and a deed done to a target never share a key, whatever the numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleKeys } from '../../../src/core/match/sentence-features.js';

test('"group 3 did deed 0" and "deed 3 was done to group 0" are different facts', () => {
  for (let x = 0; x < 6; x++) {
    for (let a = 0; a < 6; a++) {
      const did = roleKeys([x], [a], []);
      const doneTo = roleKeys([], [x], [a]);
      assert.equal(did.length, 1);
      assert.notDeepEqual(did, doneTo, `actor ${x} of deed ${a}`);
    }
  }
});
