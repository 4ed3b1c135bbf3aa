// Renders the pack's source articles as realistic news pages (masthead, navigation, article,
// related links, comments) and one news page that never mentions the pack's topic, for
// `npm start`, the browser tests and the browser benchmarks.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Furniture, Outlet, SourceRecord } from '../core/pack/pack-types.js';

export interface DemoPage {
  /** Path on the demo server, e.g. "/news/libya-channel-2015-06-derna-uprising.html". */
  path: string;
  title: string;
  html: string;
  /** Pack source id the page shows, when it is one of the sources. */
  sourceId?: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits a source text into its lines, marking which are page furniture. */
function classifyLines(text: string, furniture: Furniture[]): Array<{ text: string; furniture?: Furniture['kind'] }> {
  const furnitureLines = new Map<string, Furniture['kind']>();
  for (const item of furniture) {
    for (const line of item.text.split('\n')) if (line.trim()) furnitureLines.set(line.trim(), item.kind);
  }
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, furniture: furnitureLines.get(line) }));
}

interface PageParts {
  outlet: string;
  title: string;
  /** False when the source text has no headline of its own: the page then shows none. */
  showHeadline?: boolean;
  standfirst?: string;
  byline?: string;
  published?: string;
  canonical?: string;
  body: string;
  aside: string;
  comments: string;
}

function layout(p: PageParts): string {
  const sections = ['World', 'Middle East', 'Africa', 'Politics', 'Opinion', 'Video'];
  const date = p.published
    ? `<time datetime="${escapeHtml(p.published)}">${escapeHtml(new Date(`${p.published}T12:00:00Z`).toUTCString().slice(5, 16))}</time>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)} | ${escapeHtml(p.outlet)}</title>
${p.published ? `<meta property="article:published_time" content="${escapeHtml(p.published)}">` : ''}
${p.canonical ? `<link rel="canonical" href="${escapeHtml(p.canonical)}">` : ''}
<style>
  body { margin: 0; font: 18px/1.6 Georgia, 'DejaVu Serif', serif; color: #1d1d1f; background: #fbfaf7; }
  header.masthead { background: #14213d; color: #fff; padding: 14px 32px; display: flex; align-items: baseline; gap: 32px; }
  header.masthead .brand { font: 700 26px/1 'DejaVu Sans', Arial, sans-serif; letter-spacing: .5px; }
  nav a { color: #dfe7f5; margin-right: 18px; font: 14px 'DejaVu Sans', Arial, sans-serif; text-decoration: none; }
  .wrap { display: grid; grid-template-columns: minmax(0, 720px) 260px; gap: 48px; padding: 28px 32px; max-width: 1100px; }
  h1 { font-size: 34px; line-height: 1.2; margin: 0 0 12px; }
  .standfirst { font-size: 20px; color: #444; }
  .meta { font: 14px 'DejaVu Sans', Arial, sans-serif; color: #666; margin-bottom: 18px; }
  figure { margin: 0 0 18px; } figure .img { height: 180px; background: linear-gradient(135deg, #c9b79c, #8a7458); }
  figcaption { font: 13px 'DejaVu Sans', Arial, sans-serif; color: #555; padding-top: 6px; }
  aside h2, .comments h2 { font: 700 15px 'DejaVu Sans', Arial, sans-serif; text-transform: uppercase; color: #14213d; }
  aside ul { padding-left: 18px; font: 15px/1.5 'DejaVu Sans', Arial, sans-serif; }
  .comments { border-top: 1px solid #ddd; margin-top: 32px; padding-top: 12px; font-size: 16px; }
  .comment { background: #fff; border: 1px solid #e3e3e3; padding: 10px 14px; margin: 10px 0; }
  footer { padding: 24px 32px; font: 13px 'DejaVu Sans', Arial, sans-serif; color: #777; border-top: 1px solid #ddd; }
</style>
</head>
<body>
<header class="masthead"><span class="brand">${escapeHtml(p.outlet)}</span>
<nav aria-label="Sections">${sections.map((s) => `<a href="#${s.toLowerCase().replace(/\s+/g, '-')}">${s}</a>`).join('')}</nav></header>
<div class="wrap">
<main>
<article>
${p.showHeadline === false ? '' : `<h1>${escapeHtml(p.title)}</h1>`}
${p.standfirst ? `<p class="standfirst">${escapeHtml(p.standfirst)}</p>` : ''}
<div class="meta">${p.byline ? `By ${escapeHtml(p.byline)} · ` : ''}${date}</div>
${p.body}
</article>
${p.comments}
</main>
<aside>${p.aside}</aside>
</div>
<footer>© ${escapeHtml(p.outlet)} · Demo page served locally by Corroborate's <code>npm start</code>; the article text is quoted from the source for testing.</footer>
</body>
</html>
`;
}

function relatedLinks(titles: string[]): string {
  return `<h2>Related</h2><ul>${titles.map((t) => `<li><a href="#related">${escapeHtml(t)}</a></li>`).join('')}</ul>`;
}

/** Renders one pack source as a news page. */
export function renderSourcePage(source: SourceRecord, outletName: string, otherTitles: string[]): string {
  const lines = classifyLines(source.text, source.furniture);
  const articleLines = lines.filter((l) => !l.furniture);
  // The first article line is the headline when it is the source's title.
  const headlineFirst = articleLines[0]?.text === source.title.trim();
  const bodyLines = headlineFirst ? articleLines.slice(1) : articleLines;
  const captions = lines.filter((l) => l.furniture === 'caption' || l.furniture === 'image-name');
  const comments = lines.filter((l) => l.furniture === 'comments');
  const firstCaption = captions[0];
  const figure = firstCaption
    ? `<figure><div class="img" role="img" aria-label="Photograph"></div><figcaption>${escapeHtml(firstCaption.text)}</figcaption></figure>`
    : '';
  const body = figure + bodyLines.map((l) => `<p>${escapeHtml(l.text)}</p>`).join('\n');
  const commentHtml = comments.length
    ? `<section class="comments"><h2>Comments</h2>${comments.map((c) => `<div class="comment">${escapeHtml(c.text)}</div>`).join('')}</section>`
    : `<section class="comments"><h2>Comments</h2><div class="comment">Comments are closed for this article.</div></section>`;
  return layout({
    outlet: outletName,
    // A headline we supplied for a source that has none is not shown as if the outlet had written it.
    title: source.title.replace(/\s*\([^)]*headline[^)]*\)\s*$/, ''),
    showHeadline: source.titleSupplied !== true,
    byline: source.author,
    published: source.published.length === 10 ? source.published : undefined,
    canonical: source.url,
    body,
    aside: relatedLinks(otherTitles.slice(0, 4)),
    comments: commentHtml,
  });
}

/** A news article written for the demo that never names the pack's topic: the topic gate must leave it alone. */
export function renderUnrelatedPage(): string {
  const paragraphs = [
    'The city council voted on Tuesday to extend the riverside tram line by four stops, ending a debate that had run for most of the year.',
    'Supporters said the extension would cut commuting times from the northern suburbs by a quarter, while opponents questioned the cost of the new bridge it requires.',
    'The project is expected to cost 212 million euros, about a third of it paid by the regional government, according to figures presented at the meeting.',
    'Construction work is due to begin next spring and should take three years, the transport department said in a statement.',
    'Shopkeepers on the planned route asked for compensation during the building work, and the council agreed to study a support scheme.',
    'The vote passed by 31 votes to 12, with two abstentions.',
  ];
  return layout({
    outlet: 'The Riverside Courier',
    title: 'Council approves tram extension after year-long debate',
    standfirst: 'Four new stops will link the northern suburbs to the centre by the end of the decade.',
    byline: 'Demo Desk',
    published: '2024-03-12',
    body: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    aside: relatedLinks(['Bus fares frozen for another year', 'New cycle lanes open on the east bank', 'Library reopens after renovation']),
    comments: '<section class="comments"><h2>Comments</h2><div class="comment">About time. The 14 bus is always full.</div></section>',
  });
}

/** Reads the pack's sources from data/ and renders every demo page. */
export async function loadDemoPages(dataDir: string): Promise<DemoPage[]> {
  const outlets = JSON.parse(await readFile(path.join(dataDir, 'outlets.json'), 'utf8')) as Outlet[];
  const sourceDir = path.join(dataDir, 'sources');
  const ids = (await readdir(sourceDir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
  const sources: SourceRecord[] = [];
  for (const id of ids) {
    const meta = JSON.parse(await readFile(path.join(sourceDir, `${id}.json`), 'utf8')) as Omit<SourceRecord, 'text'>;
    const text = await readFile(path.join(sourceDir, `${id}.txt`), 'utf8');
    sources.push({ ...meta, text });
  }
  // Seed order keeps "the first demo page" the same as the first seed article.
  sources.sort((a, b) => a.file.localeCompare(b.file));
  const pages: DemoPage[] = sources.map((source) => ({
    path: `/news/${source.id}.html`,
    title: source.title,
    sourceId: source.id,
    html: renderSourcePage(
      source,
      outlets.find((o) => o.id === source.outlet)?.name ?? source.outlet,
      sources.filter((s) => s !== source).map((s) => s.title),
    ),
  }));
  pages.push({ path: '/news/unrelated.html', title: 'Council approves tram extension', html: renderUnrelatedPage() });
  return pages;
}

/** The demo site's front page, linking every article. */
export function renderIndexPage(pages: DemoPage[]): string {
  const items = pages.map((p) => `<li><a href="${escapeHtml(p.path)}">${escapeHtml(p.title)}</a></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Corroborate demo news</title></head>
<body style="font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 40px auto"><h1>Corroborate demo news</h1><ul>${items}</ul></body></html>`;
}
