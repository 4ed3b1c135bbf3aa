// Action concepts compiled to stemmed word sequences, and the scan that finds them in a sentence's tokens.
import type { ActionConcept } from '../pack/pack-types.js';
import type { Token } from '../text/tokenize.js';
import { tokenize } from '../text/tokenize.js';
import { stemWord } from '../text/stem-word.js';

export interface CompiledAction {
  id: string;
  /** Each phrase as stems; later words may follow within a small gap ("drove IS out"). */
  phrases: string[][];
  opposite: string[];
  symmetric?: boolean;
  related?: string[];
}

export interface ActionMention {
  action: number;
  /** Token index of the phrase's first word. */
  token: number;
  /** Token index after the phrase's last word. */
  tokenEnd: number;
  /** Set by feature extraction: a negation word governs this mention. */
  negated?: boolean;
  /** Denied through its object ("answers to no one", "answers to neither government"): a denial of a class, not of a named party. */
  deniedOfObject?: boolean;
  /** Set by feature extraction: an aim, not a deed ("united to expel", "vowed to drive out"). */
  intended?: boolean;
  /** Set by feature extraction: said as a possibility or a condition ("would lose", "if IS loses"); also `intended`. */
  hypothetical?: boolean;
  /** Set by feature extraction: the action only describes an actor ("loyal to al Qaeda", "al Qaeda-linked"). */
  descriptive?: boolean;
  /** Set by feature extraction: a verb of proclaiming that only introduces what was said ("announcing that ..."). */
  speech?: boolean;
  /** For a descriptive action: the entity it ties the described party to ("al Qaeda" in "loyal to al Qaeda"). */
  describes?: number;
  /** Set by feature extraction: the action is in a subordinate clause (", which ...", "after ...", "since ..."). */
  subordinate?: boolean;
  /** Set by feature extraction on page sentences: the word's other meaning, which its object rules out ("seized" of a town is no detention). */
  otherSense?: boolean;
  /** Set by feature extraction: a symmetric deed ("clashed with"), whose actors and targets can be swapped. */
  symmetric?: boolean;
  /** Set by feature extraction: the party a modifier credits with an attack named as a noun ("an Egyptian air raid"). */
  owner?: number;
}

/**
 * A new mention with every flag the passes of feature extraction may set present (undefined) from the start. Set one
 * by one in whatever order the passes reach them, the flags gave each sentence's mentions their own object shapes,
 * and every later reader of `m.intended` or `m.descriptive` (roles, scoring, stance) slowed to a lookup by name.
 */
export function actionMention(action: number, token: number, tokenEnd: number): ActionMention {
  return {
    action, token, tokenEnd,
    negated: undefined, deniedOfObject: undefined, intended: undefined, hypothetical: undefined, descriptive: undefined,
    speech: undefined, describes: undefined, subordinate: undefined, otherSense: undefined, symmetric: undefined, owner: undefined,
  };
}

export function compileActions(actions: readonly ActionConcept[]): CompiledAction[] {
  return actions.map((a) => ({
    id: a.id,
    phrases: dedupe(a.words.map((w) => tokenize(w).map((t) => stemWord(t.norm))).filter((p) => p.length > 0)),
    opposite: a.opposite ?? [],
    ...(a.symmetric === true ? { symmetric: true } : {}),
    ...(a.related !== undefined && a.related.length > 0 ? { related: a.related } : {}),
  }));
}

function dedupe(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const k = p.join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** first stem → [action index, phrase] pairs. */
export type ActionTrie = Map<string, Array<[number, string[]]>>;

export function buildActionTrie(actions: readonly CompiledAction[]): ActionTrie {
  const trie: ActionTrie = new Map();
  actions.forEach((a, i) => {
    for (const p of a.phrases) {
      const first = p[0] as string;
      const list = trie.get(first) ?? [];
      list.push([i, p]);
      trie.set(first, list);
    }
  });
  return trie;
}

const MAX_GAP = 3;
/**
 * Auxiliaries open a verb phrase of their own: the words of a phrase with a gap ("drove them out") never span one,
 * so "forces have blockaded Derna from the west" is no "force ... from".
 */
const AUXILIARY_STEMS = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does'].map((w) => stemWord(w)));

/** Finds action mentions; `stems` are the sentence tokens' stems, `tokens` the tokens themselves (for their case). */
export function findActionMentions(stems: readonly string[], trie: ActionTrie, tokens?: readonly Token[]): ActionMention[] {
  const out: ActionMention[] = [];
  for (let i = 0; i < stems.length; i++) {
    const list = trie.get(stems[i] as string);
    if (list === undefined) continue;
    // Mentions starting at this token: one per action (mentions starting earlier are all before `first`).
    const first = out.length;
    for (const [action, phrase] of list) {
      let at = i;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) {
        let found = -1;
        for (let j = at + 1; j <= Math.min(stems.length - 1, at + 1 + MAX_GAP); j++) {
          if (stems[j] === phrase[k]) { found = j; break; }
          // ("IS" in "pushed IS out of Derna" is a name's initials, standing in the gap as any name does, not the verb.)
          if (AUXILIARY_STEMS.has(stems[j] as string) && tokens?.[j]?.isAcronym !== true) break;
        }
        if (found < 0) ok = false;
        else at = found;
      }
      if (!ok || hasAction(out, first, action)) continue;
      out.push(actionMention(action, i, at + 1));
    }
  }
  return withoutNested(out);
}

/**
 * Mentions that lie inside the gap of another action's phrase: in "turned their guns on the group" the guns are part
 * of the idiom for fighting, not a report of arming. (Mentions come ordered by their first word.)
 */
function withoutNested(mentions: ActionMention[]): ActionMention[] {
  if (!mentions.some((m) => m.tokenEnd - m.token > 2)) return mentions;
  return mentions.filter((m) => !mentions.some((o) => o.action !== m.action && o.token < m.token && m.tokenEnd < o.tokenEnd));
}

function hasAction(mentions: readonly ActionMention[], from: number, action: number): boolean {
  for (let k = from; k < mentions.length; k++) if ((mentions[k] as ActionMention).action === action) return true;
  return false;
}

export function tokenStems(tokens: readonly Token[]): string[] {
  return tokens.map((t) => (t.form.stem ??= stemWord(t.norm)));
}
