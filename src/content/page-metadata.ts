// The page's publication date and title, from the metadata news sites commonly publish:
// <meta property="article:published_time">, itemprop="datePublished", JSON-LD, <time datetime>.

export interface PageMetadata {
  /** YYYY-MM-DD */
  published?: string;
  title?: string;
}

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** YYYY-MM-DD from an ISO-like date string, or undefined. */
export function toIsoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${mo}-${d}`;
}

function fromJsonLd(doc: Document): string | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > 200_000) continue;
    // A regex, not JSON.parse: the page may have replaced JSON, and we only need one field.
    const m = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(text);
    const day = toIsoDay(m?.[1]);
    if (day) return day;
  }
  return undefined;
}

export function readPageMetadata(doc: Document = document): PageMetadata {
  const out: PageMetadata = {};
  let published: string | undefined;
  for (const selector of META_SELECTORS) {
    published = toIsoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (published) break;
  }
  if (!published) {
    const el = doc.querySelector('[itemprop="datePublished"]');
    published = toIsoDay(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent);
  }
  if (!published) published = fromJsonLd(doc);
  if (!published) published = toIsoDay(doc.querySelector('article time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime'));
  if (published) out.published = published;
  const title = doc.title.trim();
  if (title) out.title = title.slice(0, 4096);
  return out;
}
