// "The men now fighting IS in Derna", "the militants still hold part of the town": "now" places what a sentence says
// at the time of writing. A sentence with no date of its own that says "now" is dated to the weeks before publication.
import type { Token } from '../text/tokenize.js';
import type { DateMention } from '../dates/parse-dates.js';

/** Words before "now" that make it part of another phrase ("until now", "by now", "for now", "from now on"). */
const NOT_THE_PRESENT = new Set(['until', 'till', 'by', 'for', 'from', 'than', 'up', 'as', 'since', 'just']);
/** Days before publication that "now" covers (a state reported as current holds over the last weeks). */
const PRESENT_DAYS = 30;

/** Words "now" may stand before its deed with ("now fighting", "now been driven"). */
const DEED_GAP = 2;

/**
 * The present of writing, when the sentence says "now" right before one of its deeds (`deedTokens`: "the men now
 * fighting IS", "has now sent its men"; not "now say", whose saying is now and whose deed may be older, nor "until
 * now", "now that"); else undefined.
 */
export function presentTimeOf(tokens: readonly Token[], offset: number, text: string, published: number, deedTokens: readonly number[]): DateMention | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm !== 'now') continue;
    if (!deedTokens.some((k) => k > i && k - i <= DEED_GAP)) continue;
    if (NOT_THE_PRESENT.has(tokens[i - 1]?.norm ?? '') || tokens[i + 1]?.norm === 'that') continue;
    // (Inside a quote "now" is the speaker's time, which may not be the writer's.)
    const before = text.slice(0, t.start - offset);
    if ((before.match(/["\u201C\u201D]/g)?.length ?? 0) % 2 === 1) continue;
    return { range: { lo: published - PRESENT_DAYS, hi: published }, start: t.start, end: t.end, relative: true, yearOnly: false };
  }
  return undefined;
}
