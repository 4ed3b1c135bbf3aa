// The claim database in IndexedDB (through idb): schema versions, migrations that keep the
// user's settings and imported packs, and writes that are each one transaction.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { PackRecord } from './pack-record.js';
import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES, type HighlightStyle, type Settings } from '../shared/messages.js';
import { overviewOf } from '../core/pack/pack-overview.js';
import type { EditorialPack } from '../core/pack/pack-types.js';
import type { CompiledPack } from '../core/pack/compile-pack.js';

export const DB_NAME = 'corroborate';
export const DB_VERSION = 2;

/**
 * Schema v1 (first release): `settings` held one row per setting under out-of-line keys
 * ('enabled', 'disabledSites'; no highlight style yet) and `packs` held
 * `{ id, name, version, bundled, compiled, editorial? }`.
 */
export interface PackRecordV1 {
  id: string;
  name: string;
  version: string;
  bundled: boolean;
  compiled: CompiledPack;
  editorial?: EditorialPack;
}

/** Schema v2: one settings row, pack records with origin/addedAt/overview, and a meta store. */
export interface CorroborateDb extends DBSchema {
  settings: { key: 'settings'; value: Settings };
  packs: { key: string; value: PackRecord };
  meta: { key: string; value: string };
}

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Creates the v1 stores. Kept as written in v1 so an upgrade from every schema can be tested. */
export function createSchemaV1(db: AnyDb): void {
  db.createObjectStore('settings');
  db.createObjectStore('packs', { keyPath: 'id' });
}

/**
 * v1 → v2: fold the per-setting rows into one Settings record (adding the highlight style),
 * turn `bundled` into `origin`, give each pack an overview, and add the meta store.
 * Bundled packs are dropped: the current bundled pack is written right after opening.
 */
export async function migrateV1toV2(db: AnyDb, tx: UpgradeTx): Promise<void> {
  const settingsStore = tx.objectStore('settings');
  const enabled: unknown = await settingsStore.get('enabled');
  const disabledSites: unknown = await settingsStore.get('disabledSites');
  const style: unknown = await settingsStore.get('highlightStyle');
  await settingsStore.clear();
  const settings: Settings = {
    enabled: typeof enabled === 'boolean' ? enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(disabledSites) ? disabledSites.filter((s): s is string => typeof s === 'string') : [],
    highlightStyle: HIGHLIGHT_STYLES.includes(style as HighlightStyle) ? (style as HighlightStyle) : DEFAULT_SETTINGS.highlightStyle,
  };
  await settingsStore.put(settings, 'settings');

  const packStore = tx.objectStore('packs');
  const oldPacks = (await packStore.getAll()) as PackRecordV1[];
  const now = new Date().toISOString();
  for (const old of oldPacks) {
    if (old.bundled) {
      await packStore.delete(old.id);
      continue;
    }
    const record: PackRecord = {
      id: old.id,
      name: old.name,
      version: old.version,
      origin: 'imported',
      addedAt: now,
      compiled: old.compiled,
      overview: overviewOf(old.compiled),
    };
    if (old.editorial) record.editorial = old.editorial;
    await packStore.put(record);
  }
  db.createObjectStore('meta');
}

export interface OpenOptions {
  /** For tests: open at an older version to build a database as an earlier release left it. */
  version?: number;
}

/** Opens (creating or migrating) the database through the given factory, as idb's openDB does. */
export function openCorroborateDb(factory: IDBFactory, options: OpenOptions = {}): Promise<IDBPDatabase<CorroborateDb>> {
  const version = options.version ?? DB_VERSION;
  const request = factory.open(DB_NAME, version);
  let migration: Promise<void> = Promise.resolve();
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as AnyDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    const oldVersion = event.oldVersion;
    migration = (async () => {
      if (oldVersion < 1) createSchemaV1(db);
      if (oldVersion < 2 && version >= 2) await migrateV1toV2(db, tx);
    })();
    // A failed migration aborts the upgrade so the old database is left as it was.
    migration.catch((error: unknown) => {
      console.error('[corroborate] database migration failed; aborting the upgrade', error);
      tx.abort();
    });
  });
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB open failed')));
    request.addEventListener('blocked', () => reject(new Error('IndexedDB upgrade blocked by another open connection')));
  });
  return opened.then(async (raw) => {
    await migration;
    return wrap(raw) as IDBPDatabase<CorroborateDb>;
  });
}

export type PackTx = IDBPTransaction<CorroborateDb, StoreNames<CorroborateDb>[], 'readwrite'>;

/** Is this the browser telling us the disk or the origin's quota is full? */
export function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
}
