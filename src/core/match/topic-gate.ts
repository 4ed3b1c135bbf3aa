// Topic gate: is a text about the pack's topic? A cheap scan of capitalised words for a topic entity's spelling.
import { buildAliasTrie, findEntityMentions, type AliasTrie } from '../entities/alias-lexicon.js';
import type { CompiledPack } from '../pack/compile-pack.js';
import { tokenize } from '../text/tokenize.js';
import type { Lexicons } from './sentence-features.js';

export interface TopicGate {
  trie: AliasTrie;
  /** Lower-cased first letters of topic aliases' first tokens, for a quick skip. */
  initials: Set<string>;
}

export function buildTopicGate(pack: CompiledPack, _lex: Lexicons): TopicGate {
  const topic = new Set(pack.topicEntities);
  const aliases = pack.aliases.filter((a) => topic.has(a.entity));
  const initials = new Set<string>();
  for (const a of aliases) {
    const k = a.keys[0] ?? '';
    initials.add(k.charAt(1).toLowerCase());
    initials.add((a.folded[0] ?? '').charAt(0));
  }
  return { trie: buildAliasTrie(aliases), initials };
}

// Capitalised words, acronyms and non-Latin script words, with a little context for multi-word names.
const CANDIDATE = /(?:^|[^\p{L}\p{N}])([\p{Lu}\p{Script=Arabic}][\p{L}\p{M}'\u2019\-]*(?:\s+(?:al\s+|el\s+)?[\p{Lu}][\p{L}\p{M}'\u2019\-]*){0,3})/gu;

/** True when the text names a topic entity; costs one regex pass over the text. */
export function isAboutTopic(gate: TopicGate, text: string): boolean {
  if (gate.trie.size === 0) return false;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const span = m[1] as string;
    const c = span.charAt(0).toLowerCase();
    if (!gate.initials.has(c) && !/\p{Script=Arabic}/u.test(c)) continue;
    if (findEntityMentions(tokenize(span), gate.trie).length > 0) return true;
  }
  return false;
}
