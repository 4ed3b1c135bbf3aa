// Validation of an editorial claim pack given as unknown JSON: schema, verbatim quotes at
// their offsets, references between parts, unique kebab-case ids, valid dates.
// The build, `npm run claims:check` and the options page's import all use it, so every
// message is written for a person who edits the pack, not for the code.
import { FURNITURE_KINDS } from './pack-types.js';
import type {
  ActionConcept, Claim, ClaimSlots, DateValue, EditorialPack, Entity, EntityKind, Evidence,
  Furniture, Outlet, Qualifier, Quantity, SourceRecord, Stance, UncheckedReason, UncheckedSentence,
} from './pack-types.js';
import { findQuote, isQuoteAt, normaliseWhitespace } from './find-quote.js';

export interface PackProblem {
  /** File the problem is in, when the pack was read from files (see read-pack.ts). */
  file?: string;
  /** Id of the offending record (claim, source, outlet, entity, action). */
  id?: string;
  /** Where in the pack, e.g. "claims[4].evidence[2].quote": locates records without a usable id. */
  path?: string;
  message: string;
}

const OUTLET_KINDS: readonly Outlet['kind'][] = ['newspaper', 'broadcaster', 'news-site', 'wire', 'research', 'militant-media', 'official'];
const ENTITY_KINDS: readonly EntityKind[] = ['organisation', 'person', 'place', 'group', 'event'];
const QUALIFIERS: readonly Qualifier[] = ['exact', 'about', 'at-least', 'more-than', 'at-most', 'fewer-than', 'between', 'over'];
const UNITS: readonly Quantity['unit'][] = ['people', 'km', 'miles', 'percent', 'count', 'days', 'months', 'years'];
const STANCES: readonly Stance[] = ['supports', 'contradicts'];
const REASONS: readonly UncheckedReason[] = ['opinion', 'rhetoric', 'boilerplate', 'furniture', 'attribution-only', 'prediction', 'question'];
const CERTAINTIES = ['stated', 'inferred'] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const ENTITY_ID = /^(?:org|person|place|group|event):[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOneOf<T extends string>(v: unknown, allowed: readonly T[]): v is T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v);
}

/** "2015", "2015-06" or "2015-06-10", and a real calendar day. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(v);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

class Checker {
  readonly problems: PackProblem[] = [];

  report(message: string, path: string, id?: string): void {
    const p: PackProblem = { path, message };
    if (id !== undefined) p.id = id;
    this.problems.push(p);
  }

  /** A required non-empty string; reports and returns undefined when missing. */
  text(obj: Json, key: string, path: string, id?: string): string | undefined {
    const v = obj[key];
    if (typeof v === 'string' && v.trim().length > 0) return v;
    this.report(v === undefined ? `"${key}" is missing.` : `"${key}" must be a non-empty text.`, `${path}.${key}`, id);
    return undefined;
  }

  optionalText(obj: Json, key: string, path: string, id?: string): string | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && v.trim().length > 0) return v;
    this.report(`"${key}" must be a non-empty text when given.`, `${path}.${key}`, id);
    return undefined;
  }

  stringList(obj: Json, key: string, path: string, id: string | undefined, required: boolean): string[] | undefined {
    const v = obj[key];
    if (v === undefined) {
      if (required) this.report(`"${key}" is missing (a list of texts).`, `${path}.${key}`, id);
      return undefined;
    }
    if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string' && x.trim().length > 0)) {
      this.report(`"${key}" must be a list of non-empty texts.`, `${path}.${key}`, id);
      return undefined;
    }
    return v;
  }

  list(obj: Json, key: string, path: string): unknown[] {
    const v = obj[key];
    if (Array.isArray(v)) return v;
    this.report(v === undefined ? `"${key}" is missing (a list).` : `"${key}" must be a list.`, `${path}.${key}`);
    return [];
  }

  id(obj: Json, path: string, pattern: RegExp, what: string, example: string): string | undefined {
    const v = obj['id'];
    if (typeof v !== 'string' || v.length === 0) {
      this.report(`This ${what} has no "id".`, `${path}.id`);
      return undefined;
    }
    if (!pattern.test(v)) this.report(`The ${what} id "${v}" is not well formed: use lower-case words joined by hyphens, like "${example}".`, `${path}.id`, v);
    return v;
  }

  unique(ids: (string | undefined)[], what: string, path: string): void {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (id === undefined) return;
      if (seen.has(id)) this.report(`The ${what} id "${id}" is used more than once; ids must be unique.`, `${path}[${i}].id`, id);
      seen.add(id);
    });
  }
}

interface Known {
  outlets: Set<string>;
  /** Source id → text, for every source with an id and a text, even one with other faults. */
  sources: Map<string, { id: string; text: string | undefined }>;
  entities: Set<string>;
  actions: Set<string>;
}

function readOutlet(ck: Checker, raw: unknown, path: string): Outlet | undefined {
  if (!isObject(raw)) return void ck.report('An outlet must be an object.', path);
  const id = ck.id(raw, path, KEBAB, 'outlet', 'long-war-journal');
  const name = ck.text(raw, 'name', path, id);
  if (!isOneOf(raw['kind'], OUTLET_KINDS)) ck.report(`Outlet "kind" must be one of ${OUTLET_KINDS.join(', ')}.`, `${path}.kind`, id);
  if (id === undefined || name === undefined || !isOneOf(raw['kind'], OUTLET_KINDS)) return undefined;
  return { id, name, kind: raw['kind'] };
}

function readFurniture(ck: Checker, raw: unknown, path: string, id: string | undefined, text: string | undefined): Furniture | undefined {
  if (!isObject(raw)) return void ck.report('A furniture entry must be an object with "kind" and "text".', path, id);
  const kind = raw['kind'];
  if (!isOneOf(kind, FURNITURE_KINDS)) ck.report(`Furniture "kind" must be one of ${FURNITURE_KINDS.join(', ')}.`, `${path}.kind`, id);
  const t = ck.text(raw, 'text', path, id);
  if (t !== undefined && text !== undefined && findQuote(text, t).length === 0) {
    ck.report(`Furniture text "${clip(t)}" is not found in the source text.`, `${path}.text`, id);
  }
  if (!isOneOf(kind, FURNITURE_KINDS) || t === undefined) return undefined;
  return { kind, text: t };
}

function readSource(ck: Checker, raw: unknown, path: string, outlets: Set<string>): SourceRecord | undefined {
  if (!isObject(raw)) return void ck.report('A source must be an object.', path);
  const id = ck.id(raw, path, KEBAB, 'source', 'libya-channel-2015-06-driven-out');
  const file = ck.text(raw, 'file', path, id);
  const outlet = ck.text(raw, 'outlet', path, id);
  if (outlet !== undefined && !outlets.has(outlet)) ck.report(`Source names outlet "${outlet}", which is not in the outlets list.`, `${path}.outlet`, id);
  const title = ck.text(raw, 'title', path, id);
  const author = ck.optionalText(raw, 'author', path, id);
  const language = ck.text(raw, 'language', path, id);
  if (language !== undefined && !LANGUAGE.test(language)) ck.report(`Language "${language}" is not a language tag like "en" or "ar".`, `${path}.language`, id);
  const published = raw['published'];
  if (!isIsoDate(published)) ck.report(`Published date ${JSON.stringify(published)} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD).`, `${path}.published`, id);
  const certainty = raw['publishedCertainty'];
  if (!isOneOf(certainty, CERTAINTIES)) ck.report('"publishedCertainty" must be "stated" or "inferred".', `${path}.publishedCertainty`, id);
  const basis = ck.text(raw, 'publishedBasis', path, id);
  const outletCertainty = raw['outletCertainty'];
  if (outletCertainty !== undefined && !isOneOf(outletCertainty, CERTAINTIES)) ck.report('"outletCertainty" must be "stated" or "inferred" when given.', `${path}.outletCertainty`, id);
  const outletBasis = ck.optionalText(raw, 'outletBasis', path, id);
  if (outletCertainty === 'inferred' && outletBasis === undefined) ck.report('An inferred outlet needs an "outletBasis" saying why.', `${path}.outletBasis`, id);
  const titleSupplied = raw['titleSupplied'];
  if (titleSupplied !== undefined && typeof titleSupplied !== 'boolean') ck.report('"titleSupplied" must be true or false.', `${path}.titleSupplied`, id);
  const url = ck.optionalText(raw, 'url', path, id);
  if (url !== undefined && !/^https?:\/\/\S+$/u.test(url)) ck.report(`URL "${url}" is not an http(s) address.`, `${path}.url`, id);
  const relays = ck.stringList(raw, 'relays', path, id, true);
  for (const r of relays ?? []) {
    if (!outlets.has(r)) ck.report(`Source relays outlet "${r}", which is not in the outlets list.`, `${path}.relays`, id);
  }
  const text = raw['text'];
  if (typeof text !== 'string' || text.length === 0) ck.report('The source has no text.', `${path}.text`, id);
  const textOk = typeof text === 'string' && text.length > 0 ? text : undefined;
  const furnitureRaw = raw['furniture'];
  const furniture: Furniture[] = [];
  if (furnitureRaw !== undefined && !Array.isArray(furnitureRaw)) ck.report('"furniture" must be a list.', `${path}.furniture`, id);
  if (Array.isArray(furnitureRaw)) {
    furnitureRaw.forEach((f, i) => {
      const item = readFurniture(ck, f, `${path}.furniture[${i}]`, id, textOk);
      if (item) furniture.push(item);
    });
  }
  if (id === undefined || file === undefined || outlet === undefined || title === undefined || language === undefined
    || !isIsoDate(published) || !isOneOf(certainty, CERTAINTIES) || basis === undefined || relays === undefined || textOk === undefined) {
    return undefined;
  }
  const source: SourceRecord = {
    id, file, outlet, title, language, published, publishedCertainty: certainty, publishedBasis: basis, relays, text: textOk, furniture,
  };
  if (author !== undefined) source.author = author;
  if (url !== undefined) source.url = url;
  if (isOneOf(outletCertainty, CERTAINTIES)) source.outletCertainty = outletCertainty;
  if (outletBasis !== undefined) source.outletBasis = outletBasis;
  if (titleSupplied === true) source.titleSupplied = true;
  return source;
}

function readEntity(ck: Checker, raw: unknown, path: string): Entity | undefined {
  if (!isObject(raw)) return void ck.report('An entity must be an object.', path);
  const id = ck.id(raw, path, ENTITY_ID, 'entity', 'place:derna');
  if (!isOneOf(raw['kind'], ENTITY_KINDS)) ck.report(`Entity "kind" must be one of ${ENTITY_KINDS.join(', ')}.`, `${path}.kind`, id);
  const name = ck.text(raw, 'name', path, id);
  const aliases = ck.stringList(raw, 'aliases', path, id, true);
  if (aliases !== undefined && aliases.length === 0) ck.report('An entity needs at least one alias (the spellings a text may use).', `${path}.aliases`, id);
  const partOf = ck.stringList(raw, 'partOf', path, id, false);
  const since = raw['since'];
  if (since !== undefined && !isIsoDate(since)) ck.report(`Entity "since" ${JSON.stringify(since)} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD).`, `${path}.since`, id);
  if (id === undefined || !isOneOf(raw['kind'], ENTITY_KINDS) || name === undefined || aliases === undefined) return undefined;
  const entity: Entity = { id, kind: raw['kind'], name, aliases };
  if (partOf !== undefined) entity.partOf = partOf;
  if (typeof since === 'string' && isIsoDate(since)) entity.since = since;
  return entity;
}

function readAction(ck: Checker, raw: unknown, path: string): ActionConcept | undefined {
  if (!isObject(raw)) return void ck.report('An action concept must be an object.', path);
  const id = ck.id(raw, path, KEBAB, 'action', 'pledge-allegiance');
  const words = ck.stringList(raw, 'words', path, id, true);
  const opposite = ck.stringList(raw, 'opposite', path, id, false);
  const related = ck.stringList(raw, 'related', path, id, false);
  if (id === undefined || words === undefined) return undefined;
  const action: ActionConcept = { id, words };
  if (opposite !== undefined) action.opposite = opposite;
  if (related !== undefined) action.related = related;
  if (raw['symmetric'] !== undefined) {
    if (typeof raw['symmetric'] !== 'boolean') ck.report('"symmetric" must be true or false.', `${path}.symmetric`, id);
    else if (raw['symmetric']) action.symmetric = true;
  }
  return action;
}

function readDate(ck: Checker, raw: unknown, path: string, id: string | undefined): DateValue | undefined {
  if (!isObject(raw)) return void ck.report('"date" must be an object like {"from": "2015-06-10"}.', path, id);
  const from = raw['from'];
  const to = raw['to'];
  if (!isIsoDate(from)) ck.report(`Date "from" ${JSON.stringify(from)} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD).`, `${path}.from`, id);
  if (to !== undefined && !isIsoDate(to)) ck.report(`Date "to" ${JSON.stringify(to)} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD).`, `${path}.to`, id);
  if (!isIsoDate(from) || (to !== undefined && !isIsoDate(to))) return undefined;
  if (to !== undefined && to < from) ck.report(`Date range ends (${to}) before it starts (${from}).`, path, id);
  return to === undefined ? { from } : { from, to };
}

function readQuantity(ck: Checker, raw: unknown, path: string, id: string | undefined, known: Known): Quantity | undefined {
  if (!isObject(raw)) return void ck.report('A quantity must be an object.', path, id);
  const counts = ck.text(raw, 'counts', path, id);
  const unit = raw['unit'];
  const qualifier = raw['qualifier'];
  if (!isOneOf(unit, UNITS)) ck.report(`Quantity "unit" must be one of ${UNITS.join(', ')}.`, `${path}.unit`, id);
  if (!isOneOf(qualifier, QUALIFIERS)) ck.report(`Quantity "qualifier" must be one of ${QUALIFIERS.join(', ')}.`, `${path}.qualifier`, id);
  const nums: Record<'value' | 'min' | 'max', number | undefined> = { value: undefined, min: undefined, max: undefined };
  for (const k of ['value', 'min', 'max'] as const) {
    const v = raw[k];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) ck.report(`Quantity "${k}" must be a non-negative number.`, `${path}.${k}`, id);
    else nums[k] = v;
  }
  if (qualifier === 'between' && (nums.min === undefined || nums.max === undefined)) ck.report('A "between" quantity needs "min" and "max".', path, id);
  if (qualifier !== 'between' && nums.value === undefined) ck.report(`A quantity with qualifier "${String(qualifier)}" needs a "value".`, path, id);
  if (nums.min !== undefined && nums.max !== undefined && nums.min > nums.max) ck.report(`Quantity "min" (${nums.min}) is larger than "max" (${nums.max}).`, path, id);
  const of = ck.stringList(raw, 'of', path, id, false);
  for (const ref of of ?? []) {
    if (ref.includes(':') && !known.entities.has(ref)) ck.report(`Quantity "of" names entity "${ref}", which is not in the entity lexicon.`, `${path}.of`, id);
  }
  if (counts === undefined || !isOneOf(unit, UNITS) || !isOneOf(qualifier, QUALIFIERS)) return undefined;
  const q: Quantity = { counts, unit, qualifier };
  if (of !== undefined) q.of = of;
  if (nums.value !== undefined) q.value = nums.value;
  if (nums.min !== undefined) q.min = nums.min;
  if (nums.max !== undefined) q.max = nums.max;
  return q;
}

function readSlots(ck: Checker, raw: unknown, path: string, id: string | undefined, known: Known, partial: boolean): Partial<ClaimSlots> | undefined {
  if (!isObject(raw)) return void ck.report('"slots" must be an object.', path, id);
  const slots: Partial<ClaimSlots> = {};
  const actions = ck.stringList(raw, 'actions', path, id, !partial);
  for (const a of actions ?? []) {
    if (!known.actions.has(a)) ck.report(`Action "${a}" is not a known action concept (see data/lexicon/actions.json).`, `${path}.actions`, id);
  }
  if (actions !== undefined) slots.actions = actions;
  for (const key of ['actors', 'targets', 'places'] as const) {
    const refs = ck.stringList(raw, key, path, id, false);
    for (const ref of refs ?? []) {
      if (!known.entities.has(ref)) ck.report(`"${key}" names entity "${ref}", which is not in the entity lexicon.`, `${path}.${key}`, id);
    }
    if (refs !== undefined) slots[key] = refs;
  }
  if (raw['date'] !== undefined) {
    const date = readDate(ck, raw['date'], `${path}.date`, id);
    if (date) slots.date = date;
  }
  if (raw['quantities'] !== undefined) {
    if (!Array.isArray(raw['quantities'])) ck.report('"quantities" must be a list.', `${path}.quantities`, id);
    else {
      const qs = raw['quantities'].map((q, i) => readQuantity(ck, q, `${path}.quantities[${i}]`, id, known));
      slots.quantities = qs.filter((q): q is Quantity => q !== undefined);
    }
  }
  if (raw['negated'] !== undefined) {
    if (typeof raw['negated'] !== 'boolean') ck.report('"negated" must be true or false.', `${path}.negated`, id);
    else slots.negated = raw['negated'];
  }
  return slots;
}

function readEvidence(ck: Checker, raw: unknown, path: string, claimId: string | undefined, known: Known): Evidence | undefined {
  if (!isObject(raw)) return void ck.report('An evidence entry must be an object.', path, claimId);
  const sourceId = ck.text(raw, 'source', path, claimId);
  const source = sourceId === undefined ? undefined : known.sources.get(sourceId);
  if (sourceId !== undefined && source === undefined) ck.report(`Evidence names source "${sourceId}", which is not in the pack.`, `${path}.source`, claimId);
  const quote = ck.text(raw, 'quote', path, claimId);
  const start = raw['start'];
  const end = raw['end'];
  const offsetsOk = Number.isInteger(start) && Number.isInteger(end);
  if (!offsetsOk) ck.report('"start" and "end" must be whole numbers (offsets of the quote in the source text).', path, claimId);
  if (source?.text !== undefined && quote !== undefined && offsetsOk && !isQuoteAt(source.text, quote, start as number, end as number)) {
    const where = findQuote(source.text, quote);
    const hint = where.length === 0
      ? 'and it is not found anywhere in that source: it must be copied verbatim'
      : `it is found at ${where.map((w) => `${w.start}–${w.end}`).join(', ')} (run src/tools/fill-offsets.ts)`;
    ck.report(`Quote "${clip(quote)}" is not at offsets ${String(start)}–${String(end)} of source "${source.id}"; ${hint}.`, `${path}.quote`, claimId);
  }
  const stance = raw['stance'];
  if (!isOneOf(stance, STANCES)) ck.report('Evidence "stance" must be "supports" or "contradicts".', `${path}.stance`, claimId);
  const speaker = ck.text(raw, 'speaker', path, claimId);
  const relayedFrom = ck.optionalText(raw, 'relayedFrom', path, claimId);
  if (relayedFrom !== undefined && !known.outlets.has(relayedFrom)) ck.report(`Evidence is relayed from outlet "${relayedFrom}", which is not in the outlets list.`, `${path}.relayedFrom`, claimId);
  const hedge = ck.optionalText(raw, 'hedge', path, claimId);
  const note = ck.optionalText(raw, 'note', path, claimId);
  const slots = raw['slots'] === undefined ? undefined : readSlots(ck, raw['slots'], `${path}.slots`, claimId, known, true);
  if (sourceId === undefined || quote === undefined || !offsetsOk || !isOneOf(stance, STANCES) || speaker === undefined) return undefined;
  const ev: Evidence = { source: sourceId, quote, start: start as number, end: end as number, stance, speaker };
  if (relayedFrom !== undefined) ev.relayedFrom = relayedFrom;
  if (hedge !== undefined) ev.hedge = hedge;
  if (slots !== undefined) ev.slots = slots;
  if (note !== undefined) ev.note = note;
  return ev;
}

function readClaim(ck: Checker, raw: unknown, path: string, known: Known): Claim | undefined {
  if (!isObject(raw)) return void ck.report('A claim must be an object.', path);
  const id = ck.id(raw, path, KEBAB, 'claim', 'is-kills-msc-commanders-2015-06');
  const statement = ck.text(raw, 'statement', path, id);
  const slots = readSlots(ck, raw['slots'], `${path}.slots`, id, known, false);
  const evidenceRaw = raw['evidence'];
  const evidence: Evidence[] = [];
  if (!Array.isArray(evidenceRaw) || evidenceRaw.length === 0) {
    ck.report('This claim has no evidence: every claim needs at least one quote from a source.', `${path}.evidence`, id);
  } else {
    evidenceRaw.forEach((e, i) => {
      const ev = readEvidence(ck, e, `${path}.evidence[${i}]`, id, known);
      if (ev) evidence.push(ev);
    });
  }
  const conflictNote = ck.optionalText(raw, 'conflictNote', path, id);
  const note = ck.optionalText(raw, 'note', path, id);
  if (evidence.some((e) => e.stance === 'contradicts') && conflictNote === undefined) {
    ck.report('Sources disagree on this claim (some evidence contradicts it) but it has no "conflictNote" explaining the conflict.', `${path}.conflictNote`, id);
  }
  if (id === undefined || statement === undefined || slots === undefined || slots.actions === undefined) return undefined;
  const claim: Claim = { id, statement, slots: { ...slots, actions: slots.actions }, evidence };
  if (conflictNote !== undefined) claim.conflictNote = conflictNote;
  if (note !== undefined) claim.note = note;
  return claim;
}

function readUnchecked(ck: Checker, raw: unknown, path: string, known: Known): UncheckedSentence | undefined {
  if (!isObject(raw)) return void ck.report('An unchecked-sentence entry must be an object.', path);
  const sourceId = ck.text(raw, 'source', path);
  const source = sourceId === undefined ? undefined : known.sources.get(sourceId);
  if (sourceId !== undefined && source === undefined) ck.report(`Unchecked sentence names source "${sourceId}", which is not in the pack.`, `${path}.source`, sourceId);
  const text = ck.text(raw, 'text', path, sourceId);
  if (source?.text !== undefined && text !== undefined && findQuote(source.text, text).length === 0) {
    ck.report(`Unchecked sentence "${clip(text)}" is not found verbatim in source "${source.id}".`, `${path}.text`, sourceId);
  }
  const reason = raw['reason'];
  if (!isOneOf(reason, REASONS)) ck.report(`Unchecked "reason" must be one of ${REASONS.join(', ')}.`, `${path}.reason`, sourceId);
  const note = ck.optionalText(raw, 'note', path, sourceId);
  if (sourceId === undefined || text === undefined || !isOneOf(reason, REASONS)) return undefined;
  const u: UncheckedSentence = { source: sourceId, text, reason };
  if (note !== undefined) u.note = note;
  return u;
}

function clip(s: string): string {
  const n = normaliseWhitespace(s);
  return n.length > 70 ? `${n.slice(0, 67)}...` : n;
}

/**
 * Checks a whole pack given as parsed JSON. Returns the typed pack when it could be built
 * (references may still be wrong: see `problems`), and every problem found, never just the first.
 */
export function validatePack(input: unknown): { pack?: EditorialPack; problems: PackProblem[] } {
  const ck = new Checker();
  if (!isObject(input)) {
    ck.report('A claim pack must be a JSON object with id, name, version, outlets, sources, entities, actions, claims and unchecked.', '');
    return { problems: ck.problems };
  }
  const packId = ck.id(input, 'pack', KEBAB, 'pack', 'derna-2015-2016');
  const name = ck.text(input, 'name', 'pack', packId);
  const version = ck.text(input, 'version', 'pack', packId);

  const outlets = ck.list(input, 'outlets', 'pack').map((o, i) => readOutlet(ck, o, `outlets[${i}]`));
  ck.unique(outlets.map((o) => o?.id), 'outlet', 'outlets');
  const known: Known = { outlets: new Set(outlets.flatMap((o) => (o ? [o.id] : []))), sources: new Map(), entities: new Set(), actions: new Set() };

  const sources = ck.list(input, 'sources', 'pack').map((s, i) => readSource(ck, s, `sources[${i}]`, known.outlets));
  const rawSources = Array.isArray(input['sources']) ? (input['sources'] as unknown[]) : [];
  ck.unique(rawSources.map((s) => (isObject(s) && typeof s['id'] === 'string' ? s['id'] : undefined)), 'source', 'sources');
  // Known even when another field of the record is wrong, so one fault is reported once,
  // not again by every quote of that source.
  for (const s of rawSources) {
    if (isObject(s) && typeof s['id'] === 'string') known.sources.set(s['id'], { id: s['id'], text: typeof s['text'] === 'string' ? s['text'] : undefined });
  }

  const entities = ck.list(input, 'entities', 'pack').map((e, i) => readEntity(ck, e, `entities[${i}]`));
  ck.unique(entities.map((e) => e?.id), 'entity', 'entities');
  for (const e of entities) if (e) known.entities.add(e.id);
  const aliasOwner = new Map<string, string>();
  entities.forEach((e, i) => {
    if (!e) return;
    for (const ref of e.partOf ?? []) {
      if (!known.entities.has(ref)) ck.report(`Entity is "partOf" "${ref}", which is not in the entity lexicon.`, `entities[${i}].partOf`, e.id);
    }
    for (const alias of new Set(e.aliases)) {
      const owner = aliasOwner.get(alias);
      if (owner !== undefined && owner !== e.id) ck.report(`Alias "${alias}" belongs to both "${owner}" and "${e.id}": a text using it could not be resolved.`, `entities[${i}].aliases`, e.id);
      aliasOwner.set(alias, e.id);
    }
  });

  const actions = ck.list(input, 'actions', 'pack').map((a, i) => readAction(ck, a, `actions[${i}]`));
  ck.unique(actions.map((a) => a?.id), 'action', 'actions');
  for (const a of actions) if (a) known.actions.add(a.id);
  actions.forEach((a, i) => {
    for (const ref of [...(a?.opposite ?? []), ...(a?.related ?? [])]) {
      if (!known.actions.has(ref)) ck.report(`Action's "opposite" or "related" names "${ref}", which is not a known action concept.`, `actions[${i}].opposite`, a?.id);
    }
  });

  const topicEntities = ck.stringList(input, 'topicEntities', 'pack', packId, true) ?? [];
  if (topicEntities.length === 0) ck.report('"topicEntities" must name at least one entity (what makes a text about this pack).', 'pack.topicEntities', packId);
  for (const t of topicEntities) {
    if (!known.entities.has(t)) ck.report(`Topic entity "${t}" is not in the entity lexicon.`, 'pack.topicEntities', packId);
  }

  const claims = ck.list(input, 'claims', 'pack').map((c, i) => readClaim(ck, c, `claims[${i}]`, known));
  ck.unique(claims.map((c) => c?.id), 'claim', 'claims');
  const unchecked = ck.list(input, 'unchecked', 'pack').map((u, i) => readUnchecked(ck, u, `unchecked[${i}]`, known));

  const complete = <T>(xs: (T | undefined)[]): T[] | undefined => (xs.every((x) => x !== undefined) ? (xs as T[]) : undefined);
  const o = complete(outlets);
  const s = complete(sources);
  const e = complete(entities);
  const a = complete(actions);
  const c = complete(claims);
  const u = complete(unchecked);
  if (packId === undefined || name === undefined || version === undefined || !o || !s || !e || !a || !c || !u) {
    return { problems: ck.problems };
  }
  return {
    pack: { id: packId, name, version, topicEntities, outlets: o, sources: s, entities: e, actions: a, claims: c, unchecked: u },
    problems: ck.problems,
  };
}
