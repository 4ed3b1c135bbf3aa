// Month names as news text writes them ("June", "Jun", "Jun.", "Sept"), shared by the sentence date
// parser and the reader of date metadata, so both accept the same spellings.

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month name or its abbreviation, with an optional full stop; one capture group. Match it case-insensitively. */
export const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** 1-12 for a name MONTH_RE matched. */
export function monthIndex(name: string): number {
  const k = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(k)) + 1;
}
