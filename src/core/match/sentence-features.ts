// What the matcher knows about one sentence: entities, actions, roles, content words, quantities, dates, negation.
import { findEntityMentions, type AliasTrie, type EntityMention } from '../entities/alias-lexicon.js';
import { extractQuantities, type QuantityMention } from '../quantities/extract-quantities.js';
import { parseDates, type DateMention } from '../dates/parse-dates.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { findActionMentions, tokenStems, type ActionMention, type ActionTrie } from './action-lexicon.js';
import { canonicalWord } from './word-synonyms.js';
import { canonicalCounts } from '../quantities/extract-quantities.js';

export interface Lexicons {
  aliases: AliasTrie;
  actions: ActionTrie;
  /** Per entity index: the entity and its broader entities (partOf, transitively). */
  entityClosure: readonly (readonly number[])[];
  /** Every stem that is part of some action phrase. */
  actionStems: ReadonlySet<string>;
  /** Entities that are places: they locate an event, they are not who did it (no who-did-what keys). */
  places?: ReadonlySet<number>;
}

export interface SentenceFeatures {
  tokens: Token[];
  entities: EntityMention[];
  /** Entities named, with their broader entities. */
  entitySet: Set<number>;
  actions: ActionMention[];
  actionSet: Set<number>;
  words: Set<string>;
  quantities: QuantityMention[];
  dates: DateMention[];
  negated: boolean;
  /** Hedged or attributed ("reportedly", "claimed"). */
  hedged: boolean;
  /** Actors and targets around the first action (who did it to whom). */
  actors: Set<number>;
  targets: Set<number>;
  /** The same, per action mention (parallel to `actions`). */
  roles: Array<{ actors: Set<number>; targets: Set<number> }>;
  /** Feature keys for retrieval: e<entity>, a<action>, w:<stem>, n:<number>. */
  keys: string[];
}

/** Words that negate the action right after them ("did not kill", "refused to pledge", "denied seizing"). */
const NEGATION = new Set(['not', 'never', "n't", 'no', 'deny', 'denied', 'denies', 'denying', 'neither', 'nor', 'refuse', 'refused', 'refuses', 'refusing', 'declined', 'failed', 'fail']);
const HEDGES = /\b(reportedly|allegedly|claim(?:s|ed)?|said to|believed|apparently|purportedly|according to|rumou?red|unconfirmed|could not be (?:independently )?verified|reputedly)\b/i;
const CALENDAR = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const BE_FORMS = new Set(['be', 'get', 'have']);

export function extractFeatures(text: string, offset: number, lex: Lexicons, published: number | undefined): SentenceFeatures {
  const tokens = tokenize(text, offset);
  const stems = tokenStems(tokens);
  const entities = findEntityMentions(tokens, lex.aliases);
  const actions = findActionMentions(stems, lex.actions);
  const entitySet = new Set<number>();
  for (const m of entities) for (const e of lex.entityClosure[m.entity] ?? [m.entity]) entitySet.add(e);
  const actionSet = new Set(actions.map((a) => a.action));
  const inEntity = new Uint8Array(tokens.length);
  for (const m of entities) for (let i = m.tokenStart; i < m.tokenEnd; i++) inEntity[i] = 1;
  // Action words are counted as actions, not again as words.
  for (const a of actions) for (let i = a.token; i < a.tokenEnd; i++) if (stems[i] !== undefined && lex.actionStems.has(stems[i] as string)) inEntity[i] = 1;
  const quantities = extractQuantities(tokens, text, offset);
  // Number words ("five", "a dozen") are read as quantities, not as content words.
  for (const q of quantities) for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).start >= q.start && (tokens[i] as Token).end <= q.end) inEntity[i] = 1;
  const words = new Set<string>();
  tokens.forEach((t, i) => {
    const s = stems[i] as string;
    if (inEntity[i] === 1 || t.isNumber || s.length < 3 || STOPWORDS.has(t.norm) || STOPWORDS.has(s) || CALENDAR.test(t.norm)) return;
    if (!/^[\p{L}]/u.test(s)) return;
    words.add(canonicalWord(s));
  });
  const dates = parseDates(text, published).map((d) => ({ ...d, start: d.start + offset, end: d.end + offset }));
  const negated = isNegated(tokens, stems, actions);
  markIntended(tokens, actions);
  const roles = actions.map((a) => readRoles(tokens, stems, entities, a, lex));
  const actors = roles[0]?.actors ?? new Set<number>();
  const targets = roles[0]?.targets ?? new Set<number>();
  const keys: string[] = [];
  for (const e of entitySet) keys.push('e' + e);
  for (const a of actionSet) keys.push('a' + a);
  for (const w of words) keys.push('w:' + w);
  roles.forEach((r, i) => {
    const a = (actions[i] as ActionMention).action;
    const party = (e: number): boolean => lex.places?.has(e) !== true;
    const actors = [...r.actors].filter(party), targets = [...r.targets].filter(party);
    for (const k of roleKeys(actors, [a], targets)) keys.push(k);

  });
  for (const q of quantities) {
    if (q.value !== undefined) keys.push('n:' + q.value);
    if (q.min !== undefined) keys.push('n:' + q.min);
    if (q.max !== undefined) keys.push('n:' + q.max);
    // What the number counts, whatever its value: a sentence giving another figure for the same
    // count ("killed five commanders" against "killed two") still speaks to the claim.
    const kind = quantityKindKey(q);
    if (kind !== undefined) keys.push(kind);
  }
  return {
    tokens, entities, entitySet, actions, actionSet, words, quantities, dates, negated,
    hedged: HEDGES.test(text), actors, targets, roles, keys: [...new Set(keys)],
  };
}

/**
 * Who-did-what keys: "nr:<actor>><action>" and "nr:<action>><target>". They start with "n" so the
 * index weighs them as structured slot matches (like numbers), not as loose words: the same two
 * groups and the same deed in the same direction is strong evidence, the reverse direction is not.
 */
export function roleKeys(actors: Iterable<number>, actions: readonly number[], targets: Iterable<number>): string[] {
  const out: string[] = [];
  for (const a of actions) {
    for (const x of actors) out.push(`nr:${x}>${a}`);
    for (const t of targets) out.push(`nr:${a}>${t}`);
  }
  return out;
}

/** Feature key for what a quantity counts ("n:killed", "n:share"); undefined for bare counts and durations. */
export function quantityKindKey(q: { counts: string }): string | undefined {
  const c = canonicalCounts(q.counts);
  if (c === '' || c === 'count' || c === 'duration' || /^\d/.test(c)) return undefined;
  return 'n:' + c;
}

/** Marks each action preceded closely by a negation word ("did not kill", "denied seizing"); true if any is. */
function isNegated(tokens: readonly Token[], stems: readonly string[], actions: ActionMention[]): boolean {
  let any = false;
  for (const a of actions) {
    a.negated = false;
    for (let k = Math.max(0, a.token - 3); k < a.token; k++) {
      const t = tokens[k] as Token;
      // "no" negates only the word right after it ("no presence"), not "no Daesh presence left".
      if (t.norm === 'no' && k !== a.token - 1) continue;
      if (NEGATION.has(t.norm) || t.norm.endsWith("n't") || NEGATION.has(stems[k] as string)) a.negated = true;
    }
    any ||= a.negated;
  }
  return any;
}

/** An action in the infinitive after "to" ("joined forces to push them out") is an aim, not a reported deed. */
function markIntended(tokens: readonly Token[], actions: ActionMention[]): void {
  for (const a of actions) {
    const prev = tokens[a.token - 1];
    a.intended = prev !== undefined && prev.norm === 'to' && tokens[a.token - 2]?.isNumber !== true;
  }
}

/** Whether the page negates the given actions: undefined when it does not mention them. */
export function negatesActions(f: SentenceFeatures, actions: readonly number[]): boolean | undefined {
  const ms = f.actions.filter((m) => actions.includes(m.action));
  if (ms.length === 0) return undefined;
  return ms.some((m) => m.negated === true);
}

/** Roles for the mentions of some actions (all mentions when none of them is mentioned). */
export function rolesFor(f: SentenceFeatures, actions: readonly number[]): { actors: Set<number>; targets: Set<number> } {
  const actors = new Set<number>(), targets = new Set<number>();
  let any = false;
  f.actions.forEach((m, i) => {
    if (!actions.includes(m.action)) return;
    any = true;
    const r = f.roles[i];
    if (r === undefined) return;
    for (const a of r.actors) actors.add(a);
    for (const t of r.targets) targets.add(t);
  });
  return any ? { actors, targets } : { actors: f.actors, targets: f.targets };
}

const DESCRIPTOR_BEFORE = /^(loyal|link|linked|tie|tied|close|allied|affiliat|aligned|align|belong|backed|back|loyalty)$/;
const DESCRIPTOR_AFTER = /^(link|linked|align|aligned|affiliat|affiliated|allied|inspired|backed|style|leaning)$/;

/** An entity named only to describe another ("loyal to al Qaeda", "al Qaeda-linked"). */
function isDescriptor(tokens: readonly Token[], stems: readonly string[], m: EntityMention): boolean {
  const p1 = stems[m.tokenStart - 1] ?? '';
  const p2 = stems[m.tokenStart - 2] ?? '';
  if ((p1 === 'to' || p1 === 'with') && DESCRIPTOR_BEFORE.test(p2)) return true;
  const next = tokens[m.tokenEnd];
  const last = tokens[m.tokenEnd - 1];
  if (next !== undefined && last !== undefined && next.start === last.end + 1 && DESCRIPTOR_AFTER.test(stems[m.tokenEnd] ?? '')) return true;
  return false;
}

/** Past participles that are never simple past tense, so passive even without "was" or "were". */
const PARTICIPLE_ONLY = /^(driven|taken|beaten|slain|thrown|given|hidden|known|overrun|withdrawn|shown|seen|written|broken|chosen|fallen|stolen|shaken|ridden|eaten|done|gone|begun|sworn|torn|blown|drawn|flown|grown|forsaken|forgotten|bitten)$/;

const ADVERBS = new Set(['also', 'later', 'then', 'reportedly', 'allegedly', 'subsequently', 'all', 'both', 'eventually', 'finally', 'since', 'just']);

/**
 * Who did it to whom, around one action: in the active voice the entities before the verb are
 * actors and those after it targets; in the passive ("were killed by IS") the reverse, with "by" marking the actor.
 */
function readRoles(
  tokens: readonly Token[], stems: readonly string[], entities: readonly EntityMention[], first: ActionMention, lex: Lexicons,
): { actors: Set<number>; targets: Set<number> } {
  const actors = new Set<number>();
  const targets = new Set<number>();
  if (entities.length === 0) return { actors, targets };
  const verb = first.token;
  const prev1 = stems[verb - 1] ?? '';
  const prev2 = stems[verb - 2] ?? '';
  const surface = (tokens[verb] as Token).norm;
  const adverb = prev1.endsWith('ly') || ADVERBS.has(prev1);
  const byIndex = stems.findIndex((s, i) => i >= first.tokenEnd && s === 'by');
  const withAuxiliary = (BE_FORMS.has(prev1) || BE_FORMS.has(prev2) && adverb || prev1 === 'been') && /(ed|en|wn|lost|held|left|slain|shot|taken|driven|fled)$/.test(surface);
  // Headlines drop the auxiliary: "Islamic State driven out of Derna", "Commanders killed by IS".
  const headlinePassive = PARTICIPLE_ONLY.test(surface) || (/ed$/.test(surface) && byIndex >= 0 && byIndex - first.tokenEnd <= 2);
  const passive = withAuxiliary || headlinePassive;
  const add = (set: Set<number>, e: number): void => {
    for (const x of lex.entityClosure[e] ?? [e]) set.add(x);
  };
  for (const m of entities) {
    // "militants loyal to al Qaeda", "al Qaeda-linked rivals": a description of the actor, not the actor.
    if (isDescriptor(tokens, stems, m)) continue;
    if (m.tokenStart > verb && m.tokenEnd <= first.tokenEnd) {
      // Inside a split phrase: "drove IS out", "pushed the militants back".
      add(passive ? actors : targets, m.entity);
      continue;
    }
    if (m.tokenEnd <= verb) {
      // Nearest entities before the verb; skip those far back, in another clause.
      if (verb - m.tokenEnd > 12) continue;
      add(passive ? targets : actors, m.entity);
    } else if (m.tokenStart >= first.tokenEnd) {
      if (passive) {
        if (byIndex >= 0 && m.tokenStart > byIndex && m.tokenStart - byIndex <= 3) add(actors, m.entity);
      } else if (m.tokenStart - first.tokenEnd <= 6) {
        // "air strikes by the Libyan air force", "an attack from IS": the agent of a nominal deed.
        const p1 = stems[m.tokenStart - 1] === 'the' ? stems[m.tokenStart - 2] : stems[m.tokenStart - 1];
        add((p1 === 'by' || p1 === 'from') && lex.places?.has(m.entity) !== true ? actors : targets, m.entity);
      }
    }
  }
  return { actors, targets };
}
