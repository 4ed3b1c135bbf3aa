// A page's date metadata and title, as news sites publish them. The content script and the CLI (over
// happy-dom) both read pages through this module, and core's `firstDayOf` reads the values (in the
// background, for the content script), so a page is dated the same way in the browser and on the
// command line. The values are gathered here but read there: this module is in content.js, which every
// page parses, and the date reader is not.

import { MAX_DATE_VALUE, MAX_DATE_VALUES } from '../shared/messages.js';

export interface PageMetadata {
  /** The values of the page's date metadata, most trusted first, as the page wrote them. */
  dateValues: string[];
  title?: string;
}

/**
 * `<meta>` names and properties that carry the publication date, most trusted first, lower-case:
 * sites spell them "DC.date.issued" as often as "dc.date.issued", and CSS attribute selectors would
 * compare them case by case (happy-dom has no `i` flag to say otherwise).
 */
const DATE_META_KEYS = [
  'article:published_time', 'og:published_time', 'parsely-pub-date', 'publish-date', 'pubdate',
  'publication_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'date',
];

/** Scripts of JSON-LD read at most, and the longest one read: a page can hold megabytes of it. */
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_JSON_LD_CHARS = 200_000;

/**
 * A regex, not JSON.parse: the page may have replaced JSON, a large graph costs far more to parse than
 * to scan, and only one field is wanted. `\/` is JSON's escaped slash ("2015\/06\/18").
 */
function datePublishedInJsonLd(script: Element): string | undefined {
  const text = script.textContent ?? '';
  if (text.length > MAX_JSON_LD_CHARS) return undefined;
  const m = /"datePublished"\s*:\s*"([^"]{4,60})"/.exec(text);
  return m?.[1]?.replace(/\\\//g, '/');
}

function shortText(el: Element): string | undefined {
  const text = el.textContent ?? '';
  return text.length > MAX_DATE_VALUE ? undefined : text.trim();
}

interface Ranked {
  rank: number;
  value: string;
}

function keep(found: Ranked[], rank: number, value: string | null | undefined): void {
  const trimmed = value?.trim();
  if (trimmed !== undefined && trimmed !== '' && trimmed.length <= MAX_DATE_VALUE) found.push({ rank, value: trimmed });
}

/** Elements other than `<meta name|property>` that date a page, most trusted first, and the value each holds. */
const DATE_ELEMENTS: ReadonlyArray<{ selector: string; value: (el: Element) => string | null | undefined }> = [
  { selector: '[itemprop~="datePublished"]', value: (el) => el.getAttribute('datetime') ?? el.getAttribute('content') ?? shortText(el) },
  { selector: 'script[type="application/ld+json"]', value: datePublishedInJsonLd },
  { selector: 'time[pubdate]', value: (el) => el.getAttribute('datetime') ?? shortText(el) },
  { selector: 'article time[datetime]', value: (el) => el.getAttribute('datetime') },
  // Any <time> at all, last: on a page with no other date it is most often the byline's.
  { selector: 'time[datetime]', value: (el) => el.getAttribute('datetime') },
];
const DATE_ELEMENTS_SELECTOR = DATE_ELEMENTS.map((s) => s.selector).join(', ');

/** Date `<meta>` tags' values with their rank. */
function fromMetaTags(doc: Document, found: Ranked[]): void {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    const key = (meta?.getAttribute('property') ?? meta?.getAttribute('name'))?.toLowerCase();
    if (meta === undefined || key === undefined) continue;
    const rank = DATE_META_KEYS.indexOf(key);
    if (rank >= 0) keep(found, rank, meta.getAttribute('content'));
  }
}

/** DATE_ELEMENTS' values with their rank, after every meta tag's. */
function fromElements(doc: Document, found: Ranked[]): void {
  // One walk of the document for every source; each hit is ranked by the first selector it matches.
  const hits = doc.querySelectorAll(DATE_ELEMENTS_SELECTOR);
  let jsonLdRead = 0;
  for (let i = 0; i < hits.length; i++) {
    const el = hits[i];
    if (el === undefined) continue;
    const rank = DATE_ELEMENTS.findIndex((s) => el.matches(s.selector));
    const source = DATE_ELEMENTS[rank];
    if (source === undefined) continue;
    if (el.localName === 'script' && ++jsonLdRead > MAX_JSON_LD_SCRIPTS) continue;
    keep(found, DATE_META_KEYS.length + rank, source.value(el));
  }
}

/**
 * The page's date metadata values (meta tags first, then the elements above; in one rank, in document
 * order) and its title. Never throws on what a page holds.
 */
export function readPageMetadata(doc: Document = document): PageMetadata {
  const found: Ranked[] = [];
  fromMetaTags(doc, found);
  fromElements(doc, found);
  // A stable sort: document order within a rank.
  const dateValues = found.sort((a, b) => a.rank - b.rank).slice(0, MAX_DATE_VALUES).map((f) => f.value);
  const out: PageMetadata = { dateValues };
  const title = doc.title.trim();
  if (title) out.title = title.slice(0, 4096);
  return out;
}
