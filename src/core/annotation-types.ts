// What `annotate` returns: the shapes fixed by design.md's CLI contract, shared by
// the background, the content script, the popup and the CLI.
import type { Stance } from './pack/pack-types.js';

export type Verdict = 'corroborated' | 'contradicted' | 'disputed' | 'unverified';
export const VERDICTS: readonly Verdict[] = ['corroborated', 'contradicted', 'disputed', 'unverified'];

export interface SourceRef {
  id: string;
  outlet: string;
  title: string;
  /** YYYY-MM-DD */
  published: string;
  /** Seed file the source came from. */
  file: string;
  url?: string;
}

export interface EvidenceView {
  source: SourceRef;
  quote: string;
  /** Relative to the page sentence, not to the claim. */
  stance: Stance;
  speaker: string;
  /** Id shared by sources that are not independent of one another (same outlet, or relayed). */
  independenceGroup: string;
  hedge?: string;
  /** Values this source gives where it conflicts with the page, e.g. "at least 5" vs "7". */
  values?: string[];
  note?: string;
}

export interface ClaimMatch {
  id: string;
  statement: string;
  score: number;
  evidence: EvidenceView[];
  conflictNote?: string;
}

export interface Annotation {
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  claims: ClaimMatch[];
  /** Distinct other sources, and distinct independence groups among them. */
  counts: { sources: number; independent: number; supporting: number; contradicting: number };
}

export interface AnnotateContext {
  url?: string;
  /** YYYY-MM-DD; relative dates in the text are read against it. */
  published?: string;
}

export interface AnnotateResult {
  about: boolean;
  sentences: number;
  annotations: Annotation[];
  /** Id of the pack source that this text is (recognised by URL or text), left out of the evidence. */
  selfSource?: string;
  /** YYYY-MM-DD: the publication date read from the text itself, when none was given: a date line at its head (dates/date-line.ts), else the dates it names (dates/infer-published.ts). */
  datedFromText?: string;
}
