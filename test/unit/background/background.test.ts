// The background through its message interface, with fake-indexeddb and a fake browser:
// sender checks, imports that are all-or-nothing, per-tab results, badge, settings broadcast.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDBFactory } from 'fake-indexeddb';
import { compilePack } from '../../../src/core/pack/compile-pack.js';
import { createBackground } from '../../../src/background/create-background.js';
import type { Reply } from '../../../src/shared/messages.js';
import { miniPack } from './mini-pack.js';
import { contentSender, EXT_BASE, FakeBrowser, optionsSender, popupSender } from './fake-browser.js';

const bundledPack = compilePack(miniPack({ id: 'derna', name: 'Derna', version: '1.0.0' }));

function setup(factory: IDBFactory | undefined = new IDBFactory(), browser = new FakeBrowser()) {
  const bg = createBackground({ browser, bundledPack, indexedDB: factory });
  const call = async (message: unknown, sender: Parameters<typeof bg.onMessage>[1]): Promise<Reply<unknown>> => {
    const reply = bg.onMessage(message, sender);
    assert.ok(reply, `message ${JSON.stringify(message).slice(0, 80)} was dropped`);
    return reply;
  };
  return { bg, browser, factory, call };
}

function value<T>(reply: Reply<unknown>): T {
  assert.equal(reply.ok, true, reply.ok ? '' : reply.error);
  return (reply as { ok: true; value: T }).value;
}

test('messages from other extensions, web pages or the wrong context are dropped', async () => {
  const { bg } = setup();
  assert.equal(bg.onMessage({ type: 'getSettings' }, { id: 'other-extension', url: 'chrome-extension://other/options.html' }), undefined);
  assert.equal(bg.onMessage({ type: 'getSettings' }, contentSender(3)), undefined, 'content scripts cannot read settings through the options API');
  assert.equal(bg.onMessage({ type: 'removePack', packId: 'x' }, contentSender(3)), undefined);
  assert.equal(bg.onMessage({ type: 'annotatePage', page: { url: 'http://x/', text: 'hi' } }, popupSender), undefined, 'pages do not pose as content scripts');
  assert.equal(bg.onMessage({ type: 'getSettings', extra: 1 }, optionsSender), undefined);
  assert.equal(bg.onMessage('getSettings', optionsSender), undefined);
});

test('a good import is listed and exported; a bad one is refused whole and changes nothing', async () => {
  const { call } = setup();
  await call({ type: 'setSettings', settings: { enabled: true, disabledSites: ['a.example'], highlightStyle: 'background' } }, optionsSender);
  const good = miniPack({ id: 'my-pack', name: 'My pack' });
  const summary = value<{ id: string; claims: number }>(await call({ type: 'importPack', fileName: 'my.json', text: JSON.stringify(good) }, optionsSender));
  assert.equal(summary.id, 'my-pack');
  assert.equal(summary.claims, 2);
  const before = { packs: value(await call({ type: 'listPacks' }, optionsSender)), settings: value(await call({ type: 'getSettings' }, optionsSender)) };

  const badQuote = miniPack({ id: 'bad-quote' });
  const claim = badQuote.claims[0];
  assert.ok(claim?.evidence[0]);
  claim.evidence[0].quote = 'Words that no source ever printed.';
  const unknownSource = miniPack({ id: 'unknown-source' });
  const claim2 = unknownSource.claims[1];
  assert.ok(claim2?.evidence[0]);
  claim2.evidence[0].source = 'no-such-source';
  const cases: [string, string, RegExp][] = [
    ['invalid JSON', '{"id": "x", ', /not valid JSON/],
    ['wrong schema', JSON.stringify({ hello: 'world' }), /./],
    ['quote not found', JSON.stringify(badQuote), /quote|not found/i],
    ['unknown source', JSON.stringify(unknownSource), /no-such-source|unknown source/i],
    ['bundled id', JSON.stringify(miniPack({ id: 'derna' })), /bundled/],
  ];
  for (const [name, text, reason] of cases) {
    const reply = await call({ type: 'importPack', fileName: `${name}.json`, text }, optionsSender);
    assert.equal(reply.ok, false, `${name} must be refused`);
    assert.match((reply as { error: string }).error, reason, name);
  }
  const after = { packs: value(await call({ type: 'listPacks' }, optionsSender)), settings: value(await call({ type: 'getSettings' }, optionsSender)) };
  assert.deepEqual(after, before);

  const exported = value<{ fileName: string; json: string }>(await call({ type: 'exportPack', packId: 'my-pack' }, optionsSender));
  assert.equal(exported.fileName, 'my-pack-1.0.0.json');
  assert.deepEqual(JSON.parse(exported.json), good);
  const removed = value<{ id: string }[]>(await call({ type: 'removePack', packId: 'my-pack' }, optionsSender));
  assert.deepEqual(removed.map((p) => p.id), ['derna']);
  assert.equal((await call({ type: 'removePack', packId: 'derna' }, optionsSender)).ok, false, 'the bundled pack cannot be removed');
});

test('reset to bundled drops imported packs and keeps settings', async () => {
  const { call } = setup();
  await call({ type: 'setSettings', settings: { enabled: false, disabledSites: [], highlightStyle: 'badges-only' } }, optionsSender);
  await call({ type: 'importPack', fileName: 'p.json', text: JSON.stringify(miniPack({ id: 'extra' })) }, optionsSender);
  const packs = value<{ id: string }[]>(await call({ type: 'resetPacks' }, optionsSender));
  assert.deepEqual(packs.map((p) => p.id), ['derna']);
  assert.equal(value<{ highlightStyle: string }>(await call({ type: 'getSettings' }, optionsSender)).highlightStyle, 'badges-only');
});

test('per-tab results set the badge and survive a worker restart; navigation leaves "not about" until the page asks', async () => {
  const { call, browser, factory } = setup();
  const page = { url: 'http://127.0.0.1:8000/news/a.html', text: 'Fighters of the Shura Council drove Islamic State out of Derna on 14 June 2015.', dateValues: ['2015-06-20'] };
  await call({ type: 'getPageSettings', url: page.url }, contentSender(7, page.url));
  const result = value<{ about: boolean; annotations: unknown[] }>(await call({ type: 'annotatePage', page }, contentSender(7, page.url)));
  // The results are kept, and the count set, after the reply; a popup asking at once still gets them.
  const asked = value<{ results: { url: string; counts: Record<string, number> } | null }>(await call({ type: 'getPopupState', tabId: 7 }, popupSender));
  assert.equal(asked.results?.url, page.url);
  assert.equal(Object.values(asked.results?.counts ?? {}).reduce((a, b) => a + b, 0), result.annotations.length);
  const badge = browser.badges.get(7);
  assert.ok(badge, 'badge set');
  assert.equal(badge.text, result.annotations.length === 0 ? '' : String(result.annotations.length));
  assert.match(badge.title, /^badgeTooltip\(\d+,\d+,\d+,\d+\)$/);

  // A new worker (same session storage, same database) finds the tab's results again.
  const restarted = createBackground({ browser, bundledPack, indexedDB: factory });
  const state = restarted.onMessage({ type: 'getPopupState', tabId: 7 }, popupSender);
  const popup = value<{ results: { url: string } | null; siteActive: boolean; storage: { backend: string } }>(await (state as Promise<Reply<unknown>>));
  assert.equal(popup.results?.url, page.url);
  assert.equal(popup.siteActive, true);
  assert.equal(popup.storage.backend, 'indexeddb');

  // The next page in the tab names no topic: its content script says nothing, so the popup must
  // learn "not about the topic" from the navigation alone, and the old count must go.
  await restarted.onTabNavigating(7);
  const popupState = async () => value<{ url?: string; results: { result: { about: boolean } } | null }>(await (restarted.onMessage({ type: 'getPopupState', tabId: 7 }, popupSender) as Promise<Reply<unknown>>));
  const unrelated = await popupState();
  assert.equal(unrelated.results?.result.about, false);
  assert.equal(unrelated.url, undefined);
  assert.equal(browser.badges.get(7)?.text, '');
  // A page that names the topic asks for its settings: from then on it is being read, not "not about".
  const next = 'http://127.0.0.1:8000/news/b.html';
  value(await restarted.onMessage({ type: 'getPageSettings', url: next }, contentSender(7, next)) as Reply<unknown>);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const reading = await popupState();
  assert.equal(reading.results, null);
  assert.equal(reading.url, next);
});

test('a page is dated by the first of its metadata values that names a whole day, before any date line in its text', async () => {
  const { call } = setup();
  const url = 'https://news.example/derna';
  const text = 'Published 18 June 2015\n\nFighters of the Shura Council drove Islamic State out of Derna.';
  await call({ type: 'getPageSettings', url }, contentSender(4, url));
  const dated = async (dateValues: string[]) => value<{ datedFromText?: string }>(await call({ type: 'annotatePage', page: { url, text, dateValues } }, contentSender(4, url))).datedFromText;
  // "June 2015" names no day and gives way to the next value; a day from the metadata leaves the text's date line unused.
  assert.equal(await dated(['June 2015', 'Sat, 20 Jun 2015 09:12:00 GMT']), undefined);
  assert.equal(await dated(['June 2015']), '2015-06-18');
});

test('a page on a site turned off, sent by content.js before it knows its settings, is answered "not about" and nothing of it is kept', async () => {
  const { call, browser } = setup();
  const page = { url: 'https://news.example/derna', text: 'Fighters of the Shura Council drove Islamic State out of Derna on 14 June 2015.', dateValues: ['2015-06-20'] };
  value(await call({ type: 'setSiteEnabled', site: 'news.example', enabled: false }, popupSender));
  // content.js asks for the settings and, without waiting, sends the text.
  const [settings, answer] = await Promise.all([
    call({ type: 'getPageSettings', url: page.url }, contentSender(9, page.url)),
    call({ type: 'annotatePage', page }, contentSender(9, page.url)),
  ]);
  assert.equal(value<{ active: boolean }>(settings).active, false);
  assert.deepEqual(value(answer), { about: false, sentences: 0, annotations: [] });
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(browser.badges.get(9)?.text ?? '', '', 'no toolbar count');
  const popup = value<{ results: unknown; siteActive: boolean }>(await call({ type: 'getPopupState', tabId: 9 }, popupSender));
  assert.equal(popup.results, null, 'no results kept for the tab');
  assert.equal(popup.siteActive, false);
});

test('the imported topics\' content script is registered only while an imported pack names another topic and host access is granted', async () => {
  const { call, browser } = setup();
  const sync = async () => value<{ packsWithOtherTopics: string[]; hostAccess: boolean; looking: boolean }>(await call({ type: 'syncTopicAccess' }, optionsSender));
  assert.deepEqual(await sync(), { packsWithOtherTopics: [], hostAccess: false, looking: false });
  // Same topic as the bundled pack: content.js already looks for it.
  await call({ type: 'importPack', fileName: 'same.json', text: JSON.stringify(miniPack({ id: 'same-topic', name: 'Same topic' })) }, optionsSender);
  assert.deepEqual((await sync()).packsWithOtherTopics, []);
  const sirte = JSON.parse(JSON.stringify(miniPack({ id: 'sirte', name: 'Sirte' })).replaceAll('Derna', 'Sirte').replaceAll('Darnah', 'Syrtis').replaceAll('place:derna', 'place:sirte')) as ReturnType<typeof miniPack>;
  const imported = await call({ type: 'importPack', fileName: 'sirte.json', text: JSON.stringify(sirte) }, optionsSender);
  assert.equal(imported.ok, true, imported.ok ? '' : imported.error);
  assert.deepEqual(await sync(), { packsWithOtherTopics: ['Sirte'], hostAccess: false, looking: false });
  assert.equal(browser.topicScriptRegistered, false, 'without host access the browser would not inject it');
  browser.hostAccess = true;
  assert.equal((await sync()).looking, true);
  assert.equal(browser.topicScriptRegistered, true);
  await call({ type: 'removePack', packId: 'sirte' }, optionsSender);
  assert.deepEqual(await sync(), { packsWithOtherTopics: [], hostAccess: true, looking: false });
  assert.equal(browser.topicScriptRegistered, false, 'no other topic left: pages pay nothing for it');
});

test('settings changes are broadcast to known tabs with the per-site answer', async () => {
  const { call, browser } = setup();
  await call({ type: 'getPageSettings', url: 'https://www.news.example/a' }, contentSender(1, 'https://www.news.example/a'));
  await call({ type: 'getPageSettings', url: 'https://other.example/b' }, contentSender(2, 'https://other.example/b'));
  const settings = value<{ disabledSites: string[] }>(await call({ type: 'setSiteEnabled', site: 'news.example', enabled: false }, popupSender));
  assert.deepEqual(settings.disabledSites, ['news.example']);
  const byTab = new Map(browser.sent.map((s) => [s.tabId, s.message]));
  assert.deepEqual(byTab.get(1), { type: 'settingsChanged', active: false, highlightStyle: 'underline' });
  assert.deepEqual(byTab.get(2), { type: 'settingsChanged', active: true, highlightStyle: 'underline' });
  const pageSettings = value<{ active: boolean }>(await call({ type: 'getPageSettings', url: 'https://news.example/c' }, contentSender(1, 'https://news.example/c')));
  assert.equal(pageSettings.active, false);
});

test('compare-sources link opens popup.html?tab=ID; showSentence is relayed to the tab', async () => {
  const { call, browser } = setup();
  value(await call({ type: 'openComparison' }, contentSender(12)));
  assert.deepEqual(browser.opened, [`${EXT_BASE}popup.html?tab=12`]);
  value(await call({ type: 'showSentence', tabId: 12, start: 5, end: 40 }, popupSender));
  assert.deepEqual(browser.sent.at(-1), { tabId: 12, message: { type: 'showSentence', start: 5, end: 40 }, frameId: 0 });
});

test('with IndexedDB unavailable the popup state says the database is in memory, and search still works', async () => {
  const broken = { open: () => { throw new Error('private window'); } } as unknown as IDBFactory;
  const { call } = setup(broken);
  const state = value<{ storage: { backend: string; problem?: string } }>(await call({ type: 'getPopupState', tabId: 4 }, popupSender));
  assert.equal(state.storage.backend, 'memory');
  assert.match(state.storage.problem ?? '', /private window/);
  const hits = value<{ claimId: string }[]>(await call({ type: 'searchClaims', query: 'retreated from Derna' }, popupSender));
  assert.equal(hits[0]?.claimId, 'is-retreats-from-derna-2016-04');
  // A query of bare names still finds the claims that mention them.
  const names = value<{ claimId: string }[]>(await call({ type: 'searchClaims', query: 'shura council' }, popupSender));
  assert.ok(names.some((h) => h.claimId === 'msc-expels-is-from-derna-2015-06'));
  assert.deepEqual(value(await call({ type: 'searchClaims', query: 'zzzz nothing' }, popupSender)), []);
});

test('what the popup is told it heard from a tab: nothing before a page loads, silence after, the content script once it asks', async () => {
  const { call, bg } = setup();
  const report = async (tabId: number) => value<{ report: string }>(await call({ type: 'getPopupState', tabId }, popupSender)).report;
  // A tab open since before the install (or update): no navigation seen, no message.
  assert.equal(await report(3), 'none');
  await bg.onTabNavigating(3);
  assert.equal(await report(3), 'silent');
  const url = 'http://127.0.0.1:8000/news/a.html';
  value(await call({ type: 'getPageSettings', url }, contentSender(3, url)));
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(await report(3), 'heard');
});

test('the popup\'s own view of the address decides the site switch on a page whose content script said nothing', async () => {
  const { call, bg } = setup();
  value(await call({ type: 'setSiteEnabled', site: 'news.example', enabled: false }, popupSender));
  await bg.onTabNavigating(4);
  const blind = value<{ siteActive: boolean; url?: string }>(await call({ type: 'getPopupState', tabId: 4 }, popupSender));
  assert.equal(blind.siteActive, true, 'without an address only the global switch applies');
  const seen = value<{ siteActive: boolean; url?: string }>(await call({ type: 'getPopupState', tabId: 4, url: 'https://www.news.example/weather' }, popupSender));
  assert.equal(seen.siteActive, false);
  assert.equal(seen.url, 'https://www.news.example/weather');
});

test('a failed page run clears the toolbar badge and the results, whether its report comes before or after the answer is kept', async () => {
  // The fake's badge title tells the two apart: the tooltip with counts for kept results, the plain title after a reset.
  const page = { url: 'http://127.0.0.1:8000/news/a.html', text: 'Fighters of the Shura Council drove Islamic State out of Derna on 14 June 2015.', dateValues: ['2015-06-20'] };
  for (const order of ['answer kept first', 'failure first'] as const) {
    const { call, browser } = setup();
    await call({ type: 'getPageSettings', url: page.url }, contentSender(6, page.url));
    if (order === 'answer kept first') {
      value(await call({ type: 'annotatePage', page }, contentSender(6, page.url)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.match(browser.badges.get(6)?.title ?? '', /^badgeTooltip\(/, `${order}: the answer set the badge`);
      value(await call({ type: 'pageRunFailed', url: page.url }, contentSender(6, page.url)));
    } else {
      // The report is handled before the background has kept the answer to the text sent earlier.
      const answer = call({ type: 'annotatePage', page }, contentSender(6, page.url));
      value(await call({ type: 'pageRunFailed', url: page.url }, contentSender(6, page.url)));
      value(await answer);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.deepEqual(browser.badges.get(6), { text: '', title: 'actionTitle()' }, `${order}: no count`);
    const popup = value<{ report: string; results: unknown }>(await call({ type: 'getPopupState', tabId: 6 }, popupSender));
    assert.equal(popup.report, 'failed', order);
    assert.equal(popup.results, null, order);
  }
});

test('a failure report from a sub-frame, a web page or the popup changes nothing', async () => {
  const { call, browser, bg } = setup();
  const url = 'http://127.0.0.1:8000/news/a.html';
  await bg.onTabNavigating(8);
  value(await call({ type: 'pageRunFailed', url }, { ...contentSender(8, url), frameId: 2 }));
  assert.equal(bg.onMessage({ type: 'pageRunFailed', url }, popupSender), undefined);
  assert.equal(bg.onMessage({ type: 'pageRunFailed', url }, { id: 'other-extension', url, tab: { id: 8 }, frameId: 0 }), undefined);
  assert.equal(value<{ report: string }>(await call({ type: 'getPopupState', tabId: 8 }, popupSender)).report, 'silent');
  assert.equal(browser.badges.get(8)?.text, '');
});
