// The options page: global switch, per-site list, highlight style, and the claim packs
// (list, import, export, remove, reset). A refused import shows why and changes nothing.
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_STYLES, type HighlightStyle, type PackSummary, type Settings, type StorageStatus, type TopicAccess } from '../shared/messages.js';
import type { MessageKey } from '../shared/i18n.js';
import { useUi } from '../shared/ui-context.js';

const STYLE_LABEL: Record<HighlightStyle, MessageKey> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  'badges-only': 'optionsStyleBadgesOnly',
};

export interface OptionsAppProps {
  /** Starts a download of `json` as `fileName` (a blob URL in the browser; tests record it). */
  download: (fileName: string, json: string) => void;
  /** Asks before destructive actions (window.confirm in the browser). */
  confirm: (question: string) => boolean;
}

/** Normalises what a user types into the site list: a hostname, without scheme, path or "www.". */
export function normaliseSite(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return undefined;
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    // Not parseable as a URL: fall through to the hostname check below, which refuses it.
    return undefined;
  }
  host = host.replace(/^www\./, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) && host.includes('.') ? host : undefined;
}

export function OptionsApp({ download, confirm }: OptionsAppProps): JSX.Element {
  const { api, t } = useUi();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [topicAccess, setTopicAccess] = useState<TopicAccess | null>(null);

  const load = useCallback(async () => {
    const [s, p, st, ta] = await Promise.all([
      api.request({ type: 'getSettings' }), api.request({ type: 'listPacks' }), api.request({ type: 'getStorageStatus' }), api.request({ type: 'syncTopicAccess' }),
    ]);
    if (s.ok) setSettings(s.value);
    else setError(s.error);
    if (p.ok) setPacks(p.value);
    else setError(p.error);
    if (st.ok) setStorage(st.value);
    // Without an answer the page just does not offer the host access; the packs still work where their topic is the bundled one's.
    if (ta.ok) setTopicAccess(ta.value);
    else console.warn('[corroborate] no answer about the imported topics:', ta.error);
  }, [api]);

  const allowPages = async (): Promise<void> => {
    // Called from the button's click: permissions.request needs the user's gesture.
    const granted = await api.requestHostAccess();
    if (!granted) setStatus(t('optionsHostAccessRefused'));
    await load();
  };

  useEffect(() => {
    void load();
  }, [load]);

  const save = async (next: Settings): Promise<void> => {
    const reply = await api.request({ type: 'setSettings', settings: next });
    if (reply.ok) {
      setSettings(reply.value);
      setStatus(t('optionsSaved'));
      setError(null);
    } else setError(reply.error);
  };

  const addSite = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (settings === null) return;
    const site = normaliseSite(siteInput);
    if (site === undefined) {
      setSiteError(t('optionsSiteInvalid', siteInput));
      return;
    }
    setSiteError(null);
    setSiteInput('');
    if (!settings.disabledSites.includes(site)) await save({ ...settings, disabledSites: [...settings.disabledSites, site] });
  };

  const importFile = async (file: File): Promise<void> => {
    setBusy(true);
    setImportError(null);
    setStatus(null);
    try {
      const text = await file.text();
      const reply = await api.request({ type: 'importPack', fileName: file.name, text });
      if (reply.ok) setStatus(t('optionsImported', reply.value.name, reply.value.claims, reply.value.sources));
      else setImportError(reply.error);
    } catch (readError) {
      console.error('[corroborate] reading the chosen file failed', readError);
      setImportError(t('optionsFileUnreadable', file.name));
    } finally {
      setBusy(false);
      await load();
    }
  };

  const exportPack = async (pack: PackSummary): Promise<void> => {
    const reply = await api.request({ type: 'exportPack', packId: pack.id });
    if (reply.ok) download(reply.value.fileName, reply.value.json);
    else setError(reply.error);
  };

  const removePack = async (pack: PackSummary): Promise<void> => {
    if (!confirm(t('optionsConfirmRemove', pack.name))) return;
    const reply = await api.request({ type: 'removePack', packId: pack.id });
    if (reply.ok) {
      setPacks(reply.value);
      setStatus(t('optionsRemoved', pack.name));
    } else setError(reply.error);
  };

  const reset = async (): Promise<void> => {
    if (!confirm(t('optionsConfirmReset'))) return;
    const reply = await api.request({ type: 'resetPacks' });
    if (reply.ok) {
      setPacks(reply.value);
      setStatus(t('optionsResetDone'));
    } else setError(reply.error);
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {storage?.backend === 'memory' && <p class="notice warning" role="status" data-notice="memory">{t('optionsMemoryFallback')}</p>}
      {error !== null && <p class="notice error" role="alert">{error}</p>}
      {status !== null && <p class="notice" role="status" data-status>{status}</p>}
      {settings === null ? (
        <p class="loading">{t('popupLoading')}</p>
      ) : (
        <>
          <section aria-labelledby="general-heading">
            <h2 id="general-heading">{t('optionsGeneralHeading')}</h2>
            <label class="check">
              <input type="checkbox" checked={settings.enabled} onChange={(e) => void save({ ...settings, enabled: e.currentTarget.checked })} />
              <span>{t('optionsEnabled')}</span>
            </label>
            <fieldset>
              <legend>{t('optionsStyleLegend')}</legend>
              {HIGHLIGHT_STYLES.map((style) => (
                <label class="check" key={style}>
                  <input type="radio" name="highlight-style" value={style} checked={settings.highlightStyle === style} onChange={() => void save({ ...settings, highlightStyle: style })} />
                  <span>{t(STYLE_LABEL[style])}</span>
                </label>
              ))}
            </fieldset>
          </section>
          <section aria-labelledby="sites-heading">
            <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
            <p class="hint">{t('optionsSitesHint')}</p>
            {settings.disabledSites.length === 0 ? (
              <p class="empty">{t('optionsSitesEmpty')}</p>
            ) : (
              <ul class="site-list">
                {settings.disabledSites.map((site) => (
                  <li key={site}>
                    <span>{site}</span>{' '}
                    <button type="button" aria-label={t('optionsSiteRemoveLabel', site)} onClick={() => void save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                      {t('optionsSiteRemove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <form class="site-form" onSubmit={(e) => void addSite(e)}>
              <label class="field">
                <span>{t('optionsSiteAddLabel')}</span>
                <input type="text" value={siteInput} placeholder="example.com" onInput={(e) => setSiteInput(e.currentTarget.value)} aria-invalid={siteError !== null} />
              </label>
              <button type="submit">{t('optionsSiteAdd')}</button>
              {siteError !== null && <p class="error" role="alert">{siteError}</p>}
            </form>
          </section>
        </>
      )}
      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading">{t('optionsPacksHeading')}</h2>
        <table class="packs">
          <thead>
            <tr>
              <th scope="col">{t('optionsPackName')}</th>
              <th scope="col">{t('optionsPackVersion')}</th>
              <th scope="col">{t('optionsPackContents')}</th>
              <th scope="col">{t('optionsPackActions')}</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((pack) => (
              <tr key={pack.id} data-pack={pack.id}>
                <th scope="row">
                  {pack.name} <span class="origin">{pack.origin === 'bundled' ? t('optionsPackBundled') : t('optionsPackImported')}</span>
                </th>
                <td>{pack.version}</td>
                <td>{t('optionsPackCounts', pack.claims, pack.sources)}</td>
                <td class="actions">
                  <button type="button" onClick={() => void exportPack(pack)} aria-label={t('optionsExportLabel', pack.name)}>
                    {t('optionsExport')}
                  </button>
                  {pack.origin === 'imported' && (
                    <button type="button" onClick={() => void removePack(pack)} aria-label={t('optionsRemoveLabel', pack.name)}>
                      {t('optionsRemove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label class="field">
          <span>{t('optionsImportLabel')}</span>
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file !== undefined) void importFile(file);
            }}
          />
        </label>
        <p class="hint">{t('optionsImportHint')}</p>
        {topicAccess !== null && topicAccess.packsWithOtherTopics.length > 0 && (
          topicAccess.looking ? (
            <p class="hint" data-topic-access="looking">{t('optionsOtherTopicsLooking', topicAccess.packsWithOtherTopics.join('; '))}</p>
          ) : (
            <div class="notice warning" data-topic-access="needs-access">
              <p>{t('optionsOtherTopicsNeedAccess', topicAccess.packsWithOtherTopics.join('; '))}</p>
              <button type="button" onClick={() => void allowPages()}>{t('optionsAllowPages')}</button>
            </div>
          )
        )}
        {importError !== null && (
          <div class="import-error" role="alert" data-import-error>
            <p>{t('optionsImportRefused')}</p>
            <ul>
              {importError.split('\n').map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <button type="button" onClick={() => void reset()}>
          {t('optionsReset')}
        </button>
      </section>
    </main>
  );
}
