// Offsets into an ExtractedText back to DOM Ranges, and the check that a span still reads the
// same before anything is painted on it (if the page changed under us, re-extract; never paint
// the wrong words).
import type { ExtractedText, TextSegment } from './extract-text.js';

/** Index of the first segment whose end is after `offset` (binary search; segments are sorted). */
export function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const seg = segments[mid] as TextSegment;
    if (seg.start + seg.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The segments (clipped) that cover text[start, end). */
export function segmentsBetween(extracted: ExtractedText, start: number, end: number): TextSegment[] {
  const out: TextSegment[] = [];
  const segs = extracted.segments;
  for (let i = segmentIndexAt(segs, start); i < segs.length; i++) {
    const seg = segs[i] as TextSegment;
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.start + seg.length);
    if (to > from) out.push({ node: seg.node, start: from, nodeStart: seg.nodeStart + (from - seg.start), length: to - from, collapsed: seg.collapsed });
  }
  return out;
}

/**
 * Ranges covering text[start, end). Usually one; more when the span crosses a shadow or frame
 * boundary (a Range cannot have its ends in different trees). Empty when nothing maps.
 */
export function offsetsToRanges(extracted: ExtractedText, start: number, end: number): Range[] {
  const pieces = segmentsBetween(extracted, start, end);
  const ranges: Range[] = [];
  let current: { range: Range; root: Node; last: TextSegment } | null = null;
  for (const piece of pieces) {
    const root = piece.node.getRootNode();
    if (current && current.root === root) {
      current.last = piece;
      continue;
    }
    if (current) current.range.setEnd(current.last.node, current.last.nodeStart + current.last.length);
    const range = piece.node.ownerDocument.createRange();
    range.setStart(piece.node, piece.nodeStart);
    current = { range, root, last: piece };
    ranges.push(range);
  }
  if (current) current.range.setEnd(current.last.node, current.last.nodeStart + current.last.length);
  return ranges;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/**
 * True when every node under text[start, end) is still in the document and still holds the
 * characters we extracted (a collapsed space may have come from any whitespace character).
 */
export function isSpanCurrent(extracted: ExtractedText, start: number, end: number): boolean {
  const pieces = segmentsBetween(extracted, start, end);
  if (pieces.length === 0) return false;
  for (const piece of pieces) {
    const node = piece.node;
    if (!node.isConnected) return false;
    const data = node.data;
    if (piece.nodeStart + piece.length > data.length) return false;
    const expected = extracted.text.slice(piece.start, piece.start + piece.length);
    if (piece.collapsed) {
      if (!isSpace(data[piece.nodeStart] ?? '')) return false;
    } else if (data.slice(piece.nodeStart, piece.nodeStart + piece.length) !== expected) {
      return false;
    }
  }
  return true;
}

/** Whitespace-insensitive comparison of a Range's text with the sentence we expect there. */
export function rangeReads(range: Range, expected: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return norm(range.toString()) === norm(expected);
}
