// A page's publication date and title, from the metadata news sites publish. The content script and
// the CLI (over happy-dom) both read pages through this module, so a page is dated the same way
// in the browser and on the command line.
import { parseDayValue } from '../core/dates/parse-day-value.js';

export interface PageMetadata {
  /** YYYY-MM-DD */
  published?: string;
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

/** The text of an element holding a date is short; a longer one is not a date, so it is not read in full. */
const MAX_ELEMENT_TEXT = 100;

function shortText(el: Element): string | undefined {
  const text = el.textContent ?? '';
  return text.length > MAX_ELEMENT_TEXT ? undefined : text.trim();
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

/** The whole day of the best-ranked date `<meta>` tag that holds one (a tag that holds none gives way to the next). */
function fromMetaTags(doc: Document): string | undefined {
  let best: string | undefined;
  let bestRank = DATE_META_KEYS.length;
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    if (meta === undefined) continue;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name'))?.toLowerCase();
    if (key === undefined) continue;
    const rank = DATE_META_KEYS.indexOf(key);
    if (rank < 0 || rank >= bestRank) continue;
    const day = parseDayValue(meta.getAttribute('content'));
    if (day === undefined) continue;
    best = day;
    bestRank = rank;
    if (rank === 0) break;
  }
  return best;
}

/** The best-ranked whole day among DATE_ELEMENTS; in one rank, the first in document order. */
function fromElements(doc: Document): string | undefined {
  let best: string | undefined;
  let bestRank = DATE_ELEMENTS.length;
  // One walk of the document for every source; each hit is ranked by the first selector it matches.
  const hits = doc.querySelectorAll(DATE_ELEMENTS_SELECTOR);
  let jsonLdRead = 0;
  for (let i = 0; i < hits.length && bestRank > 0; i++) {
    const el = hits[i];
    if (el === undefined) continue;
    const rank = DATE_ELEMENTS.findIndex((s) => el.matches(s.selector));
    if (rank < 0 || rank >= bestRank) continue;
    const source = DATE_ELEMENTS[rank];
    if (source === undefined) continue;
    if (el.localName === 'script' && ++jsonLdRead > MAX_JSON_LD_SCRIPTS) continue;
    const day = parseDayValue(source.value(el));
    if (day === undefined) continue;
    best = day;
    bestRank = rank;
  }
  return best;
}

/** The page's publication date (meta tags first, then the elements above) and its title. Never throws on what a page holds. */
export function readPageMetadata(doc: Document = document): PageMetadata {
  const out: PageMetadata = {};
  const published = fromMetaTags(doc) ?? fromElements(doc);
  if (published !== undefined) out.published = published;
  const title = doc.title.trim();
  if (title) out.title = title.slice(0, 4096);
  return out;
}
