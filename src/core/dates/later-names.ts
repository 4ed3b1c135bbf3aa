// Names that date a text: a body formed, or an event begun, after the pack's time ("the Derna Protection Force",
// formed in 2018) is named only by a text written since, whatever dates the text gives.
import type { CompiledEntity } from '../pack/compile-pack.js';

/**
 * The latest `since` day among the `named` entities (indices into `entities`) that began after `after` (a day
 * number), or undefined when none did. Entities that began within the pack's time say nothing its own dates do not.
 */
export function laterNamesDay(named: Iterable<number>, entities: readonly CompiledEntity[], after: number): number | undefined {
  let latest: number | undefined;
  for (const e of named) {
    const since = entities[e]?.since;
    if (since !== undefined && since > after && (latest === undefined || since > latest)) latest = since;
  }
  return latest;
}
