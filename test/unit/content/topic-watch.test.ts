// The part of the content script that runs on every page, over happy-dom: a page that names no topic
// is told so in the script's own world and keeps no trace of it in its document; the imported packs'
// topics are still looked for once that state is published.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { topicPatterns } from '../../../src/core/match/topic-patterns.js';
import type { ContentApi } from '../../../src/content/content-api.js';
import { announceExtraTopics } from '../../../src/content/extra-topics-signal.js';
import { watchForTopic } from '../../../src/content/topic-watch.js';
import { CONTENT_STATE_KEY } from '../../../src/shared/content-state.js';
import type { ContentToBackground } from '../../../src/shared/messages.js';

const UNRELATED = '<h1>Harbour news</h1><p>The ferry to the islands runs again after the storm.</p>';

function setup(body: string) {
  const window = new Window({ url: 'https://news.example/harbour' });
  const doc = window.document as unknown as Document;
  doc.title = 'Harbour news';
  doc.body.innerHTML = body;
  return { window, doc };
}

/** The state the content script keeps in its own world (here, Node's global). */
const publishedState = () => (globalThis as Record<string, unknown>)[CONTENT_STATE_KEY];

const waitFor = async (cond: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out; state ${JSON.stringify(publishedState())}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** Attributes of the document's elements that name the extension. */
const extensionAttributes = (doc: Document) => [...doc.querySelectorAll('*')]
  .flatMap((el) => el.getAttributeNames().filter((name) => name.includes('corroborate')).map((name) => `${el.localName} ${name}`));

test('a page that names no topic: "not-about" in the script\'s world, nothing in the document, no extension API call', async () => {
  const { window, doc } = setup(UNRELATED);
  const before = doc.documentElement.outerHTML;
  watchForTopic({
    api: () => { throw new Error('the extension API was touched on a page that names no topic'); },
    bundledPatterns: topicPatterns(['derna']),
    doc,
  });
  await waitFor(() => publishedState() !== undefined);
  assert.deepEqual(publishedState(), { state: 'not-about', marks: 0 });
  assert.deepEqual(extensionAttributes(doc), []);
  assert.equal(doc.documentElement.outerHTML, before);
  assert.deepEqual(performance.getEntries().filter((e) => e.name.startsWith('corroborate')).map((e) => e.name), []);
  await window.happyDOM.close();
});

test('an imported pack\'s topic announced after "not-about" is looked for, and found', async () => {
  const { window, doc } = setup(UNRELATED);
  const asked: string[] = [];
  const api: ContentApi = {
    async request(request) {
      const message = request as ContentToBackground;
      asked.push(message.type);
      if (message.type === 'getPageSettings') return { ok: true, value: { active: true, highlightStyle: 'underline', topicPatterns: topicPatterns(['harbour']) } } as never;
      return { ok: true, value: null } as never;
    },
    onMessage: () => undefined,
    isAlive: () => true,
    // The page run's module, as the content script imports it: one that starts nothing.
    resourceUrl: () => 'data:text/javascript,export function startPageRun() {}',
  };
  watchForTopic({ api: () => api, bundledPatterns: topicPatterns(['derna']), doc });
  await waitFor(() => (publishedState() as { state?: string } | undefined)?.state === 'not-about');
  assert.equal(asked.length, 0, 'nothing asked before the imported topics were announced');
  announceExtraTopics();
  // The imported topic is on the page: the settings are asked for and the page is read and sent.
  await waitFor(() => asked.includes('annotatePage'));
  assert.equal(asked[0], 'getPageSettings');
  await window.happyDOM.close();
});
