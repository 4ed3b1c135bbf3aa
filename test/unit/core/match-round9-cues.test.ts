// Matching cues from the ninth quality round (issue 4): a restrictive "who/that" clause on a plural noun describes its
// people, a fronted time phrase dates the whole sentence, "the past year" is the year up to the day of writing, and the
// town centre is a part of the town. The wording is not the dev set's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { compareSlots } from '../../../src/core/stance/compare-slots.js';
import { parseDates, parsePublished } from '../../../src/core/dates/parse-dates.js';
import { annotateAfterHeading, entityNumber, index } from './shipped-index.js';

const actionNumber = (id: string): number => {
  const n = index.pack.actions.findIndex((a) => a.id === id);
  assert.ok(n >= 0, id);
  return n;
};

/** Whether the sentence's mentions of an action are all read as descriptions. */
const describedOnly = (s: string, action: string): boolean => {
  const f = extractFeatures(s, 0, index.lex, undefined);
  const found = f.actions.filter((a) => a.action === actionNumber(action));
  assert.ok(found.length > 0, `no ${action} in: ${s}`);
  return found.every((a) => a.descriptive === true);
};

/** Claim ids the sentence is matched to, read after a heading that puts the page on topic, with their verdict. */
const marks = (s: string, published: string): Array<{ verdict: string; ids: string[] }> =>
  annotateAfterHeading(s, published).map((a) => ({ verdict: a.verdict, ids: a.claims.map((c) => c.id) }));

test('a deed in a restrictive "who/that" clause on a plural noun says which people are meant, when the sentence reports another deed', () => {
  assert.ok(describedOnly('Elderly clerics who had battled the old regime for years then seized the main mosque.', 'clash'));
  assert.ok(describedOnly('The cells that have attacked patrols in the hills surrendered to the army.', 'attack'));
  // With no other deed, the clause's deed is the sentence's own ("Militias who fought the group ..." is the news).
  assert.ok(!describedOnly('Tribesmen who battled the jihadists for weeks in the valley.', 'clash'));
  // A comma opens a clause of another kind (closed by the next comma), and a cleft puts the doer in focus.
  assert.ok(!describedOnly('Young volunteers were the ones who battled the militants, and later they seized the port.', 'clash'));
  // Deeds side by side ("fought and seized") are both the clause's, neither is the main verb.
  assert.ok(!describedOnly('Gunmen who stormed the court and seized weapons.', 'capture'));
});

test('a fronted time phrase with no deed of its own dates the clause that names the place', () => {
  const published = parsePublished('2016-05-02') as number;
  const slots = { actions: [actionNumber('expel')], places: [entityNumber('place:derna')], date: [parsePublished('2015-06-01') as number, parsePublished('2015-06-30') as number] as [number, number] };
  const cmp = (s: string): { agree: string[]; conflict: string[] } => {
    const c = compareSlots(extractFeatures(s, 0, index.lex, published), slots);
    return { agree: [...c.agree], conflict: [...c.conflict] };
  };
  assert.ok(cmp('In November last year, with little warning, tribal fighters drove the militants out of Derna.').conflict.includes('date'));
  assert.ok(cmp('Back in June last year, in a matter of days, tribal fighters drove the militants out of Derna.').agree.includes('date'));
  // An opening clause with a deed of its own keeps its date to itself.
  assert.ok(!cmp('The army seized Benghazi port in November last year, and tribal fighters drove the militants out of Derna.').conflict.includes('date'));
});

test('"the past year" and "the last month" run up to the day of writing; "last year" alone is the calendar year before', () => {
  const published = parsePublished('2015-09-18') as number;
  const range = (s: string): [string, string] => {
    const d = parseDates(s, published)[0];
    assert.ok(d !== undefined, s);
    return [d.range.lo, d.range.hi].map((x) => new Date(x * 86400000).toISOString().slice(0, 10)) as [string, string];
  };
  const [lo, hi] = range('Trade through the port has doubled over the past year.');
  assert.equal(hi, '2015-09-18');
  assert.ok(lo >= '2014-09-01' && lo <= '2014-09-30', lo);
  assert.deepEqual(range('Trade through the port doubled last year.'), ['2014-01-01', '2014-12-31']);
  const [mlo, mhi] = range('Prices have risen in the last month.');
  assert.equal(mhi, '2015-09-18');
  assert.ok(mlo >= '2015-08-01', mlo);
});

test('the centre of a town is a part of it: driven from the town centre does not contradict a claim about the whole town', () => {
  const page = marks('Last June the council and armed locals pushed the jihadists out of the town centre.', '2016-04-26');
  assert.equal(page.length, 1, JSON.stringify(page));
  assert.equal(page[0]?.verdict, 'corroborated', JSON.stringify(page));
  assert.ok(page[0]?.ids.includes('is-loses-central-derna-2015-06'), JSON.stringify(page));
  assert.ok(!page[0]?.ids.includes('is-driven-out-of-all-derna-2015-06'), JSON.stringify(page));
});

test('"back in 2012", "back then" tell the past: they are not the verb "to back" a party', () => {
  const support = actionNumber('support');
  const backs = (s: string): boolean => extractFeatures(s, 0, index.lex, undefined).actions.some((a) => a.action === support);
  assert.ok(!backs('Several clans had set up a joint militia back in 2012.'));
  assert.ok(!backs('Back then the port was run by a local committee.'));
  assert.ok(!backs('The militia was formed back in the autumn.'));
  // The verb itself still counts, with an object or "in" before an ordinary noun.
  assert.ok(backs('Tribal elders back the council against the jihadists.'));
  assert.ok(backs('Egypt will back the army.'));
});

test('a country adjective on a person tells where the person is from, not where the sentence is set', () => {
  const ids = (s: string): string[] => marks(s, '2016-04-26').flatMap((m) => m.ids);
  assert.ok(ids('Islamic State sympathisers shared "wanted" posters of council leaders, Hisham Ashmawi among them, a one-time Egyptian army officer.')
    .includes('is-wanted-dead-banners-name-ashmawi'));
  // Officials speak for their state: with a place named by its name, their country is not the scene either.
  assert.ok(ids('American officials now put the number of Islamic State fighters in Libya at up to 8,000.').includes('is-fighters-in-libya-4000-6000-2016'));
});

test('the words of a phrase with a gap do not span an auxiliary ("forces have blockaded Derna from" is no "force ... from")', () => {
  const expel = actionNumber('expel');
  const expels = (s: string): boolean => extractFeatures(s, 0, index.lex, undefined).actions.some((a) => a.action === expel);
  assert.ok(!expels("The general's forces have shelled Derna from the south."));
  assert.ok(!expels('Government forces were shelling positions from the hills.'));
  // A gap of an object or an adverb is still one phrase.
  assert.ok(expels('Fighters forced the jihadists from the harbour.'));
  assert.ok(expels('Local brigades drove the militants out.'));
});
