// Chromium with the built extension: the popup opened for a demo article (popup.html?tab=ID)
// shows the source comparison for a contradicted or disputed claim, and Show in page works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { externalRequests, openAndWaitReady, openPopupFor, useChromiumAndServer } from './harness.js';

const env = useChromiumAndServer();

test('the popup for a demo article compares the sources of a contradicted or disputed claim', async () => {
  let checked = false;
  for (const demo of env.server.pages.filter((p) => p.sourceId)) {
    const page = await env.session.newPage();
    await openAndWaitReady(page, env.server.origin + demo.path);
    const popup = await openPopupFor(env.session, await env.session.tabIdOf(page));
    await popup.waitForSelector('[data-testid="verdict-summary"]', { timeout: 10000 });
    const conflicted = popup.locator('.claim-group', { has: popup.locator('.sentence[data-verdict="contradicted"], .sentence[data-verdict="disputed"]') }).first();
    if ((await conflicted.count()) === 0) {
      await popup.close();
      await page.close();
      continue;
    }
    await conflicted.locator('.claim-button').focus();
    await popup.keyboard.press('Enter');
    const comparison = popup.locator('.comparison');
    await comparison.waitFor();
    const conflictRows = comparison.locator('.column.conflict .evidence');
    assert.ok((await conflictRows.count()) >= 1, `${demo.path}: at least one conflicting source`);
    const first = conflictRows.first();
    assert.ok((await first.locator('.outlet').innerText()).length > 0, 'outlet shown');
    assert.match(await first.locator('time').innerText(), /^\d{4}(-\d{2}){0,2}$/);
    assert.ok((await first.locator('.quote').innerText()).length > 10, 'verbatim quote shown');
    // Show in page reaches the article tab without an error notice.
    await conflicted.locator('.show-in-page').first().click();
    assert.equal(await popup.locator('.notice.error').count(), 0);
    checked = true;
    await popup.close();
    await page.close();
    break;
  }
  assert.ok(checked, 'some demo article has a contradicted or disputed sentence');
  assert.deepEqual(externalRequests(env.session.requests, env.server.origin), []);
});

test('the popup explains itself on the page that is not about the topic, and search still works', async () => {
  const page = await env.session.newPage();
  await openAndWaitReady(page, `${env.server.origin}/news/unrelated.html`);
  const popup = await openPopupFor(env.session, await env.session.tabIdOf(page));
  await popup.waitForSelector('[data-empty="not-about"]', { timeout: 10000 });
  await popup.fill('input[type="search"]', 'Derna');
  await popup.waitForSelector('.search-hits button', { timeout: 10000 });
  await popup.locator('.search-hits button').first().click();
  await popup.locator('.comparison .evidence').first().waitFor();
  await popup.close();
  await page.close();
});
