// Chromium with the built extension: importing a good pack and a bad pack through the options
// page (file input), and the database staying as it was after the bad one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionPageUrl, launchChromium, ROOT, type ChromiumSession } from './harness.js';
import type { EditorialPack } from '../../src/core/pack/pack-types.js';
import { readPack } from '../../src/tools/read-pack.js';

let session: ChromiumSession;
let good: EditorialPack;

before(async () => {
  session = await launchChromium();
  const { pack } = await readPack(path.join(ROOT, 'data'));
  good = { ...pack, id: 'derna-copy', name: 'Derna (my copy)', version: '9.9.9' };
});
after(async () => {
  await session?.close();
});

async function packIds(page: import('playwright-core').Page): Promise<string[]> {
  return page.locator('tr[data-pack]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pack') ?? ''));
}

test('a good pack is imported; a bad pack is refused with its reason and changes nothing', async () => {
  const page = await session.newPage();
  await page.goto(extensionPageUrl(session, 'options.html'));
  await page.waitForSelector('tr[data-pack]');
  const before = await packIds(page);
  assert.equal(before.length, 1, 'only the bundled pack at first');

  await page.setInputFiles('input[type="file"]', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await page.waitForSelector('[data-status]');
  assert.match(await page.locator('[data-status]').innerText(), /Imported/);
  await page.waitForSelector('tr[data-pack="derna-copy"]');
  const withGood = await packIds(page);

  const broken = structuredClone(good);
  broken.id = 'derna-broken';
  const evidence = broken.claims[0]?.evidence[0];
  assert.ok(evidence);
  evidence.quote = 'A sentence that is in no source at all.';
  for (const [name, body] of [['bad-quote.json', JSON.stringify(broken)], ['not-json.json', '{ nope']] as const) {
    await page.setInputFiles('input[type="file"]', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.waitForSelector('[data-import-error]');
    assert.match(await page.locator('[data-import-error]').innerText(), /nothing was changed/);
  }
  await page.reload();
  await page.waitForSelector('tr[data-pack="derna-copy"]');
  assert.deepEqual(await packIds(page), withGood, 'the database is as it was after the good import');

  page.once('dialog', (d) => void d.accept());
  await page.locator('tr[data-pack="derna-copy"] button', { hasText: 'Remove' }).click();
  await page.waitForSelector('tr[data-pack="derna-copy"]', { state: 'detached' });
  assert.deepEqual(await packIds(page), before);
  await page.close();
});
