// Popup component tests (happy-dom, fake API): what a reader sees for a page with results,
// the comparison for a disputed claim, the empty states, the sources matrix and keyboard tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installDom, fakeApi, mount, click, text, settle } from './ui-test-kit.jsx';
import { compilePack } from '../../../src/core/pack/compile-pack.js';
import { overviewOf } from '../../../src/core/pack/pack-overview.js';
import type { AnnotateResult, SourceRef } from '../../../src/core/annotation-types.js';
import type { PopupState } from '../../../src/shared/messages.js';
import { PopupApp } from '../../../src/popup/PopupApp.js';
import { resolvePopupTarget, tabFromQuery } from '../../../src/popup/popup-target.js';
import { miniPack } from '../background/mini-pack.js';

installDom();
const overview = overviewOf(compilePack(miniPack()));
const ref = (id: string): SourceRef => {
  const s = overview.sources.find((x) => x.id === id);
  assert.ok(s);
  return { id: s.id, outlet: s.outlet, title: s.title, published: s.published, file: s.file };
};

const result: AnnotateResult = {
  about: true,
  sentences: 10,
  annotations: [
    {
      text: 'The Shura Council expelled Islamic State from Derna in June 2015.',
      start: 0,
      end: 66,
      verdict: 'disputed',
      counts: { sources: 2, independent: 2, supporting: 1, contradicting: 1 },
      claims: [
        {
          id: 'msc-expels-is-from-derna-2015-06',
          statement: 'The Shura Council drove Islamic State out of Derna in June 2015.',
          score: 0.9,
          conflictNote: 'Islamic State denied losing the city in June 2015.',
          evidence: [
            { source: ref('alpha-2015-06-a'), quote: 'Fighters of the Shura Council drove Islamic State out of Derna on 14 June.', stance: 'supports', speaker: 'the author', independenceGroup: 'g:alpha' },
            { source: ref('beta-2015-06-b'), quote: 'Islamic State still holds most of Derna, a spokesman said.', stance: 'contradicts', speaker: 'an Islamic State spokesman', independenceGroup: 'g:beta' },
          ],
        },
      ],
    },
  ],
};

function state(overrides: Partial<PopupState> = {}): PopupState {
  return {
    tabId: 5,
    url: 'http://127.0.0.1/news/a.html',
    report: 'heard',
    results: { tabId: 5, url: 'http://127.0.0.1/news/a.html', result, counts: { corroborated: 0, contradicted: 0, disputed: 1, unverified: 0 } },
    settings: { enabled: true, disabledSites: [], highlightStyle: 'underline' },
    siteActive: true,
    storage: { backend: 'indexeddb' },
    ...overrides,
  };
}

test('shows the verdict summary, the claim, and on selection each source side by side', async () => {
  const calls: unknown[] = [];
  const api = fakeApi({ getPopupState: () => state(), getPackOverviews: () => [overview], showSentence: () => null }, calls);
  const root = await mount(api, <PopupApp target={{ tabId: 5, kind: 'readable' }} />);
  assert.match(text(root.querySelector('.summary')), /1 sentences marked/);
  assert.match(text(root.querySelector('[data-verdict="disputed"]')), /1 Disputed/);
  await click(root.querySelector('.claim-button'));
  const comparison = root.querySelector('.comparison');
  assert.ok(comparison, 'comparison shown');
  const rows = [...comparison.querySelectorAll('.evidence')];
  assert.deepEqual(rows.map((r) => r.getAttribute('data-stance')), ['supports', 'contradicts']);
  assert.match(text(comparison.querySelector('.agree')), /Alpha News.*2015-06-15.*said by: the author.*drove Islamic State out of Derna on 14 June/);
  assert.match(text(comparison.querySelector('.conflict')), /Beta Wire.*2015-06-16.*an Islamic State spokesman.*still holds most of Derna/);
  assert.match(text(comparison), /denied losing the city/);
  await click(root.querySelector('.show-in-page'));
  assert.deepEqual(calls.at(-1), { type: 'showSentence', tabId: 5, start: 0, end: 66 });
  root.remove();
});

test('explains empty states: off for this site, not about the topic, database in memory', async () => {
  const offApi = fakeApi({ getPopupState: () => state({ siteActive: false, results: null, url: 'https://news.example/x' }), getPackOverviews: () => [overview], setSiteEnabled: () => ({ enabled: true, disabledSites: [], highlightStyle: 'underline' }) });
  const off = await mount(offApi, <PopupApp target={{ tabId: 5, kind: 'readable' }} />);
  assert.match(text(off.querySelector('[data-empty="site-off"]')), /off for news\.example/);
  off.remove();

  const notAbout = state({ results: { tabId: 5, url: 'http://x/', result: { about: false, sentences: 3, annotations: [] }, counts: { corroborated: 0, contradicted: 0, disputed: 0, unverified: 0 } }, storage: { backend: 'memory', problem: 'SecurityError' } });
  const root = await mount(fakeApi({ getPopupState: () => notAbout, getPackOverviews: () => [overview] }), <PopupApp target={{ tabId: 5, kind: 'readable' }} />);
  assert.match(text(root.querySelector('[data-empty="not-about"]')), /not seem to be about a topic in the claim packs \(Mini pack\)/);
  assert.match(text(root.querySelector('[data-notice="memory"]')), /built-in claim pack from memory/);
  root.remove();
});

test('search works on a page with no results and opens the claim comparison from the pack', async () => {
  const api = fakeApi({
    getPopupState: () => state({ results: null }),
    getPackOverviews: () => [overview],
    searchClaims: () => [{ packId: 'mini-pack', claimId: 'is-retreats-from-derna-2016-04', statement: 'Islamic State retreated from Derna in April 2016.' }],
  });
  const root = await mount(api, <PopupApp target={{ tabId: 5, kind: 'readable' }} />);
  const input = root.querySelector('input[type="search"]') as HTMLInputElement;
  input.value = 'retreat';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  await click(root.querySelector('.search-hits button'));
  assert.match(text(root.querySelector('.comparison')), /retreated from Derna entirely/);
  root.remove();
});

test('the Sources view lists every source with a pairwise agreement matrix; tabs move with arrow keys', async () => {
  const root = await mount(fakeApi({ getPopupState: () => state(), getPackOverviews: () => [overview] }), <PopupApp target={{ tabId: 5, kind: 'readable' }} />);
  const pageTab = root.querySelector('#popup-tab-page') as HTMLElement;
  pageTab.focus();
  pageTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  await settle();
  assert.equal(root.querySelector('[role="tab"][aria-selected="true"]')?.id, 'popup-tab-sources');
  assert.equal(document.activeElement?.id, 'popup-tab-sources');
  assert.equal(root.querySelectorAll('.source-list li').length, 3);
  // alpha and beta conflict on the June 2015 claim; alpha and gamma agree on it.
  const conflict = root.querySelectorAll('.matrix td.has-conflict');
  const agree = root.querySelectorAll('.matrix td.has-agree');
  assert.equal(conflict.length, 4, 'alpha–beta and gamma–beta, both halves of the symmetric matrix');
  assert.equal(agree.length, 2);
  (root.querySelector('#popup-tab-sources') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  await settle();
  const timeline = [...root.querySelectorAll('.timeline time')].map((t) => t.textContent);
  assert.deepEqual(timeline, ['2015-06-15', '2015-06-16', '2016-04-21']);
  root.remove();
});

test('a page no content script runs in is called unreadable, unless its content script spoke', async () => {
  const silent = state({ report: 'silent', url: undefined, results: { tabId: 5, url: '', result: { about: false, sentences: 0, annotations: [] }, counts: { corroborated: 0, contradicted: 0, disputed: 0, unverified: 0 } } });
  const api = fakeApi({ getPopupState: () => silent, getPackOverviews: () => [overview] });
  const unreadable = await mount(api, <PopupApp target={{ tabId: 5, kind: 'unreadable' }} />);
  assert.match(text(unreadable.querySelector('[data-empty="cannot-read"]')), /cannot read this kind of page/);
  unreadable.remove();
  const unknown = await mount(api, <PopupApp target={{ tabId: 5, kind: 'unknown' }} />);
  assert.ok(unknown.querySelector('[data-empty="not-about"]'), 'an address the popup cannot see says nothing about the page');
  unknown.remove();
  const spoke = await mount(fakeApi({ getPopupState: () => state(), getPackOverviews: () => [overview] }), <PopupApp target={{ tabId: 5, kind: 'unreadable' }} />);
  assert.equal(spoke.querySelector('[data-empty]'), null);
  assert.ok(spoke.querySelector('[data-testid="verdict-summary"]'));
  spoke.remove();
});

test('a tab with no content script asks for a reload, a failed page run says so, and both buttons reload the tab', async () => {
  for (const [report, name, words] of [['none', 'reload', /Reload this page to check it/], ['failed', 'failed', /could not mark this page/]] as const) {
    const reloaded: number[] = [];
    const api = { ...fakeApi({ getPopupState: () => state({ report, results: null }), getPackOverviews: () => [overview] }), reloadTab: async (tabId: number) => { reloaded.push(tabId); } };
    const root = await mount(api, <PopupApp target={{ tabId: 5, url: 'http://127.0.0.1/news/a.html', kind: 'readable' }} />);
    assert.match(text(root.querySelector(`[data-empty="${name}"]`)), words);
    await click(root.querySelector(`[data-empty="${name}"] button`));
    assert.deepEqual(reloaded, [5]);
    assert.match(text(root.querySelector('.notice')), /Reloading the page/);
    root.remove();
  }
});

test('a tab with no record whose content script says "not about" (Firefox injects one at install) is not asked to reload', async () => {
  const asked: number[] = [];
  const withScript = (answer: string | undefined) => ({
    ...fakeApi({ getPopupState: () => state({ report: 'none', results: null }), getPackOverviews: () => [overview] }),
    contentScriptState: async (tabId: number) => {
      asked.push(tabId);
      return answer;
    },
  });
  const quiet = await mount(withScript('not-about'), <PopupApp target={{ tabId: 5, url: 'https://news.example/weather', kind: 'readable' }} />);
  assert.ok(quiet.querySelector('[data-empty="not-about"]'));
  assert.equal(quiet.querySelector('[data-empty="reload"]'), null);
  quiet.remove();
  // A script that is still running (or none at all) leaves the reload advice.
  const busy = await mount(withScript('running'), <PopupApp target={{ tabId: 5, url: 'https://news.example/weather', kind: 'readable' }} />);
  assert.ok(busy.querySelector('[data-empty="reload"]'));
  busy.remove();
  assert.deepEqual(asked, [5, 5]);
});

test('the popup passes the address it sees, so the site switch shows on a page its content script never reported', async () => {
  const calls: unknown[] = [];
  const api = fakeApi({ getPopupState: (m) => state({ report: 'silent', url: m.url, siteActive: false, results: null }), getPackOverviews: () => [overview] }, calls);
  const root = await mount(api, <PopupApp target={{ tabId: 5, url: 'https://news.example/weather', kind: 'readable' }} />);
  assert.deepEqual(calls.find((c) => (c as { type: string }).type === 'getPopupState'), { type: 'getPopupState', tabId: 5, url: 'https://news.example/weather' });
  assert.match(text(root.querySelector('[data-empty="site-off"] button')), /news\.example/);
  root.remove();
});

test('the popup\'s tab: the active one from the toolbar (a hidden address there means a closed page), or ?tab= with what the browser shows', async () => {
  const base = fakeApi({});
  const fromToolbar = (url?: string) => ({ ...base, activeTab: async () => (url === undefined ? { id: 3 } : { id: 3, url }) });
  assert.deepEqual(await resolvePopupTarget(fromToolbar('https://news.example/a'), ''), { tabId: 3, url: 'https://news.example/a', kind: 'readable' });
  assert.deepEqual(await resolvePopupTarget(fromToolbar(), ''), { tabId: 3, kind: 'unreadable' });
  // As a page, without host access, a hidden address says nothing; with it, a hidden address is a closed page.
  assert.deepEqual(await resolvePopupTarget(base, '?tab=9'), { tabId: 9, kind: 'unknown' });
  assert.deepEqual(await resolvePopupTarget({ ...base, hasHostAccess: async () => true }, '?tab=9'), { tabId: 9, kind: 'unreadable' });
  assert.deepEqual(await resolvePopupTarget({ ...base, tab: async () => undefined }, '?tab=9'), { tabId: 9, kind: 'unknown' });
  assert.deepEqual(await resolvePopupTarget({ ...base, activeTab: async () => undefined }, ''), undefined);
  assert.equal(tabFromQuery('?tab=12x'), undefined);
});
