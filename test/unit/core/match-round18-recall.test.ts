// Round 18 (recall): readings of news English that let a sentence find its claim. Wording not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { claimIdsAfterHeading, index } from './shipped-index.js';

const ERUPTION = 'derna-fighting-erupts-2015-06-10';

/** The claims of the sentence that starts with `opening`, in a page that sets the scene first. */
function claimsOf(text: string, opening: string, published: string): string[] {
  const result = annotate(index, text, { published });
  return result.annotations.find((a) => a.text.startsWith(opening))?.claims.map((c) => c.id) ?? [];
}

test('a deed told with only the day the claim dates it finds that claim', () => {
  // The fighting broke out on Wednesday 10 June 2015; the page is dated the Saturday after.
  for (const s of [
    'Clashes broke out on Wednesday, a shopkeeper said.',
    'The battles started late on Tuesday night, witnesses said.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-06-13').includes(ERUPTION), s);
  }
});

test('the same deed on another day, or with no day, finds no dated claim by the day alone', () => {
  // A week later: not the day the fighting broke out.
  assert.ok(!claimIdsAfterHeading('Clashes broke out on Wednesday, a shopkeeper said.', '2015-06-20').includes(ERUPTION));
  // No day at all: one deed is common currency.
  assert.ok(!claimIdsAfterHeading('Clashes broke out, a shopkeeper said.', '2015-06-13').includes(ERUPTION));
});

test('a day-dated deed in a page about the uprising marks the eruption of the fighting', () => {
  const text = [
    'Residents of Derna turn on Islamic State',
    'Islamic State has lost much of Derna to the Shura Council, residents say.',
    'The fighting flared on Wednesday evening after two commanders were shot.',
  ].join('\n\n');
  assert.ok(claimsOf(text, 'The fighting flared', '2015-06-14').includes(ERUPTION));
});

test('people "weary" or "sick" of the executions say what people "fed up" with them say', () => {
  for (const s of [
    'Public executions under strict Sharia had left the townspeople weary of the group.',
    'Two years of public executions under strict Sharia had left the population tired.',
    'A year of public executions under strict Sharia had made the townspeople sick of the group.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-12-01').includes('is-enforced-sharia-and-public-beheadings-in-derna'), s);
  }
});

test('armed townspeople who "joined" the jihadist fighters sided with them: the uprising\'s alliance', () => {
  for (const s of [
    'Armed townspeople joined the jihadist fighters of the Shura Council against Islamic State.',
    'Dozens of armed locals joined the Islamist brigades, witnesses said by phone.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-06-14').includes('residents-and-rival-jihadists-join-forces-2015-06'), s);
  }
});

test('militias "slowing" the group\'s growth limit it, as "curb" and "contain" already say', () => {
  assert.ok(claimIdsAfterHeading('The American general credited Libyan militias with slowing the growth of Islamic State.', '2016-04-20')
    .includes('libyan-militias-limit-is-growth'));
});

test('inmates who "got out" escaped', () => {
  for (const s of [
    'Some of the inmates got out, though guards later caught most of them.',
    'A handful of inmates got out; most were caught again within days.',
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2016-04-22').includes('derna-prison-inmates-escape-recaptured'), s);
  }
});

test('brigades that "came together" as a council founded it', () => {
  assert.ok(claimIdsAfterHeading('In December 2014 several brigades came together under the name Mujahideen Shura Council of Derna.', '2016-01-10')
    .includes('msc-founded-late-2014-by-asmb'));
});

test('young men who "went after" the checkpoints attacked them', () => {
  for (const s of [
    'Groups of young men went after the Islamic State checkpoints in the eastern districts one at a time.',
    "Local youths went after the group's checkpoints with rifles and petrol bombs.",
  ]) {
    assert.ok(claimIdsAfterHeading(s, '2015-06-14').includes('residents-attack-is-checkpoints-2015-06'), s);
  }
});
