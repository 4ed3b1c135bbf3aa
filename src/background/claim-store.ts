// The claim store the background works with: IndexedDB when it opens, else the bundled pack
// in memory (private windows, quota, corruption) with the reason kept so the popup can say so.
import type { IDBPDatabase } from 'idb';
import { DEFAULT_SETTINGS, type Settings, type StorageStatus } from '../shared/messages.js';
import { isQuotaError, openCorroborateDb, type CorroborateDb, type OpenOptions, type PackTx } from './database.js';
import type { PackRecord } from './pack-record.js';

export interface ClaimStore {
  status(): StorageStatus;
  getSettings(): Promise<Settings>;
  setSettings(settings: Settings): Promise<Settings>;
  listPacks(): Promise<PackRecord[]>;
  getPack(id: string): Promise<PackRecord | undefined>;
  /** Adds or replaces an imported pack in one transaction. */
  putImportedPack(record: PackRecord): Promise<void>;
  removePack(id: string): Promise<void>;
  /** Removes every imported pack and writes the bundled one, in one transaction. */
  resetToBundled(bundled: PackRecord): Promise<void>;
  /** Replaces any older bundled pack by this one (install or update), in one transaction. */
  installBundled(bundled: PackRecord): Promise<void>;
}

export class StoreWriteError extends Error {
  constructor(message: string, readonly quota: boolean, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'StoreWriteError';
  }
}

const QUOTA_MESSAGE = 'The browser has no room left for the claim database (storage quota exceeded). Nothing was changed.';

/** Turns a failed write into an error that says what happened; quota errors are kept visible in status(). */
function describeWriteFailure(error: unknown, what: string): StoreWriteError {
  if (isQuotaError(error)) return new StoreWriteError(QUOTA_MESSAGE, true, { cause: error });
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreWriteError(`Could not ${what}: ${detail}. Nothing was changed.`, false, { cause: error });
}

/**
 * The database is written only through this store, by the one background of this profile, so what
 * it read once stays true until it writes: settings and the pack list are read once per worker life
 * (a read of every compiled pack costs 10–25 ms of structured-clone per message otherwise) and
 * forgotten on every write, whether the write succeeded or not.
 */
export class IdbClaimStore implements ClaimStore {
  private problem: string | undefined;
  private settingsRead: Promise<Settings> | undefined;
  private packsRead: Promise<PackRecord[]> | undefined;
  constructor(private readonly db: IDBPDatabase<CorroborateDb>) {}

  status(): StorageStatus {
    return this.problem === undefined ? { backend: 'indexeddb' } : { backend: 'indexeddb', problem: this.problem };
  }

  private async write(what: string, run: () => Promise<void>): Promise<void> {
    this.settingsRead = undefined;
    this.packsRead = undefined;
    try {
      await run();
      this.problem = undefined;
    } catch (error) {
      this.settingsRead = undefined;
      this.packsRead = undefined;
      const failure = describeWriteFailure(error, what);
      this.problem = failure.message;
      console.error('[corroborate] database write failed:', what, error);
      throw failure;
    }
  }

  async getSettings(): Promise<Settings> {
    this.settingsRead ??= this.db.get('settings', 'settings').then((s) => s ?? { ...DEFAULT_SETTINGS, disabledSites: [] });
    let settings: Settings;
    try {
      settings = await this.settingsRead;
    } catch (error) {
      this.settingsRead = undefined;
      throw error;
    }
    // A copy, so a caller that edits it cannot change what the next caller reads.
    return { ...settings, disabledSites: [...settings.disabledSites] };
  }

  async setSettings(settings: Settings): Promise<Settings> {
    await this.write('save the settings', async () => {
      await this.db.put('settings', settings, 'settings');
    });
    return settings;
  }

  /** The records are shared, not copied: callers treat them as read-only. */
  async listPacks(): Promise<PackRecord[]> {
    this.packsRead ??= this.db.getAll('packs');
    try {
      return [...(await this.packsRead)];
    } catch (error) {
      this.packsRead = undefined;
      throw error;
    }
  }

  getPack(id: string): Promise<PackRecord | undefined> {
    return this.db.get('packs', id);
  }

  /**
   * Runs `body` in one readwrite transaction over `stores`. Any failure, including one thrown
   * synchronously half-way (e.g. a value that cannot be stored), aborts the transaction so
   * none of its writes land.
   */
  private async inTransaction(stores: ('packs' | 'meta')[], body: (tx: PackTx) => Promise<unknown>): Promise<void> {
    const tx = this.db.transaction(stores, 'readwrite');
    try {
      await body(tx);
      await tx.done;
    } catch (error) {
      try {
        tx.abort();
      } catch (abortError) {
        // The transaction had already finished or aborted itself; the original error is what matters.
        console.debug('[corroborate] transaction was already over when aborting', abortError);
      }
      await tx.done.catch((doneError: unknown) => console.debug('[corroborate] aborted transaction settled', doneError));
      throw error;
    }
  }

  putImportedPack(record: PackRecord): Promise<void> {
    return this.write('store the pack', () => this.inTransaction(['packs'], (tx) => tx.objectStore('packs').put(record)));
  }

  removePack(id: string): Promise<void> {
    return this.write('remove the pack', () => this.inTransaction(['packs'], (tx) => tx.objectStore('packs').delete(id)));
  }

  resetToBundled(bundled: PackRecord): Promise<void> {
    return this.write('reset the packs', () =>
      this.inTransaction(['packs', 'meta'], async (tx) => {
        const packs = tx.objectStore('packs');
        await packs.clear();
        await packs.put(bundled);
        await tx.objectStore('meta').put(bundled.version, 'bundledVersion');
      }),
    );
  }

  installBundled(bundled: PackRecord): Promise<void> {
    return this.write('install the bundled pack', () =>
      this.inTransaction(['packs', 'meta'], async (tx) => {
        const packs = tx.objectStore('packs');
        const existing = await packs.getAll();
        for (const p of existing) if (p.origin === 'bundled' || p.id === bundled.id) await packs.delete(p.id);
        await packs.put(bundled);
        await tx.objectStore('meta').put(bundled.version, 'bundledVersion');
      }),
    );
  }

  /**
   * True when the bundled pack in the database is this version (so start-up can skip rewriting it).
   * Reads the pack list (kept for the first request) rather than one record twice.
   */
  async hasBundled(bundled: PackRecord): Promise<boolean> {
    const [version, packs] = await Promise.all([this.db.get('meta', 'bundledVersion'), this.listPacks()]);
    const record = packs.find((p) => p.id === bundled.id);
    return version === bundled.version && record?.origin === 'bundled' && record.version === bundled.version;
  }
}

/** The fallback: the bundled pack and default settings, held only as long as the worker lives. */
export class MemoryClaimStore implements ClaimStore {
  private settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
  private readonly packs = new Map<string, PackRecord>();
  constructor(bundled: PackRecord, private readonly reason: string) {
    this.packs.set(bundled.id, bundled);
  }
  status(): StorageStatus {
    return { backend: 'memory', problem: this.reason };
  }
  async getSettings(): Promise<Settings> {
    return this.settings;
  }
  async setSettings(settings: Settings): Promise<Settings> {
    this.settings = settings;
    return settings;
  }
  async listPacks(): Promise<PackRecord[]> {
    return [...this.packs.values()];
  }
  async getPack(id: string): Promise<PackRecord | undefined> {
    return this.packs.get(id);
  }
  async putImportedPack(record: PackRecord): Promise<void> {
    this.packs.set(record.id, record);
  }
  async removePack(id: string): Promise<void> {
    this.packs.delete(id);
  }
  async resetToBundled(bundled: PackRecord): Promise<void> {
    this.packs.clear();
    this.packs.set(bundled.id, bundled);
  }
  async installBundled(bundled: PackRecord): Promise<void> {
    for (const [id, p] of this.packs) if (p.origin === 'bundled') this.packs.delete(id);
    this.packs.set(bundled.id, bundled);
  }
}

/**
 * Opens IndexedDB and makes sure the bundled pack of this build is in it; on any failure
 * falls back to memory. Never throws, never touches the network.
 */
export async function openClaimStore(
  factory: IDBFactory | undefined,
  bundled: PackRecord,
  options: OpenOptions = {},
): Promise<ClaimStore> {
  try {
    if (factory === undefined) throw new Error('IndexedDB is not available in this context');
    const db = await openCorroborateDb(factory, options);
    const store = new IdbClaimStore(db);
    if (!(await store.hasBundled(bundled))) await store.installBundled(bundled);
    return store;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error('[corroborate] IndexedDB unavailable; using the bundled pack in memory', error);
    return new MemoryClaimStore(bundled, reason);
  }
}
