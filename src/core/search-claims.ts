// searchClaims(): free-text search over claims through the same index and features as matching.
import type { MatchIndex } from './match/match-index.js';
import { retrieve } from './match/match-index.js';
import { extractFeatures } from './match/sentence-features.js';

export function searchClaims(index: MatchIndex, query: string, limit = 10): Array<{ id: string; statement: string; score: number }> {
  const f = extractFeatures(query, 0, index.lex, undefined);
  const best = new Map<number, number>();
  for (const c of retrieve(index, f.keys)) {
    const ci = index.viewClaim[c.view] as number;
    const score = c.shared / Math.sqrt(index.viewWeight[c.view] as number);
    if ((best.get(ci) ?? 0) < score) best.set(ci, score);
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([ci, score]) => {
      const claim = index.pack.claims[ci];
      return { id: claim?.id ?? '', statement: claim?.statement ?? '', score: Math.round(score * 1000) / 1000 };
    });
}
