// Independence groups: outlets joined when one relays another's reporting, so they do not count as separate confirmation.
import type { EditorialPack } from './pack-types.js';

/** Outlet id → group id (the smallest outlet id of its group, prefixed "g:"). */
export function computeIndependenceGroups(pack: Pick<EditorialPack, 'outlets' | 'sources'>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let p = parent.get(x) ?? x;
    if (p !== x) {
      p = find(p);
      parent.set(x, p);
    }
    return p;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const o of pack.outlets) parent.set(o.id, o.id);
  for (const s of pack.sources) {
    if (!parent.has(s.outlet)) parent.set(s.outlet, s.outlet);
    // A source that only relays one outlet is that outlet's reporting; one relaying several stays
    // its own outlet, and each relayed quote carries its own `relayedFrom`.
    if (s.relays.length === 1) union(s.outlet, s.relays[0] as string);
  }
  const out = new Map<string, string>();
  for (const k of parent.keys()) out.set(k, 'g:' + find(k));
  return out;
}
