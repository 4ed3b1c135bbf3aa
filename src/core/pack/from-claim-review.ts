// Converts schema.org ClaimReview JSON-LD, as fact-checkers publish it, into an EditorialPack:
// each review becomes a claim; the fact-check article is a source whose stance follows its
// rating, and the claim's own author (when named) is a source that asserted it.
import type { Claim, EditorialPack, Entity, Evidence, Outlet, SourceRecord, Stance } from './pack-types.js';

export interface ClaimReviewProblem {
  message: string;
  /** Index of the ClaimReview in the file, when the problem is about one. */
  index?: number;
}

export type ClaimReviewResult = { pack: EditorialPack; problems: [] } | { pack?: undefined; problems: ClaimReviewProblem[] };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: Json): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function isClaimReview(node: unknown): boolean {
  return isObject(node) && typesOf(node).some((t) => t === 'ClaimReview' || t.endsWith('/ClaimReview'));
}

/** True when the parsed JSON looks like ClaimReview JSON-LD (one review, an array, or an @graph). */
export function looksLikeClaimReview(input: unknown): boolean {
  return collectReviews(input).length > 0;
}

function collectReviews(input: unknown): Json[] {
  if (Array.isArray(input)) return input.flatMap(collectReviews);
  if (!isObject(input)) return [];
  if (isClaimReview(input)) return [input];
  const graph = input['@graph'];
  return Array.isArray(graph) ? graph.flatMap(collectReviews) : [];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (isObject(value)) return text(value.name);
  return undefined;
}

function day(value: unknown): string | undefined {
  const s = text(value);
  const m = s === undefined ? null : /^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4})/.exec(s);
  return m?.[1];
}

function slug(value: string): string {
  const s = value.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, 60) || 'item';
}

/** Hashes text to a short stable id part (FNV-1a), so the same file always gives the same ids. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Names a page must mention for the topic gate: runs of capitalised words in the claim
 * ("Islamic State", "Derna"), plus the review's `about` and `keywords` when given.
 */
export function topicNames(statement: string, review: Record<string, unknown>): string[] {
  const names = new Set<string>();
  for (const m of statement.matchAll(/\b\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|al-|el-)?\p{Lu}[\p{L}'’-]*)*/gu)) {
    const name = m[0].trim();
    if (name.length >= 3 && !/^(The|A|An|In|On|At|By|It|This|That|They|He|She|We|Why|How|What)$/.test(name)) names.add(name);
  }
  const extra = [review.about, review.keywords].flat();
  for (const x of extra) {
    if (typeof x === 'string') x.split(',').map((k) => k.trim()).filter((k) => k.length >= 3).forEach((k) => names.add(k));
    else if (isObject(x) && typeof x.name === 'string' && x.name.trim().length >= 3) names.add(x.name.trim());
  }
  return [...names];
}

const FALSE_WORDS = /\b(false|fake|incorrect|wrong|untrue|pants on fire|misleading|inaccurate|fabricated|not true|no evidence|debunked)\b/i;
const TRUE_WORDS = /\b(true|correct|accurate|confirmed|verified)\b/i;

/**
 * The fact-checker's stance toward the claim from its rating: the alternateName words first,
 * then the numeric rating against its scale (upper half supports). Undefined when mixed/unclear.
 */
export function stanceOfRating(rating: unknown): Stance | undefined {
  if (!isObject(rating)) return undefined;
  const label = text(rating.alternateName) ?? text(rating.name);
  if (label !== undefined) {
    if (/\b(half|mixed|partly|mostly)\b/i.test(label)) return undefined;
    if (FALSE_WORDS.test(label)) return 'contradicts';
    if (TRUE_WORDS.test(label)) return 'supports';
  }
  const value = Number(rating.ratingValue);
  const best = Number(rating.bestRating ?? 5);
  const worst = Number(rating.worstRating ?? 1);
  if ([value, best, worst].every(Number.isFinite) && best !== worst) {
    const position = (value - worst) / (best - worst);
    if (position <= 0.25) return 'contradicts';
    if (position >= 0.75) return 'supports';
  }
  return undefined;
}

export function fromClaimReview(input: unknown, packName = 'Imported fact-checks'): ClaimReviewResult {
  const reviews = collectReviews(input);
  if (reviews.length === 0) return { problems: [{ message: 'No schema.org ClaimReview found in the file.' }] };
  const problems: ClaimReviewProblem[] = [];
  const outlets = new Map<string, Outlet>();
  const sources: SourceRecord[] = [];
  const claims: Claim[] = [];
  const claimIds = new Set<string>();
  const entities = new Map<string, Entity>();

  reviews.forEach((review, index) => {
    const statement = text(review.claimReviewed);
    const reviewer = nameOf(review.author);
    const published = day(review.datePublished);
    const stance = stanceOfRating(review.reviewRating);
    const ratingLabel = isObject(review.reviewRating) ? text(review.reviewRating.alternateName) : undefined;
    if (statement === undefined) problems.push({ index, message: `ClaimReview ${index + 1} has no claimReviewed text.` });
    if (reviewer === undefined) problems.push({ index, message: `ClaimReview ${index + 1} has no author (the fact-checker).` });
    if (published === undefined) problems.push({ index, message: `ClaimReview ${index + 1} has no datePublished.` });
    if (stance === undefined) {
      problems.push({ index, message: `ClaimReview ${index + 1}: its reviewRating says neither true nor false, so it cannot be used as evidence.` });
    }
    if (statement === undefined || reviewer === undefined || published === undefined || stance === undefined) return;

    const names = topicNames(statement, review);
    if (names.length === 0) {
      problems.push({ index, message: `ClaimReview ${index + 1}: its claim names no person, place or group, so no page could be recognised as being about it.` });
      return;
    }
    const actorIds: string[] = [];
    for (const name of names) {
      const id = `group:${slug(name)}`;
      if (!entities.has(id)) entities.set(id, { id, kind: 'group', name, aliases: [name] });
      actorIds.push(id);
    }

    let claimId = `claim-review-${slug(statement).slice(0, 40)}-${hash(statement)}`;
    while (claimIds.has(claimId)) claimId += '-x';
    claimIds.add(claimId);

    const evidence: Evidence[] = [];
    const reviewerOutlet = `outlet-${slug(reviewer)}`;
    outlets.set(reviewerOutlet, { id: reviewerOutlet, name: reviewer, kind: 'news-site' });
    const reviewBody = text(review.reviewBody);
    // The fact-check as a source: its text holds the claim as reviewed and the verdict, verbatim from the file.
    const checkText = [statement, ratingLabel ? `Rating: ${ratingLabel}` : undefined, reviewBody].filter((x): x is string => x !== undefined).join('\n');
    const checkSource: SourceRecord = {
      id: `fact-check-${hash(`${reviewer}\n${statement}\n${index}`)}`,
      file: `claim-review-${index + 1}.jsonld`,
      outlet: reviewerOutlet,
      title: text(review.name) ?? text(review.headline) ?? `${reviewer}: ${statement}`.slice(0, 200),
      language: text(review.inLanguage) ?? 'en',
      published,
      publishedCertainty: 'stated',
      publishedBasis: 'datePublished of the ClaimReview',
      relays: [],
      text: checkText,
      furniture: [],
    };
    const reviewUrl = text(review.url);
    if (reviewUrl !== undefined) checkSource.url = reviewUrl;
    sources.push(checkSource);
    const checkEvidence: Evidence = { source: checkSource.id, quote: statement, start: 0, end: statement.length, stance, speaker: reviewer };
    if (ratingLabel !== undefined) checkEvidence.note = `Rated "${ratingLabel}" by ${reviewer}`;
    evidence.push(checkEvidence);

    // The claim's author, when named: a source that asserted the statement.
    const item = isObject(review.itemReviewed) ? review.itemReviewed : undefined;
    const claimant = item ? nameOf(item.author) : undefined;
    if (item !== undefined && claimant !== undefined) {
      const claimantOutlet = `outlet-${slug(claimant)}`;
      if (!outlets.has(claimantOutlet)) outlets.set(claimantOutlet, { id: claimantOutlet, name: claimant, kind: 'official' });
      const appearance = Array.isArray(item.appearance) ? item.appearance[0] : item.appearance ?? item.firstAppearance;
      const claimSource: SourceRecord = {
        id: `claimant-${hash(`${claimant}\n${statement}\n${index}`)}`,
        file: `claim-review-${index + 1}.jsonld`,
        outlet: claimantOutlet,
        title: `${claimant}: ${statement}`.slice(0, 200),
        language: text(review.inLanguage) ?? 'en',
        published: day(item.datePublished) ?? published,
        publishedCertainty: day(item.datePublished) ? 'stated' : 'inferred',
        publishedBasis: day(item.datePublished) ? 'itemReviewed.datePublished' : 'no date for the claim; the review date is used',
        relays: [],
        text: statement,
        furniture: [],
      };
      const appearanceUrl = isObject(appearance) ? text(appearance.url) : text(appearance);
      if (appearanceUrl !== undefined) claimSource.url = appearanceUrl;
      sources.push(claimSource);
      evidence.push({ source: claimSource.id, quote: statement, start: 0, end: statement.length, stance: 'supports', speaker: claimant });
    }

    const claim: Claim = { id: claimId, statement, slots: { actions: [], actors: actorIds }, evidence };
    if (evidence.some((e) => e.stance !== evidence[0]?.stance)) {
      claim.conflictNote = `${reviewer} rated this claim "${ratingLabel ?? 'false'}"; ${claimant ?? 'its author'} asserted it.`;
    }
    claims.push(claim);
  });

  if (problems.length > 0) return { problems };
  const fingerprint = hash(claims.map((c) => c.id).join('\n'));
  return {
    problems: [],
    pack: {
      id: `claim-review-${fingerprint}`,
      name: packName,
      version: '1',
      topicEntities: [...entities.keys()],
      outlets: [...outlets.values()],
      sources,
      entities: [...entities.values()],
      actions: [],
      claims,
      unchecked: [],
    },
  };
}
