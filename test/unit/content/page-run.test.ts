// The content script's page run over happy-dom with a fake background: badges after the right
// words, the page's text unchanged, settings off removes every mark and on restores them,
// new content is picked up, its own mutations are ignored, a dead extension context stops it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { NO_TOPIC_PATTERNS, topicPatterns } from '../../../src/core/match/topic-patterns.js';
import type { AnnotateResult, Annotation } from '../../../src/core/annotation-types.js';
import type { ContentApi } from '../../../src/content/content-api.js';
import { readAndAsk } from '../../../src/content/first-reading.js';
import { startPageRun } from '../../../src/content/page-run.js';
import type { Scheduler } from '../../../src/content/scheduler.js';
import type { PageSettingsAnswer } from '../../../src/content/request-page-settings.js';
import type { BackgroundToContent, ContentToBackground, PageText } from '../../../src/shared/messages.js';

const SENTENCE = 'The Shura Council forced IS out of Derna.';

function annotationFor(text: string, sentence: string, verdict: Annotation['verdict'] = 'contradicted'): Annotation {
  const start = text.indexOf(sentence);
  return {
    text: sentence, start, end: start + sentence.length, verdict,
    claims: [{ id: 'claim-a', statement: 'MSC expelled IS from Derna', score: 0.9, evidence: [{
      source: { id: 's1', outlet: 'Outlet <b>One</b>', title: 't', published: '2016-04-20', file: '001.txt' },
      quote: 'ISIS "have all left Derna".', stance: 'contradicts', speaker: 'a spokesman', independenceGroup: 'g1', values: ['June 2015'],
    }] }],
    counts: { sources: 2, independent: 1, supporting: 0, contradicting: 2 },
  };
}

interface Fake {
  api: ContentApi;
  sent: PageText[];
  send(message: BackgroundToContent): void;
  alive: boolean;
}

function fakeApi(annotate: (page: PageText) => AnnotateResult): Fake {
  let listener: ((m: BackgroundToContent) => void) | null = null;
  const fake: Fake = {
    sent: [], alive: true,
    send: (m) => listener?.(m),
    api: {
      async request(request) {
        const message = request as ContentToBackground;
        if (message.type === 'getPageSettings') return { ok: true, value: { active: true, highlightStyle: 'underline', topicPatterns: topicPatterns(['derna']) } } as never;
        if (message.type === 'annotatePage') {
          fake.sent.push(message.page);
          return { ok: true, value: annotate(message.page) } as never;
        }
        return { ok: true, value: null } as never;
      },
      onMessage(l, signal) {
        listener = l;
        signal.addEventListener('abort', () => { listener = null; });
      },
      isAlive: () => fake.alive,
      resourceUrl: (path) => `chrome-extension://fake/${path}`,
    },
  };
  return fake;
}

function setup(html: string) {
  const window = new Window({ url: 'https://news.example/derna' });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = html;
  const scheduler: Scheduler = {
    now: () => performance.now(),
    idle: (cb) => { const id = setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: false }), 0); return () => clearTimeout(id); },
    later: (cb, ms) => { const id = setTimeout(cb, Math.min(ms, 20)); return () => clearTimeout(id); },
  };
  return { window, doc, scheduler };
}

const html = (doc: Document) => doc.documentElement;
/** The background's answer for a two-sentence page whose SENTENCE is marked. */
const markingSentence = (page: PageText): AnnotateResult => ({ about: true, sentences: 2, annotations: [annotationFor(page.text, SENTENCE)] });
/** The settings of a page the user turned off. */
const offSettings = () => Promise.resolve<PageSettingsAnswer>({ ok: true, settings: { active: false, highlightStyle: 'underline', topicPatterns: NO_TOPIC_PATTERNS } });
const waitFor = async (cond: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

test('paints a badge after the sentence and leaves the text unchanged', async () => {
  const { window, doc, scheduler } = setup(`<h1>Derna</h1><p>Residents said so. <a href="/x">The Shura Council</a> forced IS out of Derna. More text here.</p>`);
  const before = doc.body.textContent;
  const fake = fakeApi((page) => ({ about: true, sentences: 3, annotations: [annotationFor(page.text, SENTENCE)] }));
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false });
  await run.idle();
  assert.equal(html(doc).getAttribute('data-corroborate-state'), 'done');
  assert.equal(html(doc).getAttribute('data-corroborate-marks'), '1');
  const badge = doc.querySelector('corroborate-badge') as HTMLElement;
  assert.ok(badge);
  assert.equal(badge.getAttribute('data-verdict'), 'contradicted');
  assert.equal(badge.getAttribute('data-claims'), 'claim-a');
  assert.equal(badge.getAttribute('tabindex'), '0');
  assert.equal(badge.getAttribute('role'), 'button');
  assert.equal(badge.getAttribute('aria-label'), 'Contradicted by 2 sources (1 independent)');
  // Right after the sentence's last character.
  assert.equal(badge.previousSibling?.textContent, ' forced IS out of Derna.');
  assert.equal(doc.body.textContent, before);
  assert.equal(fake.sent[0]?.text.includes('Derna\n\nResidents said so.'), true);
  // happy-dom has no CSS.highlights: the fallback overlay host stands in, outside the body.
  assert.ok(doc.documentElement.querySelector(':scope > corroborate-overlay'));
  // Own mutations did not trigger another annotate request.
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(fake.sent.length, 1);
  run.stop();
  assert.equal(doc.querySelector('corroborate-badge'), null);
  assert.equal(doc.querySelector('corroborate-overlay'), null);
  // The split text node was joined back.
  assert.equal((doc.querySelector('p') as Element).childNodes.length, 3);
  assert.equal(doc.body.textContent, before);
  window.close();
});

test('settings off removes every mark, on restores them', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE} Other words.</p><p>${SENTENCE.replace('Derna', 'Derna city')}</p>`);
  const fake = fakeApi((page) => ({ about: true, sentences: 2, annotations: [annotationFor(page.text, SENTENCE, 'corroborated')] }));
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false });
  await run.idle();
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 1);
  fake.send({ type: 'settingsChanged', active: false, highlightStyle: 'underline' });
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 0);
  assert.equal(html(doc).getAttribute('data-corroborate-state'), 'off');
  fake.send({ type: 'settingsChanged', active: true, highlightStyle: 'background' });
  await run.idle();
  await waitFor(() => html(doc).getAttribute('data-corroborate-state') === 'done');
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 1);
  assert.equal(html(doc).getAttribute('data-corroborate-style'), 'background');
  run.stop();
  window.close();
});

test('new content is annotated after it settles; a page not about the topic gets nothing', async () => {
  const { window, doc, scheduler } = setup(`<p>Weather is fine today.</p>`);
  const fake = fakeApi((page) => page.text.includes('Derna')
    ? { about: true, sentences: 2, annotations: [annotationFor(page.text, SENTENCE)] }
    : { about: false, sentences: 1, annotations: [] });
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false, settleMs: 10 });
  await run.idle();
  assert.equal(html(doc).getAttribute('data-corroborate-state'), 'not-about');
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 0);
  const p = doc.createElement('p');
  p.textContent = SENTENCE;
  doc.body.appendChild(p);
  await waitFor(() => doc.querySelectorAll('corroborate-badge').length === 1, 3000);
  assert.equal(fake.sent.length, 2);
  run.stop();
  window.close();
});

test('a sentence whose text changed before painting is not painted', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE}</p>`);
  const fake = fakeApi((page) => {
    const a = annotationFor(page.text, SENTENCE);
    // The page rewrites the sentence while the background is thinking.
    ((doc.querySelector('p') as Element).firstChild as Text).data = 'The army forced IS out of Derna today.';
    return { about: true, sentences: 1, annotations: [a] };
  });
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false });
  await run.idle();
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 0);
  run.stop();
  window.close();
});

test('a dead extension context stops quietly', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE}</p>`);
  const fake = fakeApi((page) => ({ about: true, sentences: 1, annotations: [annotationFor(page.text, SENTENCE)] }));
  fake.alive = false;
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false });
  await run.idle();
  assert.equal(html(doc).getAttribute('data-corroborate-state'), 'off');
  assert.equal(fake.sent.length, 0);
  window.close();
});

test('published date from page metadata is sent', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE}</p>`);
  const meta = doc.createElement('meta');
  meta.setAttribute('property', 'article:published_time');
  meta.setAttribute('content', '2015-06-14T10:00:00Z');
  doc.head.appendChild(meta);
  const fake = fakeApi(() => ({ about: false, sentences: 1, annotations: [] }));
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false });
  await run.idle();
  assert.deepEqual(fake.sent[0]?.dateValues, ['2015-06-14T10:00:00Z']);
  assert.equal(fake.sent[0]?.url, 'https://news.example/derna');
  run.stop();
  window.close();
});

test('with the settings still on their way nothing is sent; once they say on, the page is annotated', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE} Other words.</p>`);
  const fake = fakeApi(markingSentence);
  let answer: (value: PageSettingsAnswer) => void = () => undefined;
  const settings = new Promise<PageSettingsAnswer>((resolve) => { answer = resolve; });
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false, settings });
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(fake.sent.length, 0, 'no text leaves before the settings are known');
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 0);
  answer({ ok: true, settings: { active: true, highlightStyle: 'background', topicPatterns: topicPatterns(['derna']) } });
  await run.idle();
  assert.equal(fake.sent.length, 1);
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 1);
  assert.equal(html(doc).getAttribute('data-corroborate-style'), 'background');
  run.stop();
  window.close();
});

test('a page the user turned off is neither sent nor painted, and turning it on annotates it', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE} Other words.</p>`);
  const fake = fakeApi(markingSentence);
  const settings = offSettings();
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false, settings });
  await run.idle();
  assert.equal(html(doc).getAttribute('data-corroborate-state'), 'off');
  assert.equal(fake.sent.length, 0);
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 0);
  fake.send({ type: 'settingsChanged', active: true, highlightStyle: 'underline' });
  await waitFor(() => html(doc).getAttribute('data-corroborate-state') === 'done');
  assert.equal(fake.sent.length, 1);
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 1);
  run.stop();
  window.close();
});

// content.js reads the page and sends annotatePage itself while content-main.js loads
// (first-reading.ts); the page run takes over that reading and that pending answer.
test('a first reading handed over is the first pass: the page is read once and asked once', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE} Other words.</p>`);
  const fake = fakeApi(markingSentence);
  const firstReading = readAndAsk(fake.api, doc, 'https://news.example/derna');
  let readByRun = 0;
  const run = startPageRun({ api: fake.api, doc, scheduler, firstReading, isHidden: () => { readByRun++; return false; } });
  await run.idle();
  assert.equal(fake.sent.length, 1, 'one annotatePage request');
  assert.equal(readByRun, 0, 'the page run did not read the page again');
  assert.equal(html(doc).getAttribute('data-corroborate-state'), 'done');
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 1);
  // Nothing changed on the page: no re-read follows.
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(fake.sent.length, 1);
  run.stop();
  window.close();
});

test('a page turned off gets no marks from the first reading\'s answer, and turning it on reads it afresh', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE} Other words.</p>`);
  // This fake answers with marks whatever the settings (the real background answers "not about"):
  // the page run must still paint nothing on a page the settings say is off.
  const fake = fakeApi(markingSentence);
  const firstReading = readAndAsk(fake.api, doc, 'https://news.example/derna');
  const settings = offSettings();
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false, settings, firstReading });
  await run.idle();
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(html(doc).getAttribute('data-corroborate-state'), 'off');
  assert.equal(html(doc).getAttribute('data-corroborate-marks'), '0');
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 0);
  fake.send({ type: 'settingsChanged', active: true, highlightStyle: 'underline' });
  await waitFor(() => html(doc).getAttribute('data-corroborate-state') === 'done');
  assert.equal(fake.sent.length, 2, 'turned on, the page is read and asked again');
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 1);
  run.stop();
  window.close();
});

test('content added after the first reading, before the page run starts, is read later', async () => {
  const { window, doc, scheduler } = setup(`<p>Weather is fine today.</p>`);
  const fake = fakeApi((page) => page.text.includes('Derna')
    ? { about: true, sentences: 2, annotations: [annotationFor(page.text, SENTENCE)] }
    : { about: false, sentences: 1, annotations: [] });
  const firstReading = readAndAsk(fake.api, doc, 'https://news.example/derna');
  await firstReading;
  // The page adds the article while content-main.js is still loading.
  const p = doc.createElement('p');
  p.textContent = SENTENCE;
  doc.body.appendChild(p);
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false, settleMs: 10, firstReading });
  await waitFor(() => doc.querySelectorAll('corroborate-badge').length === 1, 3000);
  assert.equal(fake.sent.length, 2);
  run.stop();
  window.close();
});

test('a first reading of an address the page has left is not used', async () => {
  const { window, doc, scheduler } = setup(`<p>${SENTENCE}</p>`);
  const fake = fakeApi((page) => ({ about: true, sentences: 1, annotations: [annotationFor(page.text, SENTENCE)] }));
  const firstReading = readAndAsk(fake.api, doc, 'https://news.example/earlier-article');
  await firstReading;
  const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => false, firstReading });
  await run.idle();
  assert.deepEqual(fake.sent.map((page) => page.url), ['https://news.example/earlier-article', 'https://news.example/derna']);
  assert.equal(doc.querySelectorAll('corroborate-badge').length, 1);
  run.stop();
  window.close();
});

test('a pass that throws leaves no mark and tells the background, which then drops the toolbar count', async () => {
  const { window, doc, scheduler } = setup(`<h1>Derna</h1><p>Residents said so. The Shura Council forced IS out of Derna. More text here.</p>`);
  const before = doc.body.textContent;
  const fake = fakeApi((page) => ({ about: true, sentences: 3, annotations: [annotationFor(page.text, SENTENCE)] }));
  const requests: string[] = [];
  const request = fake.api.request.bind(fake.api);
  fake.api.request = ((message: ContentToBackground) => {
    requests.push(message.type);
    return request(message as never);
  }) as ContentApi['request'];
  const errors: unknown[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => { errors.push(args); };
  try {
    // A page whose nodes make the reading throw (a hostile getter, say).
    const run = startPageRun({ api: fake.api, doc, scheduler, isHidden: () => { throw new Error('hostile node'); } });
    await run.idle();
    assert.equal(html(doc).getAttribute('data-corroborate-state'), 'error');
    assert.equal(doc.querySelector('corroborate-badge'), null);
    assert.equal(doc.body.textContent, before);
    assert.deepEqual(requests.filter((t) => t !== 'getPageSettings'), ['pageRunFailed']);
    assert.equal(errors.length, 1, 'the failure is logged once');
    run.stop();
  } finally {
    console.error = consoleError;
    window.close();
  }
});
