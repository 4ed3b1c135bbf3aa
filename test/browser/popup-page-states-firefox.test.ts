// Firefox ESR: the popup opened as a page for a tab (popup.html?tab=ID). Firefox grants the content
// script's pages as host access, so the popup sees the address of every page it could read: a hidden
// one is a page no extension may read (about:), and an unrelated page of a site turned off still gets
// the site switch. A tab that predates the install gets content scripts in Firefox, so the popup asks
// that script before it advises a reload; the page run is bundled into content.js there, so the
// popup state of a failed import is Chromium's alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { launchFirefox, lastTabBefore, openAndWaitReadyFirefox, startFixtureServer, useFirefoxAndServer, waitReadyFirefox, type FirefoxSession } from './harness.js';

const env = useFirefoxAndServer();

/** Opens the popup as a page for the tab opened last before it (tab ids grow as tabs open). */
async function popupForLastTab(session: FirefoxSession = env.session): Promise<Page> {
  const popup = await session.newPage();
  await session.gotoExtensionPage(popup, 'popup.html');
  const tabId = await lastTabBefore(popup);
  assert.ok(tabId >= 0);
  await session.gotoExtensionPage(popup, `popup.html?tab=${tabId}`);
  return popup;
}

async function emptyKind(popup: Page): Promise<string> {
  const handle = await popup.waitForSelector('[data-empty]', { timeout: 20000 });
  assert.ok(handle);
  return handle.evaluate((el) => el.getAttribute('data-empty') ?? '');
}

test('Firefox: about:blank is a page Corroborate cannot read; an unrelated web page is "not about"', async () => {
  const blank = await env.session.newPage();
  await blank.goto('about:blank');
  const popup = await popupForLastTab();
  assert.equal(await emptyKind(popup), 'cannot-read');
  await popup.close();
  await blank.close();

  const unrelated = await env.session.newPage();
  assert.equal((await openAndWaitReadyFirefox(unrelated, `${env.server.origin}/news/unrelated.html`)).state, 'not-about');
  const control = await popupForLastTab();
  assert.equal(await emptyKind(control), 'not-about');
  await control.close();
  await unrelated.close();
});

test('Firefox: an unrelated page of a site turned off still offers the switch', async () => {
  const site = new URL(env.server.origin).hostname;
  const page = await env.session.newPage();
  assert.equal((await openAndWaitReadyFirefox(page, `${env.server.origin}/news/unrelated.html`)).state, 'not-about');
  const first = await popupForLastTab();
  await first.evaluate(async (s: string) => {
    type Runtime = { runtime: { sendMessage(m: object): Promise<unknown> } };
    await (globalThis as unknown as { browser: Runtime }).browser.runtime.sendMessage({ type: 'setSiteEnabled', site: s, enabled: false });
  }, site);
  await first.close();
  const popup = await popupForLastTab();
  assert.equal(await emptyKind(popup), 'site-off');
  await popup.click('[data-empty="site-off"] button');
  await popup.waitForFunction((s: string) => document.querySelector('.notice')?.textContent?.includes(`Turned on for ${s}`) === true, { timeout: 10000 }, site);
  await popup.close();
  await page.close();
});

test('Firefox: a tab open before the install, on a page that does not name the topic, says "not about" rather than "reload"', async () => {
  const server = await startFixtureServer();
  let early: Page | undefined;
  const session = await launchFirefox(async (browser) => {
    early = await browser.newPage();
    await early.goto(`${server.origin}/news/unrelated.html`, { waitUntil: 'load' });
  });
  try {
    assert.ok(early);
    // Firefox runs the content script in the open tab at install; it says nothing to the background
    // about a page that does not name the topic, so the background has no record of the tab.
    assert.equal((await waitReadyFirefox(early, 20000)).state, 'not-about');
    const popup = await popupForLastTab(session);
    assert.equal(await emptyKind(popup), 'not-about');
    await popup.close();
  } finally {
    await session.close();
    await server.close();
  }
});
