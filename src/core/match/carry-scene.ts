// Continuity between sentences: news copy names a building or quarter once ("shelling hit the city's prison, and
// prisoners escaped") and tells the next step of the same deed without naming it again ("Most were caught within
// hours"); and it names a party once as the subject, then goes on about it as "they", "many" or "the group".
import type { Lexicons, SentenceFeatures } from './sentence-features.js';

/**
 * Gives `f` the places inside a town that the sentence before named, when `f` names no party or place and tells
 * again one of that sentence's deeds (the same action concept, not only in a description). A town or a country
 * is left alone: it sets the scene of a whole article, not of one event.
 */
export function carryScene(previous: SentenceFeatures | undefined, f: SentenceFeatures, lex: Lexicons): void {
  if (previous === undefined || lex.places === undefined) return;
  const places = lex.places;
  // A sentence that names a party or a place has a scene of its own; one that names none is read through the one before.
  if (f.entities.length > 0) return;
  const before = new Set(previous.actions.filter((m) => m.descriptive !== true).map((m) => m.action));
  if (!f.actions.some((m) => m.descriptive !== true && m.intended !== true && before.has(m.action))) return;
  for (const m of previous.entities) {
    const closure = lex.entityClosure[m.entity] ?? [m.entity];
    // Inside a town inside a country: the place itself, its town, the country.
    if (!places.has(m.entity) || closure.length < 3) continue;
    for (const x of closure) {
      if (f.entitySet.has(x)) continue;
      f.entitySet.add(x);
      f.keys.push('e' + x);
    }
  }
}

/** Tokens from the start of a sentence within which a party named with no deed before it is still its subject. */
const SUBJECT_REACH = 3;

/** Whether an entity is a party, not a place (a module function: a closure per sentence costs a rename under tsx). */
function isPartyOf(lex: Lexicons, e: number): boolean {
  return lex.places?.has(e) !== true;
}

/**
 * The parties `previous` was about, which a pronoun or quantifier opening the next sentence stands for: those named
 * before its first main deed as one of its parties (its subject, active or passive: "IS fighters attacked ...",
 * "IS was driven out ..."); with no such deed, a party the sentence opens with. Places are no subject of this kind,
 * and a deed in a description or a subordinate clause is not the one the sentence tells.
 */
export function carriedParties(previous: SentenceFeatures | undefined, lex: Lexicons): number[] {
  if (previous === undefined) return [];
  const main = previous.actions.findIndex((a) => a.descriptive !== true && a.subordinate !== true);
  const deed = previous.actions[main];
  const roles = previous.roles[main];
  const out: number[] = [];
  if (deed !== undefined && roles !== undefined) {
    for (const m of previous.entities) {
      if (m.tokenEnd > deed.token || !isPartyOf(lex, m.entity) || out.includes(m.entity)) continue;
      if (roles.actors.has(m.entity) || roles.targets.has(m.entity)) out.push(m.entity);
    }
    if (out.length > 0) return out;
  }
  const opener = previous.entities.find((m) => isPartyOf(lex, m.entity));
  return opener !== undefined && opener.tokenStart < SUBJECT_REACH ? [opener.entity] : [];
}
