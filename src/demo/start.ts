// `npm start`: builds the extension, serves the demo news pages on 127.0.0.1 and opens Chromium
// with the extension loaded on the first demo article.
//   npm start                                   a browser window (needs a display)
//   npm start -- --headless --screenshot FILE   no display: writes a screenshot of an annotated article
//   npm start -- --port 8080                    a fixed port for the demo server
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.js';
import { waitForFinishedRunCdp } from '../../test/browser/content-world.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION = path.join(ROOT, 'dist/chrome');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message: string): never {
  console.error(`corroborate: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const screenshot = option('--screenshot');
  const headless = process.argv.includes('--headless') || Boolean(screenshot);
  if (!existsSync(CHROMIUM)) {
    fail(`no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary.`);
  }
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    fail('no display to open a browser window on. Run `npm start -- --headless --screenshot shot.png` instead.');
  }

  const build = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed (see above).');

  const port = option('--port');
  const server = await startDemoServer({ dataDir: path.join(ROOT, 'data'), port: port ? Number(port) : undefined });
  const first = server.pages[0];
  if (!first) fail('no demo pages: data/sources is empty.');
  console.log(`demo news site: ${server.origin}/`);
  for (const page of server.pages) console.log(`  ${server.origin}${page.path}  ${page.title}`);

  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'corroborate-start-')), {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1280, height: 1000 } : null,
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}${first.path}`);
  // The content script's state is read in its own world, where it lives (src/shared/content-state.ts).
  const cdp = await context.newCDPSession(page);
  const { state, marks } = await waitForFinishedRunCdp(cdp, `chrome-extension://${new URL(worker.url()).host}`, 20000);
  await cdp.detach();
  console.log(`annotated ${first.path}: state ${state}, ${marks} marked sentences`);

  if (screenshot) {
    // Open the evidence card of the first disputed or contradicted badge, so the picture shows what a reader sees.
    const badge = page.locator('corroborate-badge[data-verdict="disputed"], corroborate-badge[data-verdict="contradicted"], corroborate-badge').first();
    if ((await badge.count()) > 0) {
      await badge.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -200));
      await badge.focus();
      await badge.hover();
    }
    await page.screenshot({ path: path.resolve(screenshot) });
    console.log(`screenshot written to ${screenshot}`);
    await context.close();
    await server.close();
    return;
  }
  console.log('Chromium is open with Corroborate loaded. Close the browser window or press Ctrl+C to stop.');
  context.on('close', () => { void server.close().then(() => process.exit(0)); });
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
