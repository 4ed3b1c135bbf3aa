// Names that date a text: a body formed, or an event begun, after the pack's time ("the Derna Protection Force",
// formed in 2018) is named only by a text written since, whatever dates the text gives.
import type { CompiledEntity } from '../pack/compile-pack.js';
import type { AliasTrie } from '../entities/alias-lexicon.js';
import { findEntityMentions } from '../entities/alias-lexicon.js';
import { tokenize } from '../text/tokenize.js';

/**
 * The latest `since` day among the entities `text` names whose `since` falls after `after` (a day number), or
 * undefined when it names none. Entities that began within the pack's time say nothing the pack's own dates do not.
 */
export function laterNamesDay(text: string, entities: readonly CompiledEntity[], aliases: AliasTrie, after: number): number | undefined {
  // Most packs know no later body: then the text need not be read for names at all.
  if (!entities.some((e) => e.since !== undefined && e.since > after)) return undefined;
  let latest: number | undefined;
  for (const m of findEntityMentions(tokenize(text), aliases)) {
    const since = entities[m.entity]?.since;
    if (since !== undefined && since > after && (latest === undefined || since > latest)) latest = since;
  }
  return latest;
}
