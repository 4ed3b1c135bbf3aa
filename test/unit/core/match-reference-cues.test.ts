// Second quality pass (issue 4): possessive "its" read as the organisation last named, a deed named as the
// circumstance of another ("in the final push") has no actor before it, and "jail" as a place is not the deed of jailing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFeatures } from '../../../src/core/match/sentence-features.js';
import { index, compiled } from './shipped-index.js';

const entityIndex = (id: string): number => compiled.entities.findIndex((e) => e.id === id);
const actionIndex = (id: string): number => compiled.actions.findIndex((a) => a.id === id);
const IS = entityIndex('org:islamic-state');
const MSC = entityIndex('org:derna-mujahideen-shura-council');

test('"its fighters" stands for the organisation named last, in an earlier sentence or earlier in this one', () => {
  assert.ok(IS >= 0 && MSC >= 0);
  // Previous sentence named Islamic State (offset 0); nothing else since.
  const f = extractFeatures('Its commanders in the east were mostly Libyans.', 100, index.lex, undefined, { recent: new Map([[IS, 0]]) });
  assert.ok(f.entitySet.has(IS), 'sentence-initial "Its" reads as Islamic State');
  // The council is named more recently than IS: "its" is the council's.
  const g = extractFeatures('The Shura Council buried 12 of its members on Friday.', 100, index.lex, undefined, { recent: new Map([[IS, 0]]) });
  assert.ok(g.entities.some((m) => m.entity === MSC && g.tokens[m.tokenStart]?.norm === 'its'));
  // No organisation named anywhere: no reading.
  const h = extractFeatures('Its fighters were seen on the coast road.', 0, index.lex, undefined);
  assert.equal(h.entities.length, 0);
  // A mid-sentence "their" points back to people of the same sentence, not to an organisation.
  const k = extractFeatures('Residents buried their men at dawn.', 100, index.lex, undefined, { recent: new Map([[IS, 0]]) });
  assert.ok(!k.entitySet.has(IS));
});

test('a deed named as the circumstance of another ("during the latest offensive") has no actor before it', () => {
  const kill = actionIndex('kill');
  const f = extractFeatures('The Shura Council lost dozens of men during the long offensive on the hills.', 0, index.lex, undefined);
  const offensive = f.actions.findIndex((a) => a.action !== kill && f.tokens[a.token]?.norm === 'offensive');
  assert.ok(offensive >= 0);
  assert.equal(f.roles[offensive]?.actors.has(MSC), false);
  // The same deed as the main verb keeps its actor.
  const g = extractFeatures('The Shura Council pushed into the hills on Monday.', 0, index.lex, undefined);
  assert.ok(g.roles.some((r) => r.actors.has(MSC)));
});

test('"jail" as a place (after a determiner, "and", a preposition) is a prison, not the deed of jailing', () => {
  const detain = actionIndex('detain');
  const place = extractFeatures('Gunmen stormed the town jail and freed the inmates.', 0, index.lex, undefined);
  assert.ok(!place.actions.some((a) => a.action === detain));
  assert.ok(place.words.has('prison'));
  const after = extractFeatures('The militants lost their barracks and jail.', 0, index.lex, undefined);
  assert.ok(!after.actions.some((a) => a.action === detain));
  // The verb still reads as detaining.
  const verb = extractFeatures('The council said it would jail anyone caught smuggling fuel.', 0, index.lex, undefined);
  assert.ok(verb.actions.some((a) => a.action === detain));
});
