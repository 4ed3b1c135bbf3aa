// compilePack: the editorial pack turned into the compact, serialisable index data the matcher loads.
import type { ClaimSlots, EditorialPack, Quantity, Stance } from './pack-types.js';
import { buildAliasTrie, compileAliases, type CompiledAlias } from '../entities/alias-lexicon.js';
import { buildActionTrie, compileActions, type CompiledAction } from '../match/action-lexicon.js';
import { buildReferentIndex } from '../entities/coreference.js';
import { partyCountries } from '../entities/party-country.js';
import { extractFeatures, quantityKindKey, roleKeys, type Lexicons } from '../match/sentence-features.js';
import { dateValueToRange, isoToRange } from '../dates/date-range.js';
import { parsePublished } from '../dates/parse-dates.js';
import { computeIndependenceGroups } from './independence-groups.js';
import { fingerprintText } from './fingerprint-text.js';

export const COMPILED_FORMAT = 'corroborate-index/1';

export interface CompiledEntity {
  id: string;
  kind: string;
  name: string;
  /** Indices of broader entities (partOf), transitively. */
  parents: number[];
  /** First day (day number) of the entity's `since`: a text naming it was written on or after it. */
  since?: number;
}

export interface CompiledSource {
  id: string;
  outlet: string;
  outletName: string;
  title: string;
  published: string;
  file: string;
  url?: string;
  /** Independence group of the outlet. */
  group: string;
  /** Bottom-k shingle hashes of the article text, for self-recognition. */
  fingerprints: number[];
}

export interface CompiledSlots {
  actors: number[];
  targets: number[];
  places: number[];
  actions: number[];
  /** Day-number range [lo, hi]. */
  date?: [number, number];
  /** Day number of the latest evidence source's publication: nothing after it can be this claim. */
  reportedBy?: number;
  quantities: Quantity[];
  negated: boolean;
  /**
   * For a negated claim, the deeds its statement denies ("refused to pledge allegiance": pledge, not the
   * opposition also listed): a page's negation is judged on these alone.
   */
  negatedActions?: number[];
}

export interface CompiledEvidence {
  source: number;
  quote: string;
  stance: Stance;
  speaker: string;
  group: string;
  hedge?: string;
  relayedFrom?: string;
  /** Only the slot values this source states differently. */
  slots?: Partial<CompiledSlots>;
  note?: string;
}

/** A text the claim can be recognised by: its statement (evidence -1) or an evidence quote. */
export interface CompiledView {
  evidence: number;
  keys: string[];
}

export interface CompiledClaim {
  id: string;
  statement: string;
  conflictNote?: string;
  slots: CompiledSlots;
  evidence: CompiledEvidence[];
  views: CompiledView[];
}

export interface CompiledPack {
  format: typeof COMPILED_FORMAT;
  id: string;
  name: string;
  version: string;
  entities: CompiledEntity[];
  aliases: CompiledAlias[];
  topicEntities: number[];
  actions: CompiledAction[];
  sources: CompiledSource[];
  claims: CompiledClaim[];
}

/** Lexicons (tries) rebuilt from the serialisable parts; shared by compile and load. */
export function buildLexicons(entities: readonly CompiledEntity[], aliases: readonly CompiledAlias[], actions: readonly CompiledAction[]): Lexicons {
  return {
    aliases: buildAliasTrie(aliases),
    actions: buildActionTrie(actions),
    entityClosure: entities.map((e, i) => [i, ...e.parents]),
    actionStems: new Set(actions.flatMap((a) => a.phrases.flat())),
    places: new Set(entities.flatMap((e, i) => (e.kind === 'place' ? [i] : []))),
    // A town is a place inside a country that is inside nothing (Derna in Libya; not a quarter of Derna, not Libya).
    referents: buildReferentIndex(
      aliases, (e) => entities[e]?.kind === 'organisation', (e) => isTown(entities, e), (e) => entities[e]?.kind === 'person', (e) => entities[e]?.kind === 'group',
    ),
    symmetricActions: new Set(actions.flatMap((a, i) => (a.symmetric === true ? [i] : []))),
    relatedActions: actions.map((a) => (a.related ?? []).map((id) => actions.findIndex((b) => b.id === id)).filter((i) => i >= 0)),
    takeSenses: { capture: actions.findIndex((a) => a.id === 'capture'), detain: actions.findIndex((a) => a.id === 'detain') },
    retreat: actions.findIndex((a) => a.id === 'retreat'),
    sitesInTown: new Set(entities.flatMap((e, i) => (e.kind === 'place' && e.parents.some((p) => isTown(entities, p)) ? [i] : []))),
    partyCountry: partyCountries(entities, aliases),
  };
}

function isTown(entities: readonly CompiledEntity[], e: number): boolean {
  const en = entities[e];
  if (en?.kind !== 'place' || en.parents.length !== 1) return false;
  return entities[en.parents[0] as number]?.parents.length === 0;
}

export function compilePack(pack: EditorialPack): CompiledPack {
  const entityIndex = new Map(pack.entities.map((e, i) => [e.id, i]));
  const entities: CompiledEntity[] = pack.entities.map((e) => {
    const c: CompiledEntity = { id: e.id, kind: e.kind, name: e.name, parents: [] };
    const since = e.since !== undefined ? isoToRange(e.since) : undefined;
    if (since !== undefined) c.since = since.lo;
    return c;
  });
  pack.entities.forEach((e, i) => {
    const seen = new Set<number>([i]);
    const queue = [...(e.partOf ?? [])];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      const j = entityIndex.get(id);
      if (j === undefined || seen.has(j)) continue;
      seen.add(j);
      (entities[i] as CompiledEntity).parents.push(j);
      queue.push(...(pack.entities[j]?.partOf ?? []));
    }
  });
  const aliases = compileAliases(pack.entities);
  const actions = compileActions(pack.actions);
  const actionIndex = new Map(actions.map((a, i) => [a.id, i]));
  const lex = buildLexicons(entities, aliases, actions);
  const groups = computeIndependenceGroups(pack);
  const outletName = new Map(pack.outlets.map((o) => [o.id, o.name]));
  const sourceIndex = new Map(pack.sources.map((s, i) => [s.id, i]));

  const sources: CompiledSource[] = pack.sources.map((s) => {
    const c: CompiledSource = {
      id: s.id, outlet: s.outlet, outletName: outletName.get(s.outlet) ?? s.outlet, title: s.title,
      published: s.published, file: s.file, group: groups.get(s.outlet) ?? 'g:' + s.outlet, fingerprints: fingerprintText(s.text),
    };
    if (s.url !== undefined) c.url = s.url;
    return c;
  });

  const mapIds = (ids: readonly string[] | undefined, index: Map<string, number>): number[] =>
    (ids ?? []).map((id) => index.get(id)).filter((x): x is number => x !== undefined);
  const compileSlots = (s: Partial<ClaimSlots>): Partial<CompiledSlots> => {
    const out: Partial<CompiledSlots> = {};
    if (s.actors !== undefined) out.actors = mapIds(s.actors, entityIndex);
    if (s.targets !== undefined) out.targets = mapIds(s.targets, entityIndex);
    if (s.places !== undefined) out.places = mapIds(s.places, entityIndex);
    if (s.actions !== undefined) out.actions = mapIds(s.actions, actionIndex);
    if (s.date !== undefined) {
      const r = dateValueToRange(s.date);
      if (r !== undefined) out.date = [r.lo, r.hi];
    }
    if (s.quantities !== undefined) out.quantities = s.quantities;
    if (s.negated !== undefined) out.negated = s.negated;
    return out;
  };

  const claims: CompiledClaim[] = pack.claims.map((claim) => {
    const base = compileSlots(claim.slots);
    const slots: CompiledSlots = {
      actors: base.actors ?? [], targets: base.targets ?? [], places: base.places ?? [], actions: base.actions ?? [],
      quantities: base.quantities ?? [], negated: base.negated ?? false,
    };
    if (base.date !== undefined) slots.date = base.date;
    const evidence: CompiledEvidence[] = [];
    const views: CompiledView[] = [];
    const claimDay = slots.date?.[1];
    const statementFeatures = extractFeatures(claim.statement, 0, lex, claimDay);
    const statementKeys = new Set(statementFeatures.keys);
    if (slots.negated) {
      const denied = [...new Set(statementFeatures.actions.filter((m) => m.negated === true && slots.actions.includes(m.action)).map((m) => m.action))];
      if (denied.length > 0) slots.negatedActions = denied;
    }
    for (const e of [...slots.actors, ...slots.targets, ...slots.places]) for (const x of lex.entityClosure[e] ?? [e]) statementKeys.add('e' + x);
    for (const a of slots.actions) statementKeys.add('a' + a);
    const closure = (ids: readonly number[]): number[] => [...new Set(ids.flatMap((e) => lex.entityClosure[e] ?? [e]))].filter((e) => lex.places?.has(e) !== true);
    for (const k of roleKeys(closure(slots.actors), slots.actions, closure(slots.targets))) statementKeys.add(k);
    for (const q of slots.quantities) {
      const k = quantityKindKey(q);
      if (k !== undefined) statementKeys.add(k);
    }
    views.push({ evidence: -1, keys: [...statementKeys] });
    for (const ev of claim.evidence) {
      const si = sourceIndex.get(ev.source);
      if (si === undefined) continue;
      const src = pack.sources[si];
      const outlet = ev.relayedFrom ?? src?.outlet ?? '';
      const c: CompiledEvidence = { source: si, quote: ev.quote, stance: ev.stance, speaker: ev.speaker, group: groups.get(outlet) ?? 'g:' + outlet };
      if (ev.hedge !== undefined) c.hedge = ev.hedge;
      if (ev.relayedFrom !== undefined) c.relayedFrom = ev.relayedFrom;
      if (ev.slots !== undefined) c.slots = compileSlots(ev.slots);
      if (ev.note !== undefined) c.note = ev.note;
      evidence.push(c);
      const published = parsePublished(src?.published.length === 10 ? src.published : undefined);
      const f = extractFeatures(ev.quote, 0, lex, published);
      const keys = new Set(f.keys);
      for (const q of [...slots.quantities, ...(c.slots?.quantities ?? [])]) {
        const k = quantityKindKey(q);
        if (k !== undefined && f.quantities.length > 0) keys.add(k);
      }
      views.push({ evidence: evidence.length - 1, keys: [...keys] });
    }
    const latest = Math.max(...evidence.map((e) => parsePublished(pack.sources[e.source]?.published.slice(0, 10)) ?? -Infinity));
    if (Number.isFinite(latest)) slots.reportedBy = latest;
    const out: CompiledClaim = { id: claim.id, statement: claim.statement, slots, evidence, views };
    if (claim.conflictNote !== undefined) out.conflictNote = claim.conflictNote;
    return out;
  });

  return {
    format: COMPILED_FORMAT, id: pack.id, name: pack.name, version: pack.version, entities, aliases,
    topicEntities: mapIds(pack.topicEntities, entityIndex), actions, sources, claims,
  };
}
