// Text fingerprints: hashed 8-word shingles, so a page can be recognised as one of the pack's sources.
import { normalizeText } from '../text/normalize-text.js';

const SHINGLE = 8;
export const FINGERPRINT_SIZE = 32;

/** FNV-1a, 32-bit. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function words(text: string): string[] {
  return normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Every shingle hash of a text. */
export function shingleHashes(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(hash(w.slice(i, i + SHINGLE).join(' ')));
  return out;
}

/** The smallest shingle hashes (bottom-k sketch): a stable sample of the text. */
export function fingerprintText(text: string, size = FINGERPRINT_SIZE): number[] {
  return [...shingleHashes(text)].sort((a, b) => a - b).slice(0, size);
}
