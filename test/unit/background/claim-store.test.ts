// Storage with fake-indexeddb: fresh install, upgrade from schema v1, fallback when IndexedDB
// fails, transactions aborted half-way, and a full quota reported rather than swallowed.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDBFactory, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { compilePack } from '../../../src/core/pack/compile-pack.js';
import { overviewOf } from '../../../src/core/pack/pack-overview.js';
import { openClaimStore, IdbClaimStore, StoreWriteError } from '../../../src/background/claim-store.js';
import { DB_VERSION, openCorroborateDb, type PackRecordV1 } from '../../../src/background/database.js';
import type { PackRecord } from '../../../src/background/pack-record.js';
import { miniPack } from './mini-pack.js';

function record(id: string, origin: PackRecord['origin'], version = '1.0.0'): PackRecord {
  const compiled = { ...compilePack(miniPack({ id, name: `Pack ${id}`, version })) };
  return { id, name: `Pack ${id}`, version, origin, addedAt: '2024-01-01T00:00:00.000Z', compiled, overview: overviewOf(compiled) };
}

const bundled = record('bundled-pack', 'bundled', '2.0.0');

test('fresh install: the bundled pack is written and settings are the defaults', async () => {
  const store = await openClaimStore(new IDBFactory(), bundled);
  assert.deepEqual(store.status(), { backend: 'indexeddb' });
  const packs = await store.listPacks();
  assert.deepEqual(packs.map((p) => [p.id, p.origin, p.version]), [['bundled-pack', 'bundled', '2.0.0']]);
  assert.equal(packs[0]?.overview.claims.length, 2);
  assert.deepEqual(await store.getSettings(), { enabled: true, disabledSites: [], highlightStyle: 'underline' });
});

test('a second start-up with the same bundled pack keeps imported packs and settings', async () => {
  const factory = new IDBFactory();
  const first = await openClaimStore(factory, bundled);
  await first.putImportedPack(record('mine', 'imported'));
  await first.setSettings({ enabled: false, disabledSites: ['example.com'], highlightStyle: 'background' });
  const second = await openClaimStore(factory, bundled);
  assert.deepEqual((await second.listPacks()).map((p) => p.id).sort(), ['bundled-pack', 'mine']);
  assert.deepEqual(await second.getSettings(), { enabled: false, disabledSites: ['example.com'], highlightStyle: 'background' });
});

test('upgrade from schema v1 keeps settings and imported packs, and replaces the old bundled pack', async () => {
  const factory = new IDBFactory();
  const v1 = await openCorroborateDb(factory, { version: 1 });
  const compiledOld = compilePack(miniPack({ id: 'bundled-pack', version: '1.0.0' }));
  const compiledMine = compilePack(miniPack({ id: 'my-import', name: 'My import' }));
  const oldBundled: PackRecordV1 = { id: 'bundled-pack', name: 'Old', version: '1.0.0', bundled: true, compiled: compiledOld };
  const mine: PackRecordV1 = { id: 'my-import', name: 'My import', version: '1.0.0', bundled: false, compiled: compiledMine, editorial: miniPack({ id: 'my-import' }) };
  const raw = v1 as unknown as { put(store: string, value: unknown, key?: string): Promise<unknown> };
  await raw.put('settings', false, 'enabled');
  await raw.put('settings', ['news.example', 'other.example'], 'disabledSites');
  await raw.put('packs', oldBundled);
  await raw.put('packs', mine);
  v1.close();

  const store = await openClaimStore(factory, bundled);
  assert.equal(store.status().backend, 'indexeddb');
  assert.deepEqual(await store.getSettings(), { enabled: false, disabledSites: ['news.example', 'other.example'], highlightStyle: 'underline' });
  const packs = await store.listPacks();
  const byId = new Map(packs.map((p) => [p.id, p]));
  assert.equal(byId.get('my-import')?.origin, 'imported');
  assert.equal(byId.get('my-import')?.overview.claims.length, 2);
  assert.ok(byId.get('my-import')?.editorial, 'the editorial form is kept so the pack can be exported');
  assert.equal(byId.get('bundled-pack')?.version, '2.0.0');
  assert.equal(packs.length, 2);
  const db = await openCorroborateDb(factory);
  assert.equal(db.version, DB_VERSION);
  db.close();
});

test('fallback to memory when indexedDB.open throws, and the reason is reported', async () => {
  const broken = {
    open() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  } as unknown as IDBFactory;
  const store = await openClaimStore(broken, bundled);
  assert.equal(store.status().backend, 'memory');
  assert.match(store.status().problem ?? '', /SecurityError/);
  assert.deepEqual((await store.listPacks()).map((p) => p.id), ['bundled-pack']);
  assert.deepEqual(await store.getSettings(), { enabled: true, disabledSites: [], highlightStyle: 'underline' });
});

test('fallback to memory when there is no IndexedDB at all', async () => {
  const store = await openClaimStore(undefined, bundled);
  assert.equal(store.status().backend, 'memory');
  assert.match(store.status().problem ?? '', /not available/);
});

test('fallback to memory when the open request fails (corrupt database)', async () => {
  const failing = {
    open() {
      const request = new EventTarget() as EventTarget & { error: DOMException; result: undefined };
      Object.assign(request, { error: new DOMException('database is corrupt', 'UnknownError'), result: undefined });
      queueMicrotask(() => request.dispatchEvent(new Event('error')));
      return request;
    },
  } as unknown as IDBFactory;
  const store = await openClaimStore(failing, bundled);
  assert.equal(store.status().backend, 'memory');
  assert.match(store.status().problem ?? '', /corrupt/);
});

test('a reset aborted half-way (after the clear, at the put) leaves the old packs', async () => {
  const factory = new IDBFactory();
  const store = await openClaimStore(factory, bundled);
  await store.putImportedPack(record('mine', 'imported'));
  // A function cannot be stored: the put fails after clear() ran inside the same transaction.
  const unstorable = { ...bundled, overview: { ...bundled.overview, broken: () => 1 } } as unknown as PackRecord;
  await assert.rejects(store.resetToBundled(unstorable), StoreWriteError);
  const after = await openClaimStore(factory, bundled);
  assert.deepEqual((await after.listPacks()).map((p) => p.id).sort(), ['bundled-pack', 'mine']);
});

test('an install aborted half-way leaves the previous bundled pack in place', async () => {
  const factory = new IDBFactory();
  const store = (await openClaimStore(factory, bundled)) as IdbClaimStore;
  const next = { ...record('bundled-pack', 'bundled', '3.0.0'), compiled: { bad: Symbol('x') } } as unknown as PackRecord;
  await assert.rejects(store.installBundled(next));
  const packs = await store.listPacks();
  assert.deepEqual(packs.map((p) => [p.id, p.version]), [['bundled-pack', '2.0.0']]);
});

test('a full quota is reported with a clear message, kept in status, and changes nothing', async (t) => {
  const factory = new IDBFactory();
  const store = await openClaimStore(factory, bundled);
  const realPut = FDBObjectStore.prototype.put;
  t.after(() => {
    FDBObjectStore.prototype.put = realPut;
  });
  FDBObjectStore.prototype.put = function put(): never {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  const error = await store.putImportedPack(record('big', 'imported')).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof StoreWriteError, 'the failure reaches the caller');
  assert.equal(error.quota, true);
  assert.match(error.message, /quota/i);
  assert.match(store.status().problem ?? '', /quota/i);
  await assert.rejects(store.setSettings({ enabled: false, disabledSites: [], highlightStyle: 'underline' }), /quota/i);
  FDBObjectStore.prototype.put = realPut;
  assert.deepEqual((await store.listPacks()).map((p) => p.id), ['bundled-pack']);
  assert.equal((await store.getSettings()).enabled, true);
});
