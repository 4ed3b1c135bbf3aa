// Wire copy opens a story with where it was filed: "TOBRUK, Libya (AA) - ...", "CAIRO (AP) — ...", "TRIPOLI — ...".
// That is the reporter's desk, which need not be where the story happens.

/**
 * A dateline: a place in capitals (or a capitalised place before ", Country"), then an optional ", Country" and
 * the filing day as wire copy gives it (", April 21"), an optional "(Agency)", then a dash (or a typed "--") between spaces.
 */
const DATELINE = /^(?:[A-Z][A-Z'\u2019.-]{2,}(?: [A-Z][A-Z'\u2019.-]+)*(?:, ?[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*)?|[A-Z][\p{L}'\u2019.-]+(?: [A-Z][\p{L}'\u2019.-]+)*, ?[A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)*)(?:, ?[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^()]{1,30}\)\s*)?(?:--|[-\u2013\u2014])\s/u;

/** Length of the sentence's opening dateline, dash included; 0 when it has none. */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
