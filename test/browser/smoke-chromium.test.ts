// Smoke tests in Chromium with the built extension: a demo article gets marked, the page that never
// names Derna gets nothing, the popup renders the tab's results, and no request leaves the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  externalRequests, extensionTracesInPage, openAndWaitReady, openPopupFor, useChromiumAndServer,
} from './harness.js';

const env = useChromiumAndServer();

test('every demo article gets badges, each with a verdict and claim ids', async () => {
  for (const demo of env.server.pages.filter((p) => p.sourceId)) {
    const page = await env.session.newPage();
    const { state, marks } = await openAndWaitReady(page, env.server.origin + demo.path);
    assert.equal(state, 'done', `${demo.path} finished`);
    assert.ok(marks >= 3, `${demo.path} has ${marks} marked sentences`);
    const badges = await page.$$eval('corroborate-badge', (els) =>
      els.map((el) => ({ verdict: el.getAttribute('data-verdict'), claims: el.getAttribute('data-claims') ?? '' })));
    assert.equal(badges.length, marks);
    for (const b of badges) {
      assert.ok(['corroborated', 'contradicted', 'disputed', 'unverified'].includes(b.verdict ?? ''), `verdict ${b.verdict}`);
      assert.match(b.claims, /^[a-z0-9-]+( [a-z0-9-]+)*$/);
    }
    await page.close();
  }
});

test('the page that never names Derna gets no badge and no highlight', async () => {
  const page = await env.session.newPage();
  const { state, marks } = await openAndWaitReady(page, `${env.server.origin}/news/unrelated.html`);
  assert.equal(state, 'not-about');
  assert.equal(marks, 0);
  assert.equal(await page.locator('corroborate-badge').count(), 0);
  const highlighted = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    let ranges = 0;
    registry?.forEach((h, name) => { if (name.startsWith('corroborate')) ranges += h.size; });
    return ranges;
  });
  assert.equal(highlighted, 0);
  await page.close();
});

test('a page that never names a topic shows no trace of the extension to its own scripts; an article does', async () => {
  // The control: on an article the same probe finds the marks, so an empty list below is not blindness.
  const demo = env.server.pages.find((p) => p.sourceId)!;
  const article = await env.session.newPage();
  assert.equal((await openAndWaitReady(article, env.server.origin + demo.path)).state, 'done');
  const onArticle = await article.evaluate(extensionTracesInPage);
  for (const expected of ['attribute data-corroborate-state on <html>', 'element <corroborate-badge>', 'performance mark corroborate:named']) {
    assert.ok(onArticle.includes(expected), `the probe sees ${expected} on the article (it saw: ${onArticle.join(', ')})`);
  }
  await article.close();

  const page = await env.session.newPage();
  // Read from the content script's own world: its run has finished, and found no topic.
  const { state } = await openAndWaitReady(page, `${env.server.origin}/news/unrelated.html`);
  assert.equal(state, 'not-about');
  assert.deepEqual(await page.evaluate(extensionTracesInPage), []);
  await page.close();
});

test('annotating leaves the page text unchanged', async () => {
  const demo = env.server.pages.find((p) => p.sourceId)!;
  const page = await env.session.newPage();
  const { marks } = await openAndWaitReady(page, env.server.origin + demo.path);
  assert.ok(marks > 0);
  const { withoutBadges, original } = await page.evaluate((html) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('corroborate-badge').forEach((b) => b.remove());
    const served = new DOMParser().parseFromString(html, 'text/html');
    return { withoutBadges: clone.textContent, original: served.body.textContent };
  }, demo.html);
  assert.equal(withoutBadges, original);
  await page.close();
});

test('the popup for a demo article shows its marked sentences; no request left the machine', async () => {
  const demo = env.server.pages.find((p) => p.sourceId)!;
  const page = await env.session.newPage();
  const { marks } = await openAndWaitReady(page, env.server.origin + demo.path);
  const tabId = await env.session.tabIdOf(page);
  const popup = await openPopupFor(env.session, tabId);
  await popup.waitForSelector('[data-testid="verdict-summary"]', { timeout: 20000 });
  const summary = await popup.locator('[data-testid="verdict-summary"]').innerText();
  assert.match(summary, new RegExp(String(marks)));
  assert.deepEqual(externalRequests(env.session.requests, env.server.origin), []);
  assert.deepEqual(env.session.errors.filter((e) => /corroborate|chrome-extension/i.test(e)), []);
  await popup.close();
  await page.close();
});
