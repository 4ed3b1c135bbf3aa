// Options component tests (happy-dom, fake API): settings round-trip, the site list, and a bad
// import showing its reason while the pack list stays as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { act } from 'preact/test-utils';
import { installDom, fakeApi, mount, click, text, settle } from '../popup/ui-test-kit.jsx';
import { OptionsApp, normaliseSite } from '../../../src/options/OptionsApp.js';
import type { PackSummary, Settings } from '../../../src/shared/messages.js';

installDom();
const bundled: PackSummary = { id: 'derna', name: 'Derna 2015–2016', version: '1.0.0', origin: 'bundled', claims: 40, sources: 5, addedAt: '2024-01-01T00:00:00Z' };

function backend() {
  let settings: Settings = { enabled: true, disabledSites: [], highlightStyle: 'underline' };
  const packs: PackSummary[] = [bundled];
  const calls: unknown[] = [];
  const api = fakeApi(
    {
      getSettings: () => settings,
      setSettings: (m) => (settings = m.settings),
      listPacks: () => [...packs],
      getStorageStatus: () => ({ backend: 'indexeddb' }),
      importPack: (m) => (m.text.startsWith('{') ? { ...bundled, id: 'mine', name: 'Mine', origin: 'imported' } : new Error(`"${m.fileName}" is not valid JSON (Unexpected token).`)),
      exportPack: () => ({ fileName: 'derna-1.0.0.json', json: '{}' }),
    },
    calls,
  );
  return { api, calls, settings: () => settings };
}

async function chooseFile(root: HTMLElement, name: string, content: string): Promise<void> {
  const input = root.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

test('toggles, highlight style and the per-site list are saved', async () => {
  const b = backend();
  const root = await mount(b.api, <OptionsApp download={() => undefined} confirm={() => true} />);
  await click(root.querySelector('input[type="checkbox"]'));
  assert.equal(b.settings().enabled, false);
  await click(root.querySelector('input[value="badges-only"]'));
  assert.equal(b.settings().highlightStyle, 'badges-only');
  const site = root.querySelector('.site-form input') as HTMLInputElement;
  site.value = 'https://www.News.Example/path';
  site.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  await act(async () => {
    (root.querySelector('.site-form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
  assert.deepEqual(b.settings().disabledSites, ['news.example']);
  assert.match(text(root.querySelector('.site-list')), /news\.example/);
  await click(root.querySelector('.site-list button'));
  assert.deepEqual(b.settings().disabledSites, []);
  root.remove();
});

test('a bad import shows the reason and the pack list is unchanged; a good one is announced', async () => {
  const b = backend();
  const root = await mount(b.api, <OptionsApp download={() => undefined} confirm={() => true} />);
  await chooseFile(root, 'broken.json', 'not json at all');
  assert.match(text(root.querySelector('[data-import-error]')), /not imported, and nothing was changed.*"broken.json" is not valid JSON/);
  assert.deepEqual([...root.querySelectorAll('tr[data-pack]')].map((r) => r.getAttribute('data-pack')), ['derna']);
  await chooseFile(root, 'good.json', '{"id":"mine"}');
  assert.equal(root.querySelector('[data-import-error]'), null);
  assert.match(text(root.querySelector('[data-status]')), /Imported “Mine”/);
  root.remove();
});

test('export hands the JSON to the download function (no network)', async () => {
  const b = backend();
  const downloads: [string, string][] = [];
  const root = await mount(b.api, <OptionsApp download={(f, j) => downloads.push([f, j])} confirm={() => true} />);
  await click(root.querySelector('tr[data-pack="derna"] button'));
  assert.deepEqual(downloads, [['derna-1.0.0.json', '{}']]);
  root.remove();
});

test('site names are normalised and nonsense refused', () => {
  assert.equal(normaliseSite('WWW.BBC.co.uk'), 'bbc.co.uk');
  assert.equal(normaliseSite('http://example.com:8080/a?b'), 'example.com');
  assert.equal(normaliseSite('not a site'), undefined);
  assert.equal(normaliseSite(''), undefined);
});

test('an imported pack on another topic: the page says pages are not searched for it and asks for access with a button', async () => {
  let granted = false;
  const asked: string[] = [];
  const base = fakeApi({
    getSettings: () => ({ enabled: true, disabledSites: [], highlightStyle: 'underline' }),
    listPacks: () => [bundled],
    getStorageStatus: () => ({ backend: 'indexeddb' }),
    syncTopicAccess: () => ({ packsWithOtherTopics: ['Sirte'], hostAccess: granted, looking: granted }),
  });
  const api = { ...base, requestHostAccess: async () => { asked.push('host access'); granted = true; return true; } };
  const root = await mount(api, <OptionsApp download={() => undefined} confirm={() => true} />);
  const notice = root.querySelector('[data-topic-access="needs-access"]');
  assert.ok(notice, 'the missing access is shown');
  assert.match(text(notice as HTMLElement), /Sirte/);
  assert.deepEqual(asked, [], 'nothing is asked without the user');
  await click(notice?.querySelector('button') as HTMLElement);
  await settle();
  assert.deepEqual(asked, ['host access']);
  assert.equal(root.querySelector('[data-topic-access="needs-access"]'), null);
  assert.match(text(root.querySelector('[data-topic-access="looking"]') as HTMLElement), /also looks for the topics of Sirte/);
});
