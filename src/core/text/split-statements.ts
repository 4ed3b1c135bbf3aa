// Splits a sentence that joins statements with a semicolon into those statements, with their offsets.

/** One statement of a sentence: its text and where it starts within the sentence. */
export interface Statement {
  text: string;
  start: number;
}

/** A semicolon between two statements. */
const STATEMENT_JOIN = /;\s+/g;
/** A part shorter than this (characters) is a list item or a fragment, not a statement. */
const MIN_STATEMENT = 25;

/**
 * The statements a semicolon joins ("Derna has defied every government; in the 1990s its men fought Gaddafi"), in
 * order; none for a sentence of one statement, or one whose parts are too short to be statements (a list).
 */
export function statementsOf(text: string): Statement[] {
  const parts: Statement[] = [];
  let from = 0;
  for (const m of text.matchAll(STATEMENT_JOIN)) {
    parts.push({ text: text.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  parts.push({ text: text.slice(from), start: from });
  return parts.length > 1 && parts.every((p) => p.text.trim().length >= MIN_STATEMENT) ? parts : [];
}
