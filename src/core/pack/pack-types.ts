// The editorial claim pack as read from data/: sources, outlets, entities, claims.
// This is the human-edited input; `compilePack` turns it into what the matcher ships with.

/** ISO date, possibly partial: "2015", "2015-06" or "2015-06-10". */
export type IsoDate = string;

export interface EditorialPack {
  id: string;
  name: string;
  version: string;
  /** Entity ids whose mention (in any variant or script) makes a text "about" this pack's topic. */
  topicEntities: string[];
  outlets: Outlet[];
  sources: SourceRecord[];
  entities: Entity[];
  actions: ActionConcept[];
  claims: Claim[];
  unchecked: UncheckedSentence[];
}

export interface Outlet {
  id: string;
  name: string;
  kind: 'newspaper' | 'broadcaster' | 'news-site' | 'wire' | 'research' | 'militant-media' | 'official';
}

export type FurnitureKind =
  | 'caption' | 'credit' | 'dateline' | 'in-this-article' | 'tags' | 'comments'
  | 'link-list' | 'author-bio' | 'video-title' | 'read-more' | 'source-line' | 'image-name'
  /** A crosshead inside the article ("‘Dangerous moment’"): a label, not a statement. */
  | 'subheading';

export const FURNITURE_KINDS: readonly FurnitureKind[] = [
  'caption', 'credit', 'dateline', 'in-this-article', 'tags', 'comments',
  'link-list', 'author-bio', 'video-title', 'read-more', 'source-line', 'image-name', 'subheading',
];

export interface Furniture {
  kind: FurnitureKind;
  /** A verbatim line (or run of lines) of the source text that is page furniture, not article. */
  text: string;
}

export interface SourceRecord {
  id: string;
  /** Seed file the text came from, e.g. "000_0a61e9e5d431c7b6.txt". */
  file: string;
  /** Outlet id (see outlets). */
  outlet: string;
  /** 'inferred' when the text does not name its outlet and we judged it (see outletBasis). */
  outletCertainty?: 'stated' | 'inferred';
  /** Why we believe the outlet: which words of the text and what public knowledge. */
  outletBasis?: string;
  title: string;
  /** True when the seed text has no headline and `title` is ours, for display only. */
  titleSupplied?: boolean;
  author?: string;
  /** BCP 47 language tag. */
  language: string;
  published: IsoDate;
  publishedCertainty: 'stated' | 'inferred';
  /** Why we believe the published date: which words of the text and what public record. */
  publishedBasis: string;
  url?: string;
  /** Outlet ids whose reporting this article relays (quotes or summarises). */
  relays: string[];
  /** The article text, verbatim from the seed file. */
  text: string;
  furniture: Furniture[];
}

export type EntityKind = 'organisation' | 'person' | 'place' | 'group' | 'event';

export interface Entity {
  /** Stable id, e.g. "org:islamic-state", "place:derna", "person:khalifa-haftar". */
  id: string;
  kind: EntityKind;
  name: string;
  /**
   * Every spelling a text may use: abbreviations, transliteration variants, Arabic script.
   * Aliases written in capitals of up to five letters (IS, MSC) match case-sensitively.
   */
  aliases: string[];
  /** Broader entity this one is part of (a brigade of a council, a district of a city). */
  partOf?: string[];
  /**
   * When the body was formed or the event began (YYYY, YYYY-MM or YYYY-MM-DD), for one that began after the pack's
   * time: a text that names it was written since, which dates a text that comes without a date (infer-published.ts).
   */
  since?: string;
}

/** A kind of event or state, with the words that express it. General English, not topic-specific. */
export interface ActionConcept {
  id: string;
  /** Lemmas and short phrases; the matcher stems and folds them. */
  words: string[];
  /** Concept ids with the opposite meaning (capture vs lose), used for polarity. */
  opposite?: string[];
  /** "A fought B" says the same as "B fought A": reversing who did it to whom is not a conflict. */
  symmetric?: boolean;
  /**
   * Concept ids that news copy uses for the same event seen from another side or stage ("took over" a city
   * and "held" it; "withdrew" and "was driven out"): a page naming one partly matches a claim naming another.
   */
  related?: string[];
}

export type Qualifier = 'exact' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'fewer-than' | 'between' | 'over';

export interface Quantity {
  /** What is counted, in a stable vocabulary: "killed", "wounded", "surrendered", "fighters", "distance", "share-controlled", "victims". */
  counts: string;
  /** Who or what the count is of, as entity ids or plain words ("civilians"). */
  of?: string[];
  unit: 'people' | 'km' | 'miles' | 'percent' | 'count' | 'days' | 'months' | 'years';
  qualifier: Qualifier;
  value?: number;
  min?: number;
  max?: number;
}

export interface DateValue {
  from: IsoDate;
  to?: IsoDate;
}

export interface ClaimSlots {
  /** Who does it (entity ids). */
  actors?: string[];
  /** Action concept ids (several when the fact is told in several ways: expel / retreat / lose). */
  actions: string[];
  /** To whom or what (entity ids). */
  targets?: string[];
  /** Where (entity ids). */
  places?: string[];
  date?: DateValue;
  quantities?: Quantity[];
  /** True when the statement is a denial or negation. */
  negated?: boolean;
}

export type Stance = 'supports' | 'contradicts';

export interface Evidence {
  /** Source id. */
  source: string;
  /** Verbatim span of the source text: a sentence or a clause-bounded part of one. */
  quote: string;
  /** Offsets of the quote in the source text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** Stance of this quote toward the claim's statement. */
  stance: Stance;
  /** Who the source attributes it to: "Shura Council spokesman", "residents", "BBC", "the author". */
  speaker: string;
  /** Outlet id when the source relays another outlet's reporting here. */
  relayedFrom?: string;
  /** "claimed", "reportedly", "allegedly": the hedge the source puts on it, if any. */
  hedge?: string;
  /** The slot values this source gives, where they differ from or refine the claim's. */
  slots?: Partial<ClaimSlots>;
  note?: string;
}

export interface Claim {
  /** Stable id, kebab-case, never reused: "is-kills-msc-commanders-2015-06". */
  id: string;
  /** Neutral statement in the pack's own words. */
  statement: string;
  slots: ClaimSlots;
  evidence: Evidence[];
  /** Explains a conflict between sources, when the evidence disagrees. */
  conflictNote?: string;
  /**
   * Editorial note on differences that are not conflicts (two counts that add up, a
   * wider and a narrower place), so a reader or a matcher does not mistake them for one.
   */
  note?: string;
}

export type UncheckedReason = 'opinion' | 'rhetoric' | 'boilerplate' | 'furniture' | 'attribution-only' | 'prediction' | 'question';

export interface UncheckedSentence {
  source: string;
  /** Verbatim sentence of the source. */
  text: string;
  reason: UncheckedReason;
  note?: string;
}
