// Finding a verbatim quote in a source text, comparing whitespace-normalised only.
// Shared by the pack validator (quote at its offsets?) and the offset-filling tool.

/** Collapses every run of whitespace to one space and trims: the only normalisation quotes get. */
export function normaliseWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Every place where `quote` occurs in `text`, allowing any run of whitespace in the text
 * where the quote has whitespace (seed texts keep double spaces and line breaks).
 */
export function findQuote(text: string, quote: string): { start: number; end: number }[] {
  const words = normaliseWhitespace(quote).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    found.push({ start, end: start + m[0].length });
  }
  return found;
}

/** True when the text between start and end is the quote, whitespace-normalised. */
export function isQuoteAt(text: string, quote: string, start: number, end: number): boolean {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return false;
  return normaliseWhitespace(text.slice(start, end)) === normaliseWhitespace(quote);
}
