// Per-tab state: the URL the content script last reported, the latest results, and whether its
// page run failed. A tab with no record has not loaded a page since the extension started. Kept in
// storage.session when available (so a restarted MV3 worker finds it again), else in memory.
import type { TabResults } from '../shared/messages.js';
import type { SessionArea } from './browser-seam.js';

export interface TabRecord {
  tabId: number;
  url: string;
  results: TabResults | null;
  /** The content script reported that its page run failed on `url` (pageRunFailed): nothing is marked there. */
  failed?: true;
}

const keyOf = (tabId: number): string => `tab:${tabId}`;

function isTabRecord(value: unknown): value is TabRecord {
  return typeof value === 'object' && value !== null && typeof (value as TabRecord).tabId === 'number' && typeof (value as TabRecord).url === 'string';
}

export class TabState {
  private readonly memory = new Map<number, TabRecord>();
  constructor(private readonly session: SessionArea | undefined) {}

  async get(tabId: number): Promise<TabRecord | undefined> {
    const local = this.memory.get(tabId);
    if (local !== undefined || this.session === undefined) return local;
    try {
      const value = (await this.session.get(keyOf(tabId)))[keyOf(tabId)];
      return isTabRecord(value) ? value : undefined;
    } catch (error) {
      console.warn('[corroborate] storage.session read failed; tab state from memory only', error);
      return undefined;
    }
  }

  async set(record: TabRecord): Promise<void> {
    this.memory.set(record.tabId, record);
    if (this.session === undefined) return;
    try {
      await this.session.set({ [keyOf(record.tabId)]: record });
    } catch (error) {
      console.warn('[corroborate] storage.session write failed; tab state kept in memory', error);
    }
  }

  async clear(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    if (this.session === undefined) return;
    try {
      await this.session.remove(keyOf(tabId));
    } catch (error) {
      console.warn('[corroborate] storage.session remove failed', error);
    }
  }

  /** Every tab we know of (memory plus session), for broadcasting settings. */
  async all(): Promise<TabRecord[]> {
    const records = new Map(this.memory);
    if (this.session !== undefined) {
      try {
        const everything = await this.session.get(null);
        for (const [key, value] of Object.entries(everything)) {
          if (key.startsWith('tab:') && isTabRecord(value) && !records.has(value.tabId)) records.set(value.tabId, value);
        }
      } catch (error) {
        console.warn('[corroborate] storage.session listing failed', error);
      }
    }
    return [...records.values()];
  }
}
