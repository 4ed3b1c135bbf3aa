// A question asked under a frame of not knowing: "It is unclear how much of the town the militants held". News copy
// asks it to say what is not known; what it asks about is neither reported nor denied.

/**
 * A sentence that is one indirect question under a frame of not knowing: "It is unclear how ...", "It remains
 * unclear whether ...", "It was not known who ..." (up to its end, with no second clause after a comma or a semicolon,
 * which could state something of its own).
 */
const UNKNOWN_FRAME = /^(?:it|that)\s+(?:is|was|remains|remained|is\s+still|was\s+still)\s+(?:unclear|not\s+(?:yet\s+)?(?:clear|known)|uncertain|unknown)\s+(?:whether|if|how|who|whom|whose|what|where|when|why|which)\b[^,;]*$/i;

/** Whether the whole sentence only asks what is not known. */
export function asksOnly(text: string): boolean {
  return UNKNOWN_FRAME.test(text.trim());
}
