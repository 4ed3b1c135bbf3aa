// Recognises the page as one of the pack's sources, by URL or by shared text fingerprints.
import type { CompiledPack } from '../pack/compile-pack.js';
import { findShingles } from '../pack/fingerprint-text.js';

export function normaliseUrl(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
}

/** Index of the source this page is, or -1. */
export function recogniseSource(pack: CompiledPack, text: string, url: string | undefined): number {
  if (url !== undefined && url !== '') {
    const u = normaliseUrl(url);
    const i = pack.sources.findIndex((s) => s.url !== undefined && normaliseUrl(s.url) === u);
    if (i >= 0) return i;
  }
  const page = findShingles(text, fingerprintUnion(pack));
  let best = -1, bestShare = 0;
  pack.sources.forEach((s, i) => {
    if (s.fingerprints.length === 0) return;
    let hits = 0;
    for (const h of s.fingerprints) if (page.has(h)) hits++;
    const share = hits / s.fingerprints.length;
    if (hits >= 3 && share >= 0.3 && share > bestShare) {
      best = i;
      bestShare = share;
    }
  });
  return best;
}

/** Every source fingerprint of a pack, in one set: the only page shingles recognition needs to keep. */
const unions = new WeakMap<CompiledPack, Set<number>>();
function fingerprintUnion(pack: CompiledPack): Set<number> {
  let u = unions.get(pack);
  if (u === undefined) {
    u = new Set<number>();
    for (const s of pack.sources) for (const h of s.fingerprints) u.add(h);
    unions.set(pack, u);
  }
  return u;
}
