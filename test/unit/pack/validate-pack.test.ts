// One test per kind of problem validatePack reports, each on a small valid pack with one thing broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validatePack, type PackProblem } from '../../../src/core/pack/validate-pack.js';
import type { EditorialPack } from '../../../src/core/pack/pack-types.js';
import { validPack } from './pack-fixture.js';

function problemsOf(edit: (p: EditorialPack) => void): PackProblem[] {
  const pack = validPack();
  edit(pack);
  return validatePack(JSON.parse(JSON.stringify(pack)) as unknown).problems;
}

/** Asserts exactly one problem, about `id`, whose message matches `pattern`. */
function expectOne(problems: PackProblem[], id: string | undefined, pattern: RegExp): void {
  assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
  const [p] = problems as [PackProblem];
  assert.equal(p.id, id);
  assert.match(p.message, pattern);
}

test('the fixture pack is valid', () => {
  const { pack, problems } = validatePack(validPack());
  assert.deepEqual(problems, []);
  assert.equal(pack?.claims.length, 2);
});

test('not an object', () => {
  const { pack, problems } = validatePack([1, 2]);
  assert.equal(pack, undefined);
  assert.match(problems[0]?.message ?? '', /must be a JSON object/);
});

test('missing required field', () => {
  expectOne(problemsOf((p) => { (p.claims[0] as unknown as Record<string, unknown>)['statement'] = undefined; }), 'rebels-capture-aville', /"statement" is missing/);
});

test('wrong type of field', () => {
  expectOne(problemsOf((p) => { (p.sources[0] as unknown as Record<string, unknown>)['relays'] = 'wire-c'; }), 'source-a', /"relays" must be a list/);
});

test('id not kebab-case', () => {
  expectOne(problemsOf((p) => { (p.claims[1] as { id: string }).id = 'Aville_Deaths'; }), 'Aville_Deaths', /not well formed.*hyphens/);
});

test('entity id without its kind prefix', () => {
  const problems = problemsOf((p) => { (p.entities[2] as { id: string }).id = 'army'; });
  assert.ok(problems.some((x) => x.id === 'army' && /not well formed/.test(x.message)));
});

test('entity "since" that is not a date', () => {
  expectOne(problemsOf((p) => { (p.entities[2] as { since?: string }).since = 'May 2018'; }), 'org:army', /"since" "May 2018" is not a valid date/);
});

test('duplicate id', () => {
  expectOne(problemsOf((p) => { (p.claims[1] as { id: string }).id = 'rebels-capture-aville'; }), 'rebels-capture-aville', /used more than once/);
});

test('quote not verbatim', () => {
  expectOne(problemsOf((p) => { const e = p.claims[1]?.evidence[0]; if (e) e.quote = 'At least twelve people were killed.'; }), 'aville-deaths', /not found anywhere in that source/);
});

test('quote at the wrong offsets', () => {
  expectOne(problemsOf((p) => { const e = p.claims[1]?.evidence[0]; if (e) { e.start += 1; e.end += 1; } }), 'aville-deaths', /not at offsets .* found at/);
});

test('whitespace differences alone are accepted', () => {
  const problems = problemsOf((p) => { const e = p.claims[1]?.evidence[0]; if (e) e.quote = ' At least  12 people\nwere killed. '; });
  assert.deepEqual(problems, []);
});

test('claim without evidence', () => {
  expectOne(problemsOf((p) => { const c = p.claims[1]; if (c) c.evidence = []; }), 'aville-deaths', /no evidence/);
});

test('evidence names an unknown source', () => {
  expectOne(problemsOf((p) => { const e = p.claims[1]?.evidence[1]; if (e) e.source = 'source-z'; }), 'aville-deaths', /source "source-z", which is not in the pack/);
});

test('source names an unknown outlet', () => {
  expectOne(problemsOf((p) => { const s = p.sources[0]; if (s) s.outlet = 'daily-z'; }), 'source-a', /outlet "daily-z", which is not in the outlets list/);
});

test('relays name an unknown outlet', () => {
  expectOne(problemsOf((p) => { const s = p.sources[1]; if (s) s.relays = ['wire-z']; }), 'source-b', /relays outlet "wire-z"/);
});

test('relayedFrom names an unknown outlet', () => {
  expectOne(problemsOf((p) => { const e = p.claims[0]?.evidence[1]; if (e) e.relayedFrom = 'wire-z'; }), 'rebels-capture-aville', /relayed from outlet "wire-z"/);
});

test('slot names an unknown entity', () => {
  expectOne(problemsOf((p) => { const c = p.claims[0]; if (c) c.slots.actors = ['org:militia']; }), 'rebels-capture-aville', /entity "org:militia", which is not in the entity lexicon/);
});

test('slot names an unknown action', () => {
  expectOne(problemsOf((p) => { const c = p.claims[0]; if (c) c.slots.actions = ['conquer']; }), 'rebels-capture-aville', /Action "conquer" is not a known action concept/);
});

test('invalid date in a slot', () => {
  expectOne(problemsOf((p) => { const c = p.claims[0]; if (c) c.slots.date = { from: '2020-02-30' }; }), 'rebels-capture-aville', /not a valid date/);
});

test('date range that ends before it starts', () => {
  expectOne(problemsOf((p) => { const c = p.claims[0]; if (c) c.slots.date = { from: '2020-03', to: '2020-01' }; }), 'rebels-capture-aville', /ends .* before it starts/);
});

test('invalid published date', () => {
  expectOne(problemsOf((p) => { const s = p.sources[0]; if (s) s.published = 'March 2020'; }), 'source-a', /Published date "March 2020" is not a valid date/);
});

test('bad quantity', () => {
  expectOne(problemsOf((p) => { const q = p.claims[1]?.slots.quantities?.[0]; if (q) q.qualifier = 'between'; }), 'aville-deaths', /"between" quantity needs "min" and "max"/);
});

test('conflict without a conflictNote', () => {
  expectOne(problemsOf((p) => { const c = p.claims[0]; if (c) delete c.conflictNote; }), 'rebels-capture-aville', /no "conflictNote"/);
});

test('unchecked sentence not in its source', () => {
  expectOne(problemsOf((p) => { const u = p.unchecked[0]; if (u) u.text = 'Aville stands'; }), 'source-b', /not found verbatim in source "source-b"/);
});

test('furniture not in its source', () => {
  expectOne(problemsOf((p) => { const s = p.sources[0]; if (s) s.furniture = [{ kind: 'caption', text: 'Photo: rebels' }]; }), 'source-a', /Furniture text "Photo: rebels" is not found/);
});

test('alias claimed by two entities', () => {
  expectOne(problemsOf((p) => { p.entities[2]?.aliases.push('rebels'); }), 'org:army', /Alias "rebels" belongs to both/);
});

test('unknown topic entity', () => {
  expectOne(problemsOf((p) => { p.topicEntities = ['place:bville']; }), 'test-pack', /Topic entity "place:bville"/);
});

test('every problem is reported, not only the first', () => {
  const problems = problemsOf((p) => {
    const s = p.sources[0];
    if (s) s.outlet = 'daily-z';
    const c = p.claims[1];
    if (c) c.evidence = [];
  });
  assert.equal(problems.length, 2);
});
