// Topic gate: is a text about the pack's topic? A cheap scan of capitalised words for a topic entity's spelling.
import { buildAliasTrie, findEntityMentions, type AliasTrie } from '../entities/alias-lexicon.js';
import type { CompiledPack } from '../pack/compile-pack.js';
import { tokenize } from '../text/tokenize.js';
import { foldName } from '../entities/fold-name.js';
import type { Lexicons } from './sentence-features.js';

export interface TopicGate {
  trie: AliasTrie;
  /** Lower-cased first letters of topic aliases' first tokens, for a quick skip. */
  initials: Set<string>;
  /**
   * Folded spellings of the topic aliases. The gate accepts only these: the matcher's looser consonant
   * skeleton (Derna ~ "drn") would open the gate for "Darn it", "Doreen" or "Duran Duran".
   */
  spellings: Set<string>;
}

const SPLIT_ARTICLES = new Set(['al', 'el']);

export function buildTopicGate(pack: CompiledPack, _lex: Lexicons): TopicGate {
  const topic = new Set(pack.topicEntities);
  const aliases = pack.aliases.filter((a) => topic.has(a.entity));
  const initials = new Set<string>();
  const spellings = new Set(aliases.map((a) => a.folded.join(' ')));
  for (const a of aliases) {
    const k = a.keys[0] ?? '';
    initials.add(k.charAt(1).toLowerCase());
    initials.add((a.folded[0] ?? '').charAt(0));
  }
  return { trie: buildAliasTrie(aliases), initials, spellings };
}

// Capitalised words, acronyms and non-Latin script words, with a little context for multi-word names.
const CANDIDATE = /(?:^|[^\p{L}\p{N}])([\p{Lu}\p{Script=Arabic}][\p{L}\p{M}'\u2019\-]*(?:\s+(?:al\s+|el\s+)?[\p{Lu}][\p{L}\p{M}'\u2019\-]*){0,3})/gu;

/** True when the text names a topic entity; costs one regex pass over the text. */
export function isAboutTopic(gate: TopicGate, text: string): boolean {
  if (gate.trie.size === 0) return false;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const span = m[1] as string;
    // Any word of the span may start a topic name ("The Derna Shura Council"), not only the first.
    if (!span.split(/\s+/).some((w) => gate.initials.has(w.charAt(0).toLowerCase()) || /\p{Script=Arabic}/u.test(w.charAt(0)))) continue;
    const tokens = tokenize(span);
    for (const m of findEntityMentions(tokens, gate.trie)) {
      const folded = tokens.slice(m.tokenStart, m.tokenEnd).filter((t) => !SPLIT_ARTICLES.has(t.norm)).map((t) => foldName(t.norm));
      if (gate.spellings.has(folded.join(' '))) return true;
    }
  }
  return false;
}
