// Smoke tests in Firefox ESR with the built extension (WebDriver BiDi): a demo article gets marked,
// the unrelated page does not, the popup renders for the tab, and no request leaves the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extensionTracesInPage, lastTabBefore, openAndWaitReadyFirefox, useFirefoxAndServer } from './harness.js';

const env = useFirefoxAndServer();
const external: string[] = [];

async function watchedPage() {
  const page = await env.session.newPage();
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(env.server.origin + '/') && !/^(moz-extension|data|blob|about):/.test(url)) external.push(url);
  });
  return page;
}

test('Firefox: a demo article gets badges with verdicts', async () => {
  const demo = env.server.pages.find((p) => p.sourceId)!;
  const page = await watchedPage();
  const { state, marks } = await openAndWaitReadyFirefox(page, env.server.origin + demo.path);
  assert.equal(state, 'done');
  assert.ok(marks >= 3, `${marks} marked sentences`);
  const verdicts = await page.$$eval('corroborate-badge', (els) => els.map((el) => el.getAttribute('data-verdict')));
  assert.equal(verdicts.length, marks);
  assert.ok(verdicts.every((v) => ['corroborated', 'contradicted', 'disputed', 'unverified'].includes(v ?? '')));
});

test('Firefox: the page that never names Derna gets nothing', async () => {
  const page = await watchedPage();
  const { state, marks } = await openAndWaitReadyFirefox(page, `${env.server.origin}/news/unrelated.html`);
  assert.equal(state, 'not-about');
  assert.equal(marks, 0);
  assert.equal((await page.$$('corroborate-badge')).length, 0);
});

test('Firefox: a page that never names a topic shows no trace of the extension to its own scripts; an article does', async () => {
  // The control: on an article the same probe finds the marks, so an empty list below is not blindness.
  const demo = env.server.pages.find((p) => p.sourceId)!;
  const article = await watchedPage();
  assert.equal((await openAndWaitReadyFirefox(article, env.server.origin + demo.path)).state, 'done');
  const onArticle = await article.evaluate(extensionTracesInPage);
  for (const expected of ['attribute data-corroborate-state on <html>', 'element <corroborate-badge>']) {
    assert.ok(onArticle.includes(expected), `the probe sees ${expected} on the article (it saw: ${onArticle.join(', ')})`);
  }
  await article.close();

  const page = await watchedPage();
  // Read from the content script's own world: its run has finished, and found no topic.
  const { state } = await openAndWaitReadyFirefox(page, `${env.server.origin}/news/unrelated.html`);
  assert.equal(state, 'not-about');
  assert.deepEqual(await page.evaluate(extensionTracesInPage), []);
  await page.close();
});

test('Firefox: the popup renders the results of the article tab, and nothing left the machine', async () => {
  const demo = env.server.pages.find((p) => p.sourceId)!;
  const article = await watchedPage();
  const { marks } = await openAndWaitReadyFirefox(article, env.server.origin + demo.path);
  const popup = await watchedPage();
  await env.session.gotoExtensionPage(popup, 'popup.html');
  // The article was opened just before the popup.
  const tabId = await lastTabBefore(popup);
  assert.ok(tabId >= 0);
  await env.session.gotoExtensionPage(popup, `popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="verdict-summary"]', { timeout: 20000 });
  const summary = await popup.$eval('[data-testid="verdict-summary"]', (el) => el.textContent ?? '');
  assert.match(summary, new RegExp(String(marks)));
  assert.deepEqual(external, []);
  assert.deepEqual(env.session.errors.filter((e) => /corroborate|moz-extension/i.test(e)), []);
});
