// Scene continuity: news copy names a building or quarter once ("shelling hit the city's prison, and prisoners
// escaped") and tells the next step of the same deed without naming it again ("Most were caught within hours").
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
