// The country an organisation belongs to by its name: the "Libyan National Army" is Libyan, the "Derna Mujahideen Shura
// Council" of a Libyan town. The stance reads it to tell "Egyptian warplanes" from the Libyan air force's own.
import type { CompiledAlias } from './alias-lexicon.js';
import { foldName } from './fold-name.js';

interface EntityInfo {
  kind: string;
  name: string;
  /** Indices of broader entities, transitively. */
  parents: readonly number[];
}

/**
 * Per entity: for an organisation whose name opens with a place's name or its adjective ("Libyan ...", "Derna ..."),
 * the country of that place (the place itself when it lies inside nothing, else its broadest parent); otherwise -1.
 */
export function partyCountries(entities: readonly EntityInfo[], aliases: readonly CompiledAlias[]): Int32Array {
  // One-word names of places, by folded spelling ("libyan" → Libya, "derna" → Derna).
  const placeWords = new Map<string, number>();
  for (const a of aliases) {
    if (a.folded.length === 1 && entities[a.entity]?.kind === 'place') placeWords.set(a.folded[0] as string, a.entity);
  }
  const out = new Int32Array(entities.length).fill(-1);
  entities.forEach((e, i) => {
    if (e.kind !== 'organisation') return;
    const first = e.name.split(' ')[0]?.toLowerCase() ?? '';
    const place = placeWords.get(foldName(first));
    if (place === undefined) return;
    out[i] = countryOf(entities, place);
  });
  return out;
}

function countryOf(entities: readonly EntityInfo[], place: number): number {
  for (const p of entities[place]?.parents ?? []) if ((entities[p]?.parents.length ?? 1) === 0) return p;
  return place;
}
