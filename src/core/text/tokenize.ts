// Word tokens with offsets into the original text, plus their normalised and case forms.
import { foldArabic, stripDiacritics } from './normalize-text.js';
import { WordMemo } from './word-memo.js';

export interface Token {
  /** The token as written. */
  surface: string;
  start: number;
  end: number;
  /** Lower case, no diacritics, straight apostrophes, possessive "'s" removed. */
  norm: string;
  /** Starts with an upper-case letter (or is in a script without case, like Arabic). */
  isCapital: boolean;
  /** All letters upper case, length 2–5: acronyms such as IS, MSC, LNA. */
  isAcronym: boolean;
  isNumber: boolean;
  /** What the surface determines, shared by every token of this spelling (per-word results are kept on it). */
  form: WordForm;
}

// Words with inner apostrophes/dots stay whole ("IS's", "4,000", "2.5"); hyphens only after an
// Arabic article ("al-Akar", "el-Gomati"): "State-held", "anti-IS", "seventy-five" split in two.
const WORD = /(?:(?:[Aa][lLdDrRsSzZnNtT]|[Ee][lL]|[Aa]sh|[Aa]th|[Aa]dh)[\-\u2010\u2011](?=\p{L}{2}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['\u2019\u02BC]|[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const CASELESS = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}]/u;

/**
 * What a token's surface alone determines (everything but its offsets). Later stages keep their per-word results
 * on it (each a function of `norm`), so a token reaches them without another table lookup; all fields exist from
 * the start, so every form has the same shape.
 */
export interface WordForm {
  norm: string;
  isCapital: boolean;
  isAcronym: boolean;
  isNumber: boolean;
  /** stemWord(norm), once asked for. */
  stem: string | undefined;
  /** foldName(norm), once asked for. */
  folded: string | undefined;
  /** The alias-trie key of the word as a name, once asked for (see alias-lexicon.ts). */
  nameKey: string | undefined;
}

const forms = new WordMemo<WordForm>();

function wordForm(surface: string): WordForm {
  const known = forms.get(surface);
  if (known !== undefined) return known;
  let norm = foldArabic(stripDiacritics(surface.normalize('NFKC')))
    .toLowerCase()
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
  if (norm.endsWith("'s")) norm = norm.slice(0, -2);
  else if (norm.endsWith("'")) norm = norm.slice(0, -1);
  const first = surface.charAt(0);
  const isCapital = CASELESS.test(first) || (first !== first.toLowerCase() && first === first.toUpperCase());
  const letters = surface.replace(/['\u2019]s$/, '');
  const isAcronym = letters.length >= 2 && letters.length <= 5 && /^\p{Lu}+$/u.test(letters);
  return forms.set(surface, { norm, isCapital, isAcronym, isNumber: /^\p{N}/u.test(surface), stem: undefined, folded: undefined, nameKey: undefined });
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const surface = m[0];
    const f = wordForm(surface);
    out.push({
      surface, start: m.index + offset, end: m.index + surface.length + offset, norm: f.norm, isCapital: f.isCapital,
      isAcronym: f.isAcronym, isNumber: f.isNumber, form: f,
    });
  }
  return out;
}
