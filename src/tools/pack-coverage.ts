// Sentence coverage of a pack's sources: which sentences a claim's evidence covers, which
// are listed as not check-worthy, which are page furniture, and which are left over.
// Uses Intl.Segmenter on its own (not src/core's segmenter) so the check stays independent.
import { findQuote } from '../core/pack/find-quote.js';
import type { EditorialPack, SourceRecord } from '../core/pack/pack-types.js';

export type SentenceStatus = 'linked' | 'unchecked' | 'furniture' | 'uncovered';

export interface SentenceCoverage {
  start: number;
  end: number;
  text: string;
  status: SentenceStatus;
}

export interface SourceCoverage {
  source: string;
  sentences: SentenceCoverage[];
  linked: number;
  unchecked: number;
  furniture: number;
  uncovered: number;
}

type Range = { start: number; end: number };

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** Sentences of a text with offsets: each line separately, then Intl.Segmenter within it. */
export function segmentSentences(text: string): Range[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Range[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const seg of segmenter.segment(line)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const body = seg.segment.trim();
      if (body.length === 0) continue;
      const start = lineStart + seg.index + lead;
      out.push({ start, end: start + body.length });
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** True when every non-space character of the range lies inside some furniture range. */
function isInside(text: string, r: Range, ranges: Range[]): boolean {
  for (let i = r.start; i < r.end; i++) {
    if (/\s/u.test(text[i] ?? '')) continue;
    if (!ranges.some((f) => f.start <= i && i < f.end)) return false;
  }
  return true;
}

export function sourceCoverage(pack: EditorialPack, source: SourceRecord): SourceCoverage {
  const furniture = source.furniture.flatMap((f) => findQuote(source.text, f.text));
  const evidence: Range[] = pack.claims.flatMap((c) => c.evidence.filter((e) => e.source === source.id));
  const unchecked = pack.unchecked.filter((u) => u.source === source.id).flatMap((u) => findQuote(source.text, u.text));
  const sentences = segmentSentences(source.text).map((r): SentenceCoverage => {
    let status: SentenceStatus = 'uncovered';
    if (isInside(source.text, r, furniture)) status = 'furniture';
    else if (evidence.some((e) => overlaps(e, r))) status = 'linked';
    else if (unchecked.some((u) => overlaps(u, r))) status = 'unchecked';
    return { ...r, text: source.text.slice(r.start, r.end), status };
  });
  const count = (s: SentenceStatus): number => sentences.filter((x) => x.status === s).length;
  return { source: source.id, sentences, linked: count('linked'), unchecked: count('unchecked'), furniture: count('furniture'), uncovered: count('uncovered') };
}
