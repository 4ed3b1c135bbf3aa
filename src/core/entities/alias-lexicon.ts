// The alias lexicon: every entity spelling compiled to token keys, and the scan that finds entity mentions in tokens.
import type { Entity } from '../pack/pack-types.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { foldName, nameSkeleton } from './fold-name.js';
import { WordMemo } from '../text/word-memo.js';

/** One alias as a sequence of token keys. Serialisable. */
export interface CompiledAlias {
  /** Per token: "=SURFACE" for case-sensitive acronyms, "~skeleton" for names. */
  keys: string[];
  /** Per token: folded spelling, required when the page word is not capitalised. */
  folded: string[];
  /** Index into the compiled entity list. */
  entity: number;
}

export interface EntityMention {
  entity: number;
  start: number;
  end: number;
  /** Token index range [first, last+1). */
  tokenStart: number;
  tokenEnd: number;
}

/** Articles written as separate words inside names ("Abu Bakr al Baghdadi"). */
const SPLIT_ARTICLES = new Set(['al', 'el']);

export function compileAliases(entities: readonly Entity[]): CompiledAlias[] {
  const out: CompiledAlias[] = [];
  const seen = new Set<string>();
  entities.forEach((entity, index) => {
    for (const alias of [entity.name, ...entity.aliases]) {
      const acronymAlias = /^\p{Lu}{2,5}$/u.test(alias.trim());
      const tokens = nameTokens(tokenize(alias));
      if (tokens.length === 0) continue;
      const keys = tokens.map((t) => (acronymAlias ? '=' + t.surface : tokenKey(t)));
      const folded = tokens.map((t) => foldName(t.norm));
      // Spellings are kept apart even when they share a skeleton: the topic gate accepts exact spellings only.
      const sig = keys.join(' ') + '|' + folded.join(' ') + '|' + index;
      if (seen.has(sig)) continue;
      seen.add(sig);
      out.push({ keys, folded, entity: index });
      // An acronym said as a word is often printed in title case ("Isis", "Isil", "Nato"): four letters or more
      // (a two- or three-letter one, "IS", would read common words) match as a name too.
      if (acronymAlias && alias.trim().length >= 4) {
        const title = tokenize(alias.trim().charAt(0) + alias.trim().slice(1).toLowerCase());
        const titleKeys = title.map(tokenKey);
        const titleSig = titleKeys.join(' ') + '|' + folded.join(' ') + '|' + index;
        if (!seen.has(titleSig)) {
          seen.add(titleSig);
          out.push({ keys: titleKeys, folded, entity: index });
        }
      }
    }
  });
  return out;
}

/** Tokens that can be part of a name: drops split articles that precede another word. */
function nameTokens(tokens: Token[]): Token[] {
  return tokens.filter((t, i) => !(SPLIT_ARTICLES.has(t.norm) && i + 1 < tokens.length));
}

/** Trie key of a page word, memoised by its normal form (one lookup per token instead of fold + skeleton + concat). */
const tokenKeys = new WordMemo<string>();
function tokenKey(t: Token): string {
  return (t.form.nameKey ??= tokenKeys.get(t.norm) ?? tokenKeys.set(t.norm, '~' + nameSkeleton(foldedName(t))));
}

/** foldName(t.norm), kept on the token's word form. */
function foldedName(t: Token): string {
  return (t.form.folded ??= foldName(t.norm));
}

/** Map from first key to aliases, longest first: built once per index. */
export type AliasTrie = Map<string, CompiledAlias[]>;

export function buildAliasTrie(aliases: readonly CompiledAlias[]): AliasTrie {
  const trie: AliasTrie = new Map();
  for (const a of aliases) {
    const first = a.keys[0];
    if (first === undefined) continue;
    const list = trie.get(first) ?? [];
    list.push(a);
    trie.set(first, list);
  }
  for (const list of trie.values()) list.sort((x, y) => y.keys.length - x.keys.length);
  return trie;
}

function acronymKey(t: Token): string | undefined {
  return t.isAcronym ? '=' + t.surface.replace(/['\u2019]s$/, '') : undefined;
}

function tokenMatches(t: Token, key: string, folded: string): boolean {
  if (key.startsWith('=')) return acronymKey(t) === key;
  if (t.isNumber) return false;
  if (foldedName(t) === folded) return true;
  // Skeleton equality only for capitalised words with a distinctive skeleton.
  return t.isCapital && key.length >= 4 && tokenKey(t) === key;
}

/** Aliases sharing a first key, indexed by what their second token can match (built for long lists only). */
interface SecondTokenIndex {
  /** Positions in the list of one-token aliases. */
  single: number[];
  /** "k" + second key, "f" + second folded spelling → positions in the list. */
  byKey: Map<string, number[]>;
}

/** Lists shorter than this are scanned whole. */
const NARROW_FROM = 8;
const secondIndexes = new WeakMap<readonly CompiledAlias[], SecondTokenIndex>();

function secondTokenIndex(list: readonly CompiledAlias[]): SecondTokenIndex {
  let ix = secondIndexes.get(list);
  if (ix !== undefined) return ix;
  ix = { single: [], byKey: new Map() };
  const add = (k: string, i: number): void => {
    const at = (ix as SecondTokenIndex).byKey.get(k);
    if (at === undefined) (ix as SecondTokenIndex).byKey.set(k, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  list.forEach((a, i) => {
    const key = a.keys[1];
    if (key === undefined) (ix as SecondTokenIndex).single.push(i);
    else {
      add('k' + key, i);
      if (!key.startsWith('=')) add('f' + (a.folded[1] as string), i);
    }
  });
  secondIndexes.set(list, ix);
  return ix;
}

/**
 * The aliases of a long list that could match given the token after the first (a superset of those
 * tokenMatches would accept for it), in list order: a pack of many "Brigade X" names then tries a few, not all.
 */
function narrowBySecondToken(list: readonly CompiledAlias[], next: Token | undefined): readonly CompiledAlias[] {
  if (list.length < NARROW_FROM) return list;
  const ix = secondTokenIndex(list);
  const positions: number[] = ix.single.slice();
  if (next !== undefined) {
    const ak = acronymKey(next);
    if (ak !== undefined) appendAll(positions, ix.byKey.get('k' + ak));
    if (!next.isNumber) {
      appendAll(positions, ix.byKey.get('k' + tokenKey(next)));
      appendAll(positions, ix.byKey.get('f' + foldedName(next)));
    }
  }
  sortSmall(positions);
  const out: CompiledAlias[] = [];
  for (let i = 0; i < positions.length; i++) if (i === 0 || positions[i] !== positions[i - 1]) out.push(list[positions[i] as number] as CompiledAlias);
  return out;
}

function appendAll(to: number[], from: readonly number[] | undefined): void {
  if (from !== undefined) for (let i = 0; i < from.length; i++) to.push(from[i] as number);
}

/**
 * Sorts a short array of numbers ascending in place, by insertion: these position lists hold a handful of entries
 * and are sorted for nearly every name in a text, where a sort with a comparator callback costs more than the sorting.
 */
function sortSmall(xs: number[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as number;
    let j = i - 1;
    while (j >= 0 && (xs[j] as number) > x) {
      xs[j + 1] = xs[j] as number;
      j--;
    }
    xs[j + 1] = x;
  }
}

/** Finds entity mentions, longest alias first, non-overlapping, left to right. */
export function findEntityMentions(tokens: readonly Token[], trie: AliasTrie): EntityMention[] {
  const out: EntityMention[] = [];
  // Token positions with split articles removed, so "al Baghdadi" matches "Baghdadi".
  const idx: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next !== undefined && next.isCapital && SPLIT_ARTICLES.has((tokens[i] as Token).norm)) continue;
    idx.push(i);
  }
  for (let p = 0; p < idx.length; ) {
    const best = longestAliasAt(tokens, idx, p, trie);
    if (best === undefined) {
      p++;
      continue;
    }
    out.push(mentionOf(tokens, idx, p, best));
    let end = p + best.span;
    // "General Haftar's army": the person's name ends where the army's name ("Haftar's army") begins. The longer
    // reading from its first word hid the second name, whose words go on past the first: both are named.
    if (best.span > 1) {
      const q = end - 1;
      const overlapping = longestAliasAt(tokens, idx, q, trie);
      if (overlapping !== undefined && overlapping.span > 1 && overlapping.alias.entity !== best.alias.entity) {
        out.push(mentionOf(tokens, idx, q, overlapping));
        end = q + overlapping.span;
      }
    }
    p = end;
  }
  return out;
}

/** The longest alias whose words start at position p of `idx` (token positions without split articles). */
function longestAliasAt(tokens: readonly Token[], idx: readonly number[], p: number, trie: AliasTrie): AliasAt | undefined {
  const tok = tokens[idx[p] as number] as Token;
  const ak = acronymKey(tok);
  const byAcronym = ak !== undefined ? trie.get(ak) : undefined;
  const byName = !tok.isNumber ? trie.get(tokenKey(tok)) : undefined;
  if (byAcronym === undefined && byName === undefined) return undefined;
  const next = p + 1 < idx.length ? (tokens[idx[p + 1] as number] as Token) : undefined;
  const acronymAliases = byAcronym === undefined ? undefined : narrowBySecondToken(byAcronym, next);
  const nameAliases = byName === undefined ? undefined : narrowBySecondToken(byName, next);
  const candidates: readonly CompiledAlias[] = nameAliases === undefined ? (acronymAliases as CompiledAlias[]) : acronymAliases === undefined ? nameAliases : [...acronymAliases, ...nameAliases];
  let best: AliasAt | undefined;
  for (const alias of candidates) {
    if (best !== undefined && alias.keys.length <= best.alias.keys.length) continue;
    if (p + alias.keys.length > idx.length) continue;
    let at = p;
    let ok = true;
    for (let k = 0; k < alias.keys.length && ok; k++) {
      // "forces of General Khalifa Haftar" is "forces of Khalifa Haftar": a rank before a person's name, inside a
      // longer name that does not spell it, is passed over.
      if (k > 0) at += titleLength(tokens, idx, at, alias.folded[k] as string);
      const t = at < idx.length ? tokens[idx[at] as number] : undefined;
      ok = t !== undefined && tokenMatches(t, alias.keys[k] as string, alias.folded[k] as string);
      at++;
    }
    if (ok) best = { alias, span: at - p };
  }
  return best;
}

/** An alias found at a position, and how many positions of the page it spans (a passed-over rank included). */
interface AliasAt {
  alias: CompiledAlias;
  span: number;
}

/** Ranks and honorifics written before a person's name ("General", "Gen.", "Field Marshal", "Sheikh"). */
const TITLES = new Set(['general', 'gen', 'marshal', 'colonel', 'col', 'brigadier', 'sheikh', 'shaykh', 'sheik', 'dr']);

/** How many capitalised title words start at position `at` (0 if none), when the alias's own word there is none of them. */
function titleLength(tokens: readonly Token[], idx: readonly number[], at: number, expected: string): number {
  // (Most words there are no capitalised title: that test, first, spares the lookup of the alias's own word.)
  const first = at < idx.length ? tokens[idx[at] as number] : undefined;
  if (first === undefined || !first.isCapital || (first.norm !== 'field' && !TITLES.has(first.norm))) return 0;
  if (TITLES.has(expected) || expected === 'field') return 0;
  let n = 0;
  for (;;) {
    const t = at + n < idx.length ? tokens[idx[at + n] as number] : undefined;
    if (t === undefined || !t.isCapital) return n;
    // "Field Marshal": the first word is a title only before the second.
    if (t.norm === 'field' && tokens[idx[at + n + 1] as number]?.norm === 'marshal') n += 2;
    else if (TITLES.has(t.norm)) n++;
    else return n;
  }
}

function mentionOf(tokens: readonly Token[], idx: readonly number[], p: number, found: AliasAt): EntityMention {
  const first = tokens[idx[p] as number] as Token;
  const lastIdx = idx[p + found.span - 1] as number;
  return { entity: found.alias.entity, start: first.start, end: (tokens[lastIdx] as Token).end, tokenStart: idx[p] as number, tokenEnd: lastIdx + 1 };
}
