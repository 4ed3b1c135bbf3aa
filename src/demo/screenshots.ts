// `npm run screenshots`: the README's pictures, taken from the built extension in headless Chromium:
// an annotated demo article with an open evidence card, the popup comparing its sources, the options page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openAndWaitReady, openPopupFor, startFixtureServer, extensionPageUrl } from '../../test/browser/harness.js';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/screenshots');
const server = await startFixtureServer();
const session = await launchChromium();
try {
  const article = await session.newPage();
  await article.setViewportSize({ width: 1200, height: 820 });
  const demo = server.pages.find((p) => p.sourceId)!;
  await openAndWaitReady(article, server.origin + demo.path);
  const badge = article.locator('corroborate-badge[data-verdict="disputed"]').first();
  await badge.scrollIntoViewIfNeeded();
  await badge.focus();
  await article.waitForFunction(() => document.activeElement?.tagName.toLowerCase().startsWith('corroborate-badge'));
  await article.screenshot({ path: path.join(OUT, 'article.png') });

  const tabId = await session.tabIdOf(article);
  const popup = await openPopupFor(session, tabId);
  await popup.setViewportSize({ width: 460, height: 720 });
  await popup.waitForSelector('[data-testid="verdict-summary"]');
  const contested = popup.locator('[data-verdict="disputed"], [data-verdict="contradicted"]').first();
  if ((await contested.count()) > 0) await contested.click();
  await popup.screenshot({ path: path.join(OUT, 'popup.png') });

  const options = await session.newPage();
  await options.setViewportSize({ width: 900, height: 760 });
  await options.goto(extensionPageUrl(session, 'options.html'));
  await options.waitForLoadState('load');
  await options.waitForSelector('input[type="file"]', { state: 'attached' });
  await options.screenshot({ path: path.join(OUT, 'options.png') });
  console.log(`screenshots written to ${path.relative(process.cwd(), OUT)}/`);
} finally {
  await session.close();
  await server.close();
}
