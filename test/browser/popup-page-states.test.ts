// Chromium, the popup opened from the toolbar button (puppeteer-core: the install happens while a tab
// is open, and the button is clicked, which grants activeTab as a user's click does). What the popup
// says about a page with no marks must match why: a tab opened before the install needs a reload;
// a page no content script runs in cannot be read; an unrelated page of a site turned off still
// offers the switch; a page whose page run failed keeps no toolbar count and says so.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Extension, Page } from 'puppeteer-core';
import { DIST_CHROME, launchChromiumWithActions, startFixtureServer, waitReadyPptr, type ChromiumActionSession } from './harness.js';
import type { DemoServer } from '../../src/demo/demo-server.js';

let server: DemoServer;
let session: ChromiumActionSession;
let extension: Extension;
let openedBeforeInstall: Page;
const brokenBuilds: string[] = [];

before(async () => {
  server = await startFixtureServer();
  session = await launchChromiumWithActions();
  openedBeforeInstall = await session.newPage();
  await openedBeforeInstall.goto(server.origin + articlePath(), { waitUntil: 'load' });
  extension = await session.install();
});
after(async () => {
  await session?.close();
  await server?.close();
  for (const dir of brokenBuilds) rmSync(dir, { recursive: true, force: true });
});

function articlePath(): string {
  const demo = server.pages.find((p) => p.sourceId);
  if (demo === undefined) throw new Error('the demo server has no source article');
  return demo.path;
}

/** The popup's empty state: its data-empty name and its text. */
async function emptyState(popup: Page): Promise<{ kind: string; text: string }> {
  const handle = await popup.waitForSelector('[data-empty]', { timeout: 10000 });
  if (handle === null) throw new Error('no empty state');
  return handle.evaluate((el) => ({ kind: el.getAttribute('data-empty') ?? '', text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() }));
}

test('a tab opened before the install: the popup asks for a reload, and its button reloads the page, which then gets its marks', async () => {
  assert.equal(await openedBeforeInstall.evaluate(() => document.documentElement.getAttribute('data-corroborate-state')), null, 'no content script in a tab that predates the install');
  const popup = await session.openActionPopup(extension, openedBeforeInstall);
  const empty = await emptyState(popup);
  assert.equal(empty.kind, 'reload');
  assert.match(empty.text, /Reload this page to check it/);
  await popup.click('[data-empty="reload"] button');
  const { state, marks } = await waitReadyPptr(openedBeforeInstall, extension.id);
  assert.equal(state, 'done');
  assert.ok(marks > 0, `${marks} marks after the reload`);
  await popup.close();
});

test('pages no content script runs in: the popup says Corroborate cannot read them; an unrelated web page is still "not about"', async () => {
  const unreadable = [
    'chrome://version/',
    'about:blank',
    `chrome-extension://${extension.id}/options.html`,
    `view-source:${server.origin}/news/unrelated.html`,
    'data:text/html,<p>Derna</p>',
  ];
  for (const url of unreadable) {
    const page = await session.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const popup = await session.openActionPopup(extension, page);
    const empty = await emptyState(popup);
    assert.equal(empty.kind, 'cannot-read', url);
    assert.match(empty.text, /cannot read this kind of page/, url);
    await popup.close();
    await page.close();
  }
  const unrelated = await session.newPage();
  await unrelated.goto(`${server.origin}/news/unrelated.html`, { waitUntil: 'load' });
  assert.equal((await waitReadyPptr(unrelated, extension.id)).state, 'not-about');
  const popup = await session.openActionPopup(extension, unrelated);
  assert.equal((await emptyState(popup)).kind, 'not-about');
  await popup.close();
  await unrelated.close();
});

test('an unrelated page of a site turned off still offers the switch, and the switch turns the site on', async () => {
  const page = await session.newPage();
  await page.goto(`${server.origin}/news/unrelated.html`, { waitUntil: 'load' });
  await waitReadyPptr(page, extension.id);
  const site = new URL(server.origin).hostname;
  const first = await session.openActionPopup(extension, page);
  await first.evaluate(async (s: string) => {
    type Runtime = { runtime: { sendMessage(m: object): Promise<unknown> } };
    await (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ type: 'setSiteEnabled', site: s, enabled: false });
  }, site);
  await first.close();

  const popup = await session.openActionPopup(extension, page);
  const empty = await emptyState(popup);
  assert.equal(empty.kind, 'site-off');
  assert.match(empty.text, new RegExp(`off for ${site.replaceAll('.', '\\.')}`));
  await popup.click('[data-empty="site-off"] button');
  await popup.waitForFunction((s: string) => document.querySelector('.notice')?.textContent?.includes(`Turned on for ${s}`) === true, { timeout: 10000 }, site);
  const disabled = await popup.evaluate(async () => {
    type Runtime = { runtime: { sendMessage(m: object): Promise<{ value: { disabledSites: string[] } }> } };
    return (await (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage({ type: 'getSettings' })).value.disabledSites;
  });
  assert.deepEqual(disabled, []);
  await popup.close();
  await page.close();
});

test('a page whose page run failed (content-main.js missing) keeps no toolbar count, and the popup says what happened', async () => {
  // A build whose content-main.js cannot be imported: content.js sends the text, then the import rejects.
  const broken = mkdtempSync(path.join(os.tmpdir(), 'corroborate-broken-'));
  brokenBuilds.push(broken);
  cpSync(DIST_CHROME, broken, { recursive: true, filter: (source) => path.basename(source) !== 'content-main.js' });
  await session.browser.uninstallExtension(extension.id);
  const brokenExtension = await session.install(broken);

  const page = await session.newPage();
  await page.goto(server.origin + articlePath(), { waitUntil: 'load' });
  const { state, marks } = await waitReadyPptr(page, brokenExtension.id);
  assert.equal(state, 'error');
  assert.equal(marks, 0);
  // The annotatePage answer may still be on its way: the count must stay away after it too.
  await page.waitForFunction(() => performance.getEntriesByName('corroborate:answered').length > 0, { timeout: 10000 });
  assert.equal(await session.badgeText(brokenExtension, page), '');
  const popup = await session.openActionPopup(brokenExtension, page);
  const empty = await emptyState(popup);
  assert.equal(empty.kind, 'failed');
  assert.match(empty.text, /could not mark this page/);
  await popup.close();
  await page.close();
});
