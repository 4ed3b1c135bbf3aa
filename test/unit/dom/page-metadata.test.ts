// The publication date the content script and the CLI read from a page, over happy-dom: every kind of
// date metadata news sites publish, in the formats they write, and which one wins when they disagree.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { readPageMetadata } from '../../../src/dom/page-metadata.js';
import { firstDayOf } from '../../../src/core/dates/parse-day-value.js';

const window = new Window();
after(() => window.happyDOM.close());

const page = (head: string, body = '<p>Fighters took the centre of Derna.</p>'): Document =>
  new window.DOMParser().parseFromString(`<!doctype html><html><head><title>Derna</title>${head}</head><body>${body}</body></html>`, 'text/html') as unknown as Document;
const published = (head: string, body?: string): string | undefined => firstDayOf(readPageMetadata(page(head, body)).dateValues);

test('Open Graph, Parse.ly and Dublin Core meta tags, in any letter case', () => {
  assert.equal(published('<meta property="article:published_time" content="2015-06-18T09:12:00+02:00">'), '2015-06-18');
  assert.equal(published('<meta property="og:published_time" content="2015-06-18T09:12:00Z">'), '2015-06-18');
  assert.equal(published('<meta name="parsely-pub-date" content="2015-06-18T07:12:00Z">'), '2015-06-18');
  assert.equal(published('<meta name="DC.Date.Issued" content="2015/06/18">'), '2015-06-18');
  assert.equal(published('<meta name="pubdate" content="20150618">'), '2015-06-18');
  assert.equal(published('<meta name="date" content="Thu, 18 Jun 2015 09:12:00 GMT">'), '2015-06-18');
});

test('JSON-LD alone dates the page, its escaped slashes too', () => {
  const jsonLd = (json: string): string => `<script type="application/ld+json">${json}</script>`;
  assert.equal(published(jsonLd('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Derna","datePublished":"2015-06-18T09:12:00+02:00"}')), '2015-06-18');
  assert.equal(published(jsonLd('{"@type":"NewsArticle","datePublished":"2015\\/06\\/18"}')), '2015-06-18');
  // A graph the size of a small book is not scanned.
  assert.equal(published(jsonLd(`{"@type":"NewsArticle","datePublished":"2015-06-18","x":"${'a'.repeat(200_001)}"}`)), undefined);
});

test('itemprop="datePublished" on a <time>, a <meta> or plain text, and <time pubdate>', () => {
  assert.equal(published('', '<article><time itemprop="datePublished" datetime="2015-06-18T09:12">18 June</time><p>Derna.</p></article>'), '2015-06-18');
  assert.equal(published('', '<div itemscope><meta itemprop="datePublished" content="2015-06-18"></div>'), '2015-06-18');
  assert.equal(published('', '<p>By Jane Doe, <span itemprop="datePublished">June 18, 2015</span></p>'), '2015-06-18');
  assert.equal(published('', '<time pubdate datetime="2015-06-18">Thursday</time>'), '2015-06-18');
  assert.equal(published('', '<p class="byline">Posted <time pubdate>18 June 2015</time></p>'), '2015-06-18');
});

test('a value that is no whole day gives way to the next source; none at all, no date', () => {
  assert.equal(published('<meta property="article:published_time" content="2015-06"><meta name="date" content="18 June 2015">'), '2015-06-18');
  assert.equal(published('<meta property="article:published_time" content="not a date">', '<script type="application/ld+json">{"datePublished":"2015-06-18"}</script>'), '2015-06-18');
  assert.equal(published('<meta name="date" content="June 2015">'), undefined);
  assert.equal(published('<meta name="description" content="2015-06-18">'), undefined);
  assert.equal(published(''), undefined);
});

test('the most trusted source wins whatever the document order', () => {
  // Any <time> on a page (a related story's, a comment's) is the weakest sign, and article metadata the strongest.
  assert.equal(published('', '<time datetime="2016-01-01">Jan 1</time><span itemprop="datePublished">2015-06-19</span>'), '2015-06-19');
  assert.equal(published('<meta name="date" content="2015-06-20">', '<span itemprop="datePublished">2015-06-19</span>'), '2015-06-20');
  assert.equal(published('<meta name="date" content="2015-06-20"><meta property="article:published_time" content="2015-06-18">'), '2015-06-18');
  assert.equal(published('', '<aside><time datetime="2016-01-01">Jan 1</time></aside><article><time datetime="2015-06-18">18 June</time></article>'), '2015-06-18');
  assert.equal(published('', '<aside><time datetime="2016-01-01">Jan 1</time></aside>'), '2016-01-01');
});

test('the values come as written, most trusted first, with the title; the day is read from them later', () => {
  assert.deepEqual(
    readPageMetadata(page('<meta name="date" content=" June 2015 "><meta property="article:published_time" content="2015-06-18T09:12Z">', '<time datetime="2015-06-19">x</time>')),
    { dateValues: ['2015-06-18T09:12Z', 'June 2015', '2015-06-19'], title: 'Derna' },
  );
  // Long values are no dates, and a page with a <time> per comment sends a bounded list.
  const comments = Array.from({ length: 40 }, (_, i) => `<time datetime="2016-01-${String(1 + (i % 28)).padStart(2, '0')}">c</time>`).join('');
  const many = readPageMetadata(page(`<meta name="date" content="${'9'.repeat(101)}">`, comments)).dateValues;
  assert.equal(many.length, 24);
  assert.equal(many[0], '2016-01-01');
});
