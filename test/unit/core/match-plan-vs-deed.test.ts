// A claim that someone planned or vowed a deed, and a page that reports the deed as done: two different facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { index } from './shipped-index.js';

const ids = (text: string, published: string): string[] =>
  annotate(index, text, { published }).annotations.flatMap((a) => a.claims.map((c) => c.id));

test('a deed reported as done is not the claim that it was planned', () => {
  const plan = 'army-plans-to-advance-on-derna-2015-06';
  // Said as a plan: the claim.
  assert.ok(ids('The Libyan army says it intends to advance on Derna within days.', '2015-06-20').includes(plan));
  // Reported as done: not the claim that it was planned.
  assert.ok(!ids('Libyan army troops advanced on Derna and seized its port on Tuesday.', '2015-06-20').includes(plan));
});
