// A text's words and names, read once. The rules that look at the whole text (its main town, the later names that
// date it) need every name in it before the first sentence is scored, and the sentence loop needs each sentence's
// words and names: reading the text once and handing each sentence its share saves tokenizing it and scanning it for
// names twice over.
import { tokenize, type Token } from '../text/tokenize.js';
import { findEntityMentions, type AliasTrie, type EntityMention } from './alias-lexicon.js';

/** Tokens and the entity mentions found in them (token indexes into `tokens`). */
export interface TextNames {
  tokens: Token[];
  mentions: EntityMention[];
}

/** Articles that the name scan passes over before a capitalised word (as `findEntityMentions` does). */
const SPLIT_ARTICLES = new Set(['al', 'el']);

export function readTextNames(text: string, aliases: AliasTrie): TextNames {
  const tokens = tokenize(text);
  return { tokens, mentions: findEntityMentions(tokens, aliases) };
}

/**
 * The tokens and names of the text's span [start, end), with token indexes counted from the span's first token:
 * exactly what `tokenize` and `findEntityMentions` give for the span read alone. Undefined where reading it alone
 * could give something else: a word or a name of the whole text runs across the span's edge ("Derna. Shura Council"
 * read as one longer name), or the span ends on an article that the capitalised word after it joins to a name.
 */
export function spanNames(whole: TextNames, start: number, end: number): TextNames | undefined {
  const { tokens, mentions } = whole;
  const first = firstTokenFrom(tokens, start);
  const after = firstTokenFrom(tokens, end);
  if (first > 0 && (tokens[first - 1] as Token).end > start) return undefined;
  if (after > first && (tokens[after - 1] as Token).end > end) return undefined;
  const last = tokens[after - 1];
  if (after > first && last !== undefined && SPLIT_ARTICLES.has(last.norm) && tokens[after]?.isCapital === true) return undefined;
  let m = firstMentionFrom(mentions, first);
  if (m > 0 && (mentions[m - 1] as EntityMention).tokenEnd > first) return undefined;
  const own: EntityMention[] = [];
  for (; m < mentions.length && (mentions[m] as EntityMention).tokenStart < after; m++) {
    const x = mentions[m] as EntityMention;
    if (x.tokenEnd > after) return undefined;
    own.push({ entity: x.entity, start: x.start, end: x.end, tokenStart: x.tokenStart - first, tokenEnd: x.tokenEnd - first });
  }
  return { tokens: tokens.slice(first, after), mentions: own };
}

/** The index of the first item whose key is at least `value` (items sorted by key). */
function firstIndexFrom<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first token that starts at or after `offset` (tokens are in text order). */
const firstTokenFrom = (tokens: readonly Token[], offset: number): number => firstIndexFrom(tokens, (t) => t.start, offset);

/** The index of the first mention that starts at or after token `token` (mentions are in text order). */
const firstMentionFrom = (mentions: readonly EntityMention[], token: number): number => firstIndexFrom(mentions, (m) => m.tokenStart, token);
