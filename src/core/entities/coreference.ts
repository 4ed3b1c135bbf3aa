// Coreference by recency, cheap: a bare "the council", "the group", "the alliance", "the army" (or "council
// fighters", "a council spokesman") stands for the most recently named organisation that such a noun can
// name. Which organisations a noun can name comes from the alias lexicon itself: an organisation one of whose
// spellings contains the noun ("Shura Council", "Islamic State group", "Libyan army"); nouns for alliances
// also name councils and coalitions. No organisation named earlier in the text: no resolution.
import type { CompiledAlias, EntityMention } from './alias-lexicon.js';
import type { Token } from '../text/tokenize.js';

/** Head noun (singular, as the page writes it after "the") → the alias words that let an organisation be named by it. */
const HEAD_NOUNS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['council', ['council']],
  ['group', ['group']],
  ['alliance', ['alliance', 'coalition', 'council', 'front']],
  ['coalition', ['alliance', 'coalition', 'council', 'front']],
  ['brigade', ['brigade', 'brigades']],
  ['army', ['army']],
  ['military', ['military', 'army']],
  ['agency', ['agency']],
  ['organisation', ['organisation', 'organization']],
  ['organization', ['organisation', 'organization']],
  ['movement', ['movement']],
]);
const PLURALS: ReadonlyMap<string, string> = new Map([
  ['councils', 'council'], ['groups', 'group'], ['brigades', 'brigade'], ['armies', 'army'], ['agencies', 'agency'],
]);

/** Words after an attributive noun that make "council fighters", "group spokesman" a reference to an organisation. */
const ROLE_AFTER = new Set([
  'spokesman', 'spokesperson', 'spokeswoman', 'fighter', 'fighters', 'force', 'forces', 'commander', 'commanders',
  'official', 'officials', 'member', 'members', 'leader', 'leaders', 'statement', 'militant', 'militants', 'troops', 'men',
]);
const DETERMINERS = new Set(['the', 'this', 'that']);
const MEMBER_DETERMINERS = new Set(['the', 'these', 'those']);
/** Referent-index key under which every organisation is listed, for possessive pronouns. */
const POSSESSIVE_KEY = 'its';
/** Referent-index key for armed non-state groups, which a bare "the militants" or "the jihadists" names. */
const ARMED_KEY = 'militants';
/**
 * Plural nouns for the members of an armed group: "the jihadists", "the extremists" after a named group stand
 * for it (news copy avoids repeating a name). Only after a determiner: "Islamist militants" introduces new people.
 */
const MEMBER_NOUNS = new Set(['militants', 'jihadists', 'jihadis', 'extremists', 'insurgents', 'fighters', 'gunmen', 'rebels', 'islamists']);
/** Name words that mark an organisation as an armed non-state group (whose members are "militants", not "troops"). */
const ARMED_NAME_WORDS = new Set(['state', 'isis', 'isil', 'daesh', 'mujahideen', 'mujahedeen', 'mujahidin', 'brigade', 'brigades', 'ansar', 'qaeda', 'qaida', 'front', 'militia', 'jihad', 'shabaab', 'taliban', 'boko', 'haram', 'nusra', 'martyrs']);

/** Head noun → organisation indices that it can name. Built once per lexicon from the compiled aliases. */
export type ReferentIndex = ReadonlyMap<string, readonly number[]>;

export function buildReferentIndex(aliases: readonly CompiledAlias[], isOrganisation: (entity: number) => boolean): ReferentIndex {
  const byWord = new Map<string, Set<number>>();
  for (const a of aliases) {
    if (!isOrganisation(a.entity) || a.folded.length < 2) continue;
    for (const w of a.folded) {
      const s = byWord.get(w) ?? new Set<number>();
      s.add(a.entity);
      byWord.set(w, s);
    }
  }
  const out = new Map<string, number[]>();
  // A possessive "its" ("its fighters") can stand for any organisation.
  const organisations = new Set<number>();
  for (const a of aliases) if (isOrganisation(a.entity)) organisations.add(a.entity);
  if (organisations.size > 0) out.set(POSSESSIVE_KEY, [...organisations]);
  const armed = new Set<number>();
  for (const a of aliases) if (isOrganisation(a.entity) && a.folded.some((w) => ARMED_NAME_WORDS.has(w))) armed.add(a.entity);
  if (armed.size > 0) out.set(ARMED_KEY, [...armed]);
  for (const [noun, words] of HEAD_NOUNS) {
    const set = new Set<number>();
    for (const w of words) for (const e of byWord.get(w) ?? []) set.add(e);
    if (set.size > 0) out.set(noun, [...set]);
  }
  return out;
}

/**
 * Mentions for bare organisation nouns in `tokens`, resolved to the most recent candidate named before them
 * (a possessive before `frontedEnd`, the token after a sentence-opening phrase's comma, to the subject after it):
 * `recent` gives, per entity, the offset of its last mention earlier in the text (previous sentences).
 * Mentions already found in this sentence count as more recent.
 */
export function resolveBareNouns(
  tokens: readonly Token[], mentions: readonly EntityMention[], referents: ReferentIndex, recent: ReadonlyMap<number, number> | undefined,
  frontedEnd = -1, opensWithQuote = false,
): EntityMention[] {
  const out: EntityMention[] = [];
  if (referents.size === 0) return out;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] === 1) continue;
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    // "its fighters", and "Their commanders ..." opening a sentence: the members of the organisation last named
    // (a "their" further on more often points back to people named in the same sentence).
    if ((t.norm === 'its' || (t.norm === 'their' && i === 0)) && next !== undefined && ROLE_AFTER.has(next.norm)) {
      const orgs = referents.get(POSSESSIVE_KEY);
      // "After the killing of its commanders, the council ...": a possessive in a fronted phrase, with no
      // organisation named before it in the sentence, points forward to the subject right after the comma.
      const ahead = orgs === undefined || i >= frontedEnd ? -1 : frontedSubject(orgs, i, mentions, frontedEnd);
      const best = ahead >= 0 ? ahead : orgs === undefined ? -1 : mostRecent(orgs, i, mentions, out, recent);
      if (best >= 0) out.push({ entity: best, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 });
      continue;
    }
    // "drove them out", and "They regrouped ..." opening a sentence: the armed group named last in the text before.
    // An object pronoun never names the subject of its own clause, so groups named earlier in this sentence are left out.
    // (Not in a quote: a speaker's "they" is whoever the speaker has in mind, not the page's last-named group.)
    if (!opensWithQuote && (t.norm === 'them' || (t.norm === 'they' && i === 0))) {
      const armed = referents.get(ARMED_KEY);
      const here = new Set(mentions.filter((m) => m.tokenEnd <= i).map((m) => m.entity));
      const best = armed === undefined ? -1 : mostRecent(armed.filter((e) => !here.has(e)), i, [], [], recent);
      if (best >= 0) out.push({ entity: best, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 });
      continue;
    }
    // "the jihadists", "these militants": the members of the armed group named last (not the source a
    // sentence cites: "according to the council, the militants had fled").
    if (MEMBER_NOUNS.has(t.norm) && i > 0 && MEMBER_DETERMINERS.has((tokens[i - 1] as Token).norm)) {
      const armed = referents.get(ARMED_KEY);
      const cited = mentions.filter((m) => !citesSource(tokens, m.tokenStart));
      const best = armed === undefined ? -1 : mostRecent(armed, i, cited, out, recent);
      if (best >= 0) out.push({ entity: best, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 });
      continue;
    }
    const noun = PLURALS.get(t.norm) ?? t.norm;
    const candidates = referents.get(noun);
    if (candidates === undefined) continue;
    const prev = tokens[i - 1];
    const determined = prev !== undefined && DETERMINERS.has(prev.norm) && covered[i - 1] !== 1;
    const attributive = next !== undefined && ROLE_AFTER.has(next.norm) && (prev === undefined || !prev.isCapital || i - 1 === 0 || DETERMINERS.has(prev.norm) || prev.norm === 'a');
    if (!determined && !attributive) continue;
    // "the Council of Europe", "the Group of Seven": a name of its own, not a reference back.
    if (t.isCapital && i > 0 && next !== undefined && next.norm === 'of' && tokens[i + 2]?.isCapital === true) continue;
    // A plural noun after "the" ("the groups") names several: not one organisation.
    if (PLURALS.has(t.norm) && !attributive) continue;
    const best = mostRecent(candidates, i, mentions, out, recent);
    if (best < 0) continue;
    out.push({ entity: best, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 });
  }
  return out;
}

/**
 * The organisation that opens the main clause after a fronted phrase ending at token `end` (within a determiner
 * or two of it), when no organisation is named before token i; -1 otherwise.
 */
function frontedSubject(candidates: readonly number[], i: number, mentions: readonly EntityMention[], end: number): number {
  if (mentions.some((m) => m.tokenEnd <= i && candidates.includes(m.entity))) return -1;
  const subject = mentions.find((m) => m.tokenStart >= end && m.tokenStart - end <= 2);
  return subject !== undefined && candidates.includes(subject.entity) ? subject.entity : -1;
}

/** Whether the name at token `k` follows "according to" (with or without "the"): the source of a report. */
function citesSource(tokens: readonly Token[], k: number): boolean {
  const back = tokens[k - 1]?.norm === 'the' ? k - 1 : k;
  return tokens[back - 1]?.norm === 'to' && tokens[back - 2]?.norm === 'according';
}

/** The candidate named last before token i (this sentence first, then earlier text); -1 when none was named. */
function mostRecent(
  candidates: readonly number[], i: number, mentions: readonly EntityMention[], resolved: readonly EntityMention[], recent: ReadonlyMap<number, number> | undefined,
): number {
  let best = -1, bestAt = -Infinity;
  for (const e of candidates) {
    let at = recent?.get(e) ?? -Infinity;
    for (const m of mentions) if (m.entity === e && m.tokenEnd <= i) at = Math.max(at, m.start);
    for (const m of resolved) if (m.entity === e) at = Math.max(at, m.start);
    if (at > bestAt) {
      bestAt = at;
      best = e;
    }
  }
  return bestAt === -Infinity ? -1 : best;
}
