// Chromium with the built extension: what a page that names no topic costs and still gets, and
// how an imported pack on a topic the bundled pack does not name still gets its pages marked.
// - A page about something else sends the background no message at all (content.js carries the
//   bundled pack's topic names); the popup still says why nothing is marked, and the toolbar count
//   of the tab's previous page is gone.
// - An imported pack on another topic: topic-extra.js, registered by the background once the user
//   has granted host access, makes content.js ask for every pack's topic names, and the page is
//   read and judged on the imported pack's topic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileTopicMatcher } from '../../src/content/topic-precheck.js';
import { loadIndex, topicSpellings } from '../../src/core/index.js';
import type { CompiledPack } from '../../src/core/pack/compile-pack.js';
import { PAGE_ORIGINS } from '../../src/shared/page-origins.js';
import { miniPack } from '../unit/background/mini-pack.js';
import {
  DIST_CHROME, extensionPageUrl, launchChromium, openAndWaitReady, openPopupFor, ROOT, startFixtureServer, useChromiumAndServer, waitReady,
  type ChromiumSession,
} from './harness.js';

const env = useChromiumAndServer();

/** Starts recording, in the service worker, every runtime message and the tab it came from. */
async function recordMessages(session: ChromiumSession): Promise<void> {
  // A string, so the test runner's transform adds nothing the worker lacks.
  await session.worker.evaluate(`(() => {
    self.corroborateSeen = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      self.corroborateSeen.push({ type: message && message.type, tabId: sender.tab ? sender.tab.id : null });
    });
  })()`);
}

const messagesFrom = async (session: ChromiumSession, tabId: number): Promise<string[]> =>
  session.worker.evaluate(`self.corroborateSeen.filter((m) => m.tabId === ${tabId}).map((m) => m.type)`) as Promise<string[]>;

const toolbarCount = (session: ChromiumSession, tabId: number): Promise<string> =>
  session.worker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`) as Promise<string>;

test('a page that names no topic sends no message, yet the popup says why nothing is marked and the previous count is gone', async () => {
  await recordMessages(env.session);
  const page = await env.session.newPage();
  const article = env.server.pages.find((p) => p.sourceId);
  assert.ok(article);
  const marked = await openAndWaitReady(page, env.server.origin + article.path);
  assert.equal(marked.state, 'done');
  const tabId = await env.session.tabIdOf(page);
  assert.deepEqual((await messagesFrom(env.session, tabId)).slice(0, 2), ['getPageSettings', 'annotatePage'], 'a page that names the topic does talk to the background');
  assert.equal(await toolbarCount(env.session, tabId), String(marked.marks));

  await env.session.worker.evaluate('self.corroborateSeen.length = 0');
  const unrelated = await openAndWaitReady(page, `${env.server.origin}/news/unrelated.html`);
  assert.equal(unrelated.state, 'not-about');
  // Late content arms a timer only; give a stray message time to arrive before saying there was none.
  await page.waitForTimeout(300);
  assert.deepEqual(await messagesFrom(env.session, tabId), [], 'no runtime message from a page that names no topic');
  assert.equal(await toolbarCount(env.session, tabId), '', 'the previous article\'s count is not left standing');

  const popup = await openPopupFor(env.session, tabId);
  await popup.waitForSelector('[data-empty="not-about"]', { timeout: 10000 });
  await popup.close();
  await page.close();
});

test('late content that names the topic still starts a run', async () => {
  const page = await env.session.newPage();
  const { state } = await openAndWaitReady(page, `${env.server.origin}/news/unrelated.html`);
  assert.equal(state, 'not-about');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Fighters of the Derna Mujahideen Shura Council drove Islamic State out of Derna in June 2015.';
    document.body.append(p);
  });
  await page.waitForFunction(() => document.documentElement.getAttribute('data-corroborate-state') === 'done', undefined, { timeout: 15000 });
  await page.close();
});

/** The mini pack of the unit tests, moved to Sirte and other fighters: a topic the bundled pack does not name. */
function sirtePack(): ReturnType<typeof miniPack> {
  const json = JSON.stringify(miniPack({ id: 'sirte-imported', name: 'Sirte (imported)', version: '1.0.0' }))
    .replaceAll('Derna', 'Sirte').replaceAll('Darnah', 'Syrtis').replaceAll('place:derna', 'place:sirte')
    // "Shura Council" is one of the bundled pack's topic names; a name of the same length keeps the quotes' offsets.
    .replaceAll('Shura Council', 'Qasr Brigades');
  return JSON.parse(json) as ReturnType<typeof miniPack>;
}

const SIRTE_PAGE = `<!doctype html><html><head><title>Sirte</title>
<meta property="article:published_time" content="2015-06-20T10:00:00Z"></head>
<body><article><h1>Fighting in Sirte</h1>
<p>Fighters of the Qasr Brigades drove Islamic State out of Sirte on 14 June. Residents said seven fighters were killed.</p>
</article></body></html>`;

/**
 * Host access is optional and asked for with a browser dialog that no test driver can answer: a
 * copy of the build with it required stands for a user who has granted it.
 */
async function launchWithHostAccess(): Promise<{ session: ChromiumSession; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-host-access-'));
  cpSync(DIST_CHROME, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [...PAGE_ORIGINS];
  delete manifest.optional_host_permissions;
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const session = await launchChromium(dir);
  return {
    session,
    async close() {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('an imported pack on another topic gets its pages read once host access is granted', async () => {
  const bundled = JSON.parse(readFileSync(path.join(ROOT, 'dist/pack.json'), 'utf8')) as CompiledPack;
  const pageText = SIRTE_PAGE.replace(/<[^>]+>/g, ' ');
  assert.equal(compileTopicMatcher(topicSpellings(loadIndex(bundled))).test(pageText), false, 'the page names nothing the bundled pack looks for');

  const granted = await launchWithHostAccess();
  const { session } = granted;
  const server = await startFixtureServer();
  try {
    const options = await session.newPage();
    await options.goto(extensionPageUrl(session, 'options.html'));
    await options.waitForSelector('tr[data-pack]');
    await options.setInputFiles('input[type="file"]', { name: 'sirte.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sirtePack())) });
    await options.waitForSelector('tr[data-pack="sirte-imported"]');
    await options.waitForSelector('[data-topic-access="looking"]', { timeout: 10000 });
    await options.close();

    const page = await session.newPage();
    const url = `${server.origin}/fixtures/sirte-imported.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: SIRTE_PAGE }));
    await recordMessages(session);
    await page.goto(url);
    // content.js may record "not about" for the bundled spellings before topic-extra.js has run; the second search,
    // for the imported topics, follows from there (topic-watch.ts), so "not about" is not yet the last word here.
    let run = await waitReady(page);
    for (const until = Date.now() + 10000; run.state === 'not-about' && Date.now() < until; run = await waitReady(page)) await page.waitForTimeout(100);
    assert.equal(run.state, 'done', 'read as a page about a topic of the packs');
    const tabId = await session.tabIdOf(page);
    assert.ok((await messagesFrom(session, tabId)).includes('annotatePage'), 'the page\'s text went to the background');
    // The tiny test pack marks no sentence of this page; the popup says it is on the imported topic.
    const popup = await openPopupFor(session, tabId);
    await popup.waitForSelector('[data-empty="no-marks"]', { timeout: 10000 });
    assert.match(await popup.locator('[data-empty="no-marks"]').innerText(), /Sirte \(imported\)/);
    await popup.close();
    await page.close();
  } finally {
    // The browser first: the server's close waits for the browser's open connections.
    await granted.close();
    await server.close();
  }
});
