// Matching cues from a sentence's frame: no-comment boilerplate, places the pack does not know, "X-based"
// descriptions, and the reporters' wordings the lexicon learned in the quality pass (issue 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/core/index.js';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { index, pack } from './shipped-index.js';

/** The annotation of one sentence, after a first line that names the topic for the gate. */
const one = (s: string, published = '2015-06-15') => annotate(index, 'Derna.\n\n' + s, { published }).annotations.find((a) => a.start > 0);
const ids = (s: string, published?: string): string[] => one(s, published)?.claims.map((c) => c.id) ?? [];

test('a "no comment from X" sentence gets no badge, whatever its relative clause names', () => {
  assert.deepEqual(ids('There was no immediate comment from Islamic State, which usually announces its operations on social media.'), []);
  assert.deepEqual(ids('Islamic State declined to comment on the fighting in Derna.'), []);
});

test('a deed set in a place the pack does not know is not a claim set in Derna', () => {
  const f = extractFeatures('Gunmen killed two soldiers at a checkpoint near Ajdabiya.', 0, index.lex, undefined);
  assert.equal(f.unknownPlace, true);
  assert.deepEqual(ids('Gunmen killed two soldiers at a checkpoint near Ajdabiya.', '2016-03-01'), []);
  // Months, days and known places are not unknown places.
  for (const s of ['Fighting broke out in Derna on Wednesday.', 'IS beheaded 21 Egyptian Christians in February.']) {
    assert.notEqual(extractFeatures(s, 0, index.lex, undefined).unknownPlace, true, s);
  }
});

test('"Tobruk-based" describes where a body sits; it is not a claim about holding territory', () => {
  assert.deepEqual(ids('The Tobruk-based parliament called for international help to fight terrorism.'), []);
});

test('reporters\' wordings: merger, mainstay, move on, accuse, UN-backed', () => {
  assert.ok(ids('The council was formed through a merger of the Abu Salim Martyrs Brigade with other Derna groups in late 2014.', '2016-04-25')
    .includes('msc-founded-late-2014-by-asmb'));
  assert.ok(ids('The Abu Salim Martyrs Brigade is the mainstay of the Mujahideen Shura Council.', '2016-04-25').includes('asmb-strongest-in-msc'));
  assert.ok(ids('An army spokesman said Operation Omar Mokhtar would move on Derna in the coming days.', '2015-06-20').includes('army-plans-to-advance-on-derna-2015-06'));
  assert.ok(ids('Adnani accused the Mujahideen Shura Council of resisting the group and told its fighters to repent.', '2016-04-25').includes('adnani-chastises-msc-2015'));
  assert.ok(ids('A UN-backed unity government is working to bring peace to Libya.', '2016-04-25').includes('un-unity-government-seeks-peace-2016'));
});
