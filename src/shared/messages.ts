// The one message protocol between the extension's contexts, named by direction.
// Every message is validated on receipt (`parse*` below); one that does not validate is dropped and logged.
import type { AnnotateResult, Verdict } from '../core/annotation-types.js';
import type { TopicPatterns } from '../core/match/topic-patterns.js';
import type { PackOverview } from '../core/pack/pack-overview.js';
import { arrayOf, bool, fields, int, oneOf, optional, str, ValidationError, type Check } from './validate.js';

export type HighlightStyle = 'underline' | 'background' | 'badges-only';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'badges-only'];

export interface Settings {
  enabled: boolean;
  /** Hostnames on which the extension is turned off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], highlightStyle: 'underline' };

export interface PageText {
  url: string;
  /** The page's text as extracted by src/dom (blocks joined by newlines). */
  text: string;
  /** The values of the page's date metadata, most trusted first (src/dom/page-metadata.ts); the background reads the day. */
  dateValues?: string[];
  title?: string;
}

/** What the content script needs to know before and after painting. */
export interface PageSettings {
  /** False when the extension is off globally or for this page's site. */
  active: boolean;
  highlightStyle: HighlightStyle;
  /**
   * The pre-check's patterns (core `topicPatterns`) for the topic gates' spellings of every pack;
   * patterns of nothing when `active` is false. content.js carries the bundled pack's own; it reads
   * these only on a page without them while topic-extra.js says an imported pack names another
   * topic, and searches the page's raw text with them before extracting or sending anything.
   */
  topicPatterns: TopicPatterns;
}

/** What the content script asks of the background. */
export type ContentToBackground =
  | { type: 'annotatePage'; page: PageText }
  | { type: 'getPageSettings'; url: string }
  /** The evidence card's "compare sources" link: open popup.html?tab=<the sender's tab> in a tab. */
  | { type: 'openComparison'; claimId?: string }
  /**
   * The content script could not start or finish its page run (content-main.js failed to load, or
   * a pass threw): nothing is marked on the page at `url`, though its text may already have been
   * sent. The background clears the tab's toolbar count and the popup says what happened.
   */
  | { type: 'pageRunFailed'; url: string };

/** What the popup asks of the background. `tabId` is resolved by the popup (active tab or ?tab=). */
export type PopupToBackground =
  /** `url`: the tab's address when the browser shows it to the popup (it decides the per-site switch). */
  | { type: 'getPopupState'; tabId: number; url?: string }
  | { type: 'searchClaims'; query: string; limit?: number }
  | { type: 'getPackOverviews' }
  | { type: 'showSentence'; tabId: number; start: number; end: number }
  | { type: 'setSiteEnabled'; site: string; enabled: boolean };

/** What the options page asks of the background. */
export type OptionsToBackground =
  | { type: 'getSettings' }
  | { type: 'setSettings'; settings: Settings }
  | { type: 'listPacks' }
  /** `text` is the file's content; the background parses and validates it whole before writing anything. */
  | { type: 'importPack'; fileName: string; text: string }
  | { type: 'exportPack'; packId: string }
  | { type: 'removePack'; packId: string }
  | { type: 'resetPacks' }
  | { type: 'getStorageStatus' }
  /** Brings the registration of topic-extra.js in line with the packs and the host access granted, and reports both. */
  | { type: 'syncTopicAccess' };

export type ToBackground = ContentToBackground | PopupToBackground | OptionsToBackground;
export type ToBackgroundType = ToBackground['type'];

/** What the background tells a content script. */
export type BackgroundToContent =
  | { type: 'settingsChanged'; active: boolean; highlightStyle: HighlightStyle }
  | { type: 'showSentence'; start: number; end: number };

export interface TabResults {
  tabId: number;
  url: string;
  title?: string;
  result: AnnotateResult;
  counts: Record<Verdict, number>;
}

/** A page that does not name a topic, as a tab's results: what the background keeps until the tab's content script speaks. */
export function notAboutResults(tabId: number, url: string): TabResults {
  return { tabId, url, result: { about: false, sentences: 0, annotations: [] }, counts: { corroborated: 0, contradicted: 0, disputed: 0, unverified: 0 } };
}

/** Where the claim database lives right now. `memory` means IndexedDB failed and the bundled pack is used. */
export interface StorageStatus {
  backend: 'indexeddb' | 'memory';
  /** Why IndexedDB is not used, or the last write that failed (e.g. quota). */
  problem?: string;
}

/**
 * Topics of imported packs that content.js cannot look for by itself (it carries the bundled
 * pack's spellings only): their pages are found by topic-extra.js, which the background can
 * register only with host access to web pages, an optional permission the user grants.
 */
export interface TopicAccess {
  /** Names of the imported packs whose topics the bundled pack does not name. */
  packsWithOtherTopics: string[];
  hostAccess: boolean;
  /** True when topic-extra.js is registered now. */
  looking: boolean;
}

export interface PackSummary {
  id: string;
  name: string;
  version: string;
  origin: 'bundled' | 'imported';
  claims: number;
  sources: number;
  /** ISO timestamp of when it entered the database. */
  addedAt: string;
}

export type { OverviewClaim, OverviewEvidence, OverviewSource, PackOverview } from '../core/pack/pack-overview.js';

export interface ClaimHit {
  packId: string;
  claimId: string;
  statement: string;
}

/**
 * What the background has heard from a tab's content script. It hears nothing from a page that does
 * not name a topic, so these tell apart what the results alone cannot.
 */
export type TabReport =
  /**
   * No page load and no message since the extension started (installed, updated or reloaded): in
   * Chromium such a tab has no content script until it loads a page again.
   */
  | 'none'
  /** The tab loaded a page and its content script has said nothing (no topic named, or no script there). */
  | 'silent'
  /** The content script asked for settings or sent the page's text. */
  | 'heard'
  /** The content script said its page run failed (`pageRunFailed`): nothing is marked. */
  | 'failed';

export interface PopupState {
  tabId: number;
  /** The tab's URL when known (the popup derives the site from it). */
  url?: string;
  report: TabReport;
  results: TabResults | null;
  settings: Settings;
  /** False when the extension is off globally or for this tab's site. */
  siteActive: boolean;
  storage: StorageStatus;
}

export interface ExportedPack {
  fileName: string;
  json: string;
}

/** The reply type of each request to the background. A handler map must cover every key. */
export interface BackgroundReplies {
  annotatePage: AnnotateResult;
  getPageSettings: PageSettings;
  openComparison: null;
  pageRunFailed: null;
  getPopupState: PopupState;
  searchClaims: ClaimHit[];
  getPackOverviews: PackOverview[];
  showSentence: null;
  setSiteEnabled: Settings;
  getSettings: Settings;
  setSettings: Settings;
  listPacks: PackSummary[];
  importPack: PackSummary;
  exportPack: ExportedPack;
  removePack: PackSummary[];
  resetPacks: PackSummary[];
  getStorageStatus: StorageStatus;
  syncTopicAccess: TopicAccess;
}

export type RequestOf<K extends ToBackgroundType> = Extract<ToBackground, { type: K }>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Which context may send each request: content scripts in web pages, or the extension's own pages. */
export const REQUEST_ORIGIN: { [K in ToBackgroundType]: 'content' | 'extension-page' } = {
  annotatePage: 'content',
  getPageSettings: 'content',
  openComparison: 'content',
  pageRunFailed: 'content',
  getPopupState: 'extension-page',
  searchClaims: 'extension-page',
  getPackOverviews: 'extension-page',
  showSentence: 'extension-page',
  setSiteEnabled: 'extension-page',
  getSettings: 'extension-page',
  setSettings: 'extension-page',
  listPacks: 'extension-page',
  importPack: 'extension-page',
  exportPack: 'extension-page',
  removePack: 'extension-page',
  resetPacks: 'extension-page',
  getStorageStatus: 'extension-page',
  syncTopicAccess: 'extension-page',
};

// Limits: generous for real pages (a million-word page is ~7 M characters), small enough
// that a hostile page cannot make the worker hold arbitrary amounts.
const MAX_PAGE_TEXT = 16_000_000;
const MAX_URL = 8192;
const MAX_ID = 200;
const MAX_PACK_FILE = 32_000_000;
const MAX_OFFSET = MAX_PAGE_TEXT;
const MAX_TAB_ID = 2 ** 31 - 1;
/** A page's date metadata: a value holding a date is short, and a page may hold a <time> per comment. */
export const MAX_DATE_VALUE = 100;
export const MAX_DATE_VALUES = 24;

export const checkSettings: Check<Settings> = (value, path) => {
  const o = fields(value, path, ['enabled', 'disabledSites', 'highlightStyle']);
  return {
    enabled: bool(o.enabled, `${path}.enabled`),
    disabledSites: arrayOf(str(253, 1), 10_000)(o.disabledSites, `${path}.disabledSites`),
    highlightStyle: oneOf(HIGHLIGHT_STYLES)(o.highlightStyle, `${path}.highlightStyle`),
  };
};

function checkPageText(value: unknown, path: string): PageText {
  const o = fields(value, path, ['url', 'text', 'dateValues', 'title']);
  const page: PageText = { url: str(MAX_URL)(o.url, `${path}.url`), text: str(MAX_PAGE_TEXT)(o.text, `${path}.text`) };
  const dateValues = optional(arrayOf(str(MAX_DATE_VALUE), MAX_DATE_VALUES))(o.dateValues, `${path}.dateValues`);
  const title = optional(str(4096))(o.title, `${path}.title`);
  if (dateValues !== undefined) page.dateValues = dateValues;
  if (title !== undefined) page.title = title;
  return page;
}

const tabId = int(0, MAX_TAB_ID);
const offset = int(0, MAX_OFFSET);

/** One reader per request type; `satisfies` makes a missing one a compile error. */
const toBackgroundReaders = {
  annotatePage: (o) => ({ type: 'annotatePage', page: checkPageText(o.page, 'page') }),
  getPageSettings: (o) => ({ type: 'getPageSettings', url: str(MAX_URL)(o.url, 'url') }),
  openComparison: (o) => {
    const claimId = optional(str(MAX_ID, 1))(o.claimId, 'claimId');
    return claimId === undefined ? { type: 'openComparison' } : { type: 'openComparison', claimId };
  },
  pageRunFailed: (o) => ({ type: 'pageRunFailed', url: str(MAX_URL)(o.url, 'url') }),
  getPopupState: (o) => {
    const url = optional(str(MAX_URL))(o.url, 'url');
    const id = tabId(o.tabId, 'tabId');
    return url === undefined ? { type: 'getPopupState', tabId: id } : { type: 'getPopupState', tabId: id, url };
  },
  searchClaims: (o) => {
    const limit = optional(int(1, 200))(o.limit, 'limit');
    const query = str(500)(o.query, 'query');
    return limit === undefined ? { type: 'searchClaims', query } : { type: 'searchClaims', query, limit };
  },
  getPackOverviews: () => ({ type: 'getPackOverviews' }),
  showSentence: (o) => {
    const start = offset(o.start, 'start');
    const end = offset(o.end, 'end');
    if (end < start) throw new ValidationError('end', 'before start');
    return { type: 'showSentence', tabId: tabId(o.tabId, 'tabId'), start, end };
  },
  setSiteEnabled: (o) => ({ type: 'setSiteEnabled', site: str(253, 1)(o.site, 'site'), enabled: bool(o.enabled, 'enabled') }),
  getSettings: () => ({ type: 'getSettings' }),
  setSettings: (o) => ({ type: 'setSettings', settings: checkSettings(o.settings, 'settings') }),
  listPacks: () => ({ type: 'listPacks' }),
  importPack: (o) => ({ type: 'importPack', fileName: str(1024)(o.fileName, 'fileName'), text: str(MAX_PACK_FILE)(o.text, 'text') }),
  exportPack: (o) => ({ type: 'exportPack', packId: str(MAX_ID, 1)(o.packId, 'packId') }),
  removePack: (o) => ({ type: 'removePack', packId: str(MAX_ID, 1)(o.packId, 'packId') }),
  resetPacks: () => ({ type: 'resetPacks' }),
  getStorageStatus: () => ({ type: 'getStorageStatus' }),
  syncTopicAccess: () => ({ type: 'syncTopicAccess' }),
} satisfies { [K in ToBackgroundType]: (o: Record<string, unknown>) => RequestOf<K> };

/** The fields each request may carry besides `type`. */
const toBackgroundFields: { [K in ToBackgroundType]: readonly string[] } = {
  annotatePage: ['page'],
  getPageSettings: ['url'],
  openComparison: ['claimId'],
  pageRunFailed: ['url'],
  getPopupState: ['tabId', 'url'],
  searchClaims: ['query', 'limit'],
  getPackOverviews: [],
  showSentence: ['tabId', 'start', 'end'],
  setSiteEnabled: ['site', 'enabled'],
  getSettings: [],
  setSettings: ['settings'],
  listPacks: [],
  importPack: ['fileName', 'text'],
  exportPack: ['packId'],
  removePack: ['packId'],
  resetPacks: [],
  getStorageStatus: [],
  syncTopicAccess: [],
};

const allFieldNames = [...new Set(Object.values(toBackgroundFields).flat())];

function isToBackgroundType(value: unknown): value is ToBackgroundType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(toBackgroundReaders, value);
}

export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: string };

/** Validates a message received by the background. Never throws. */
export function parseToBackground(value: unknown): Parsed<ToBackground> {
  try {
    const head = fields(value, 'message', ['type', ...allFieldNames]);
    if (!isToBackgroundType(head.type)) return { ok: false, reason: 'message.type: unknown message type' };
    const type = head.type;
    fields(value, 'message', ['type', ...toBackgroundFields[type]]);
    const read = toBackgroundReaders[type] as (o: Record<string, unknown>) => ToBackground;
    return { ok: true, message: read(head) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Validates a message received by a content script. Never throws. */
export function parseBackgroundToContent(value: unknown): Parsed<BackgroundToContent> {
  try {
    const head = fields(value, 'message', ['type', 'active', 'highlightStyle', 'start', 'end']);
    if (head.type === 'settingsChanged') {
      fields(value, 'message', ['type', 'active', 'highlightStyle']);
      return {
        ok: true,
        message: { type: 'settingsChanged', active: bool(head.active, 'active'), highlightStyle: oneOf(HIGHLIGHT_STYLES)(head.highlightStyle, 'highlightStyle') },
      };
    }
    if (head.type === 'showSentence') {
      fields(value, 'message', ['type', 'start', 'end']);
      const start = offset(head.start, 'start');
      const end = offset(head.end, 'end');
      if (end < start) throw new ValidationError('end', 'before start');
      return { ok: true, message: { type: 'showSentence', start, end } };
    }
    return { ok: false, reason: 'message.type: unknown message type' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Far above the patterns of any real set of packs (the Derna pack's: 5 KB), and bounded all the same. */
const MAX_PATTERN = 4_000_000;

/** Validates the background's answer to `getPageSettings` (the content script builds a regex from it). */
export function parsePageSettings(value: unknown): Parsed<PageSettings> {
  try {
    const o = fields(value, 'settings', ['active', 'highlightStyle', 'topicPatterns']);
    const patterns = fields(o.topicPatterns, 'topicPatterns', ['firstWords', 'arabicFirstWords', 'full']);
    return {
      ok: true,
      message: {
        active: bool(o.active, 'active'),
        highlightStyle: oneOf(HIGHLIGHT_STYLES)(o.highlightStyle, 'highlightStyle'),
        topicPatterns: {
          firstWords: patterns.firstWords === null ? null : str(MAX_PATTERN)(patterns.firstWords, 'topicPatterns.firstWords'),
          arabicFirstWords: bool(patterns.arabicFirstWords, 'topicPatterns.arabicFirstWords'),
          full: str(MAX_PATTERN)(patterns.full, 'topicPatterns.full'),
        },
      },
    };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Validates the envelope of a reply (the value itself is trusted: it comes from our own background). */
export function parseReply<T>(value: unknown): Reply<T> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const v = value as { ok: unknown; value?: unknown; error?: unknown };
    if (v.ok === true) return { ok: true, value: v.value as T };
    if (v.ok === false && typeof v.error === 'string') return { ok: false, error: v.error };
  }
  return { ok: false, error: 'The extension gave no answer (it may have been updated or reloaded).' };
}
