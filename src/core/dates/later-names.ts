// Names that date a text: a body formed, or an event begun, after the pack's time ("the Derna Protection Force",
// formed in 2018) is named only by a text written since, whatever dates the text gives.
import type { CompiledEntity } from '../pack/compile-pack.js';
import type { EntityMention } from '../entities/alias-lexicon.js';

/**
 * The latest `since` day among the entities a text names (`mentions`, its names) whose `since` falls after `after` (a day number), or
 * undefined when it names none. Entities that began within the pack's time say nothing the pack's own dates do not.
 */
export function laterNamesDay(mentions: readonly EntityMention[], entities: readonly CompiledEntity[], after: number): number | undefined {
  // Most packs know no later body: then the names need not be looked at.
  if (!entities.some((e) => e.since !== undefined && e.since > after)) return undefined;
  let latest: number | undefined;
  for (const m of mentions) {
    const since = entities[m.entity]?.since;
    if (since !== undefined && since > after && (latest === undefined || since > latest)) latest = since;
  }
  return latest;
}
