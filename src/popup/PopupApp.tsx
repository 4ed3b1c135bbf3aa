// The popup: for one tab, the page's results, the pack's sources and a claim's timeline,
// with a claim search on top and a notice when the database fell back to memory.
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../core/annotation-types.js';
import type { PackOverview } from '../core/pack/pack-overview.js';
import { notAboutResults, type PopupState } from '../shared/messages.js';
import { useUi } from '../shared/ui-context.js';
import { PageView } from './PageView.js';
import { SearchBox } from './SearchBox.js';
import { SourcesView } from './SourcesView.js';
import { TabList } from './TabList.js';
import { TimelineView, type ClaimRef } from './TimelineView.js';
import type { PopupTarget } from './popup-target.js';

type View = 'page' | 'sources' | 'timeline';

export interface PopupAppProps {
  /** The tab whose results to show; undefined when there is no tab (e.g. popup opened on its own). */
  target: PopupTarget | undefined;
}

export function PopupApp({ target }: PopupAppProps): JSX.Element {
  const { api, t } = useUi();
  const tabId = target?.tabId;
  const tabUrl = target?.url;
  const pageKind = target?.kind;
  const [view, setView] = useState<View>('page');
  const [state, setState] = useState<PopupState | null>(null);
  const [overviews, setOverviews] = useState<PackOverview[]>([]);
  const [selected, setSelected] = useState<ClaimRef | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const overviewReply = await api.request({ type: 'getPackOverviews' });
    if (overviewReply.ok) setOverviews(overviewReply.value);
    else setError(overviewReply.error);
    if (tabId === undefined) return;
    const reply = await api.request(tabUrl === undefined ? { type: 'getPopupState', tabId } : { type: 'getPopupState', tabId, url: tabUrl });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    // No record of the tab: in Chromium a tab open before the install has no content script, but
    // Firefox injects one, which says nothing on a page that does not name the topic. Ask it.
    const unheard = reply.value.report === 'none' && pageKind !== 'unreadable' && (await api.contentScriptState(tabId)) === 'not-about';
    setState(unheard ? { ...reply.value, report: 'silent', results: notAboutResults(tabId, tabUrl ?? '') } : reply.value);
  }, [api, tabId, tabUrl, pageKind]);

  useEffect(() => {
    void load();
  }, [load]);

  const showSentence = async (a: Annotation): Promise<void> => {
    if (tabId === undefined) return;
    const reply = await api.request({ type: 'showSentence', tabId, start: a.start, end: a.end });
    setNotice(reply.ok ? null : t('popupShowFailed'));
  };

  const enableSite = async (site: string): Promise<void> => {
    const reply = await api.request({ type: 'setSiteEnabled', site, enabled: true });
    if (reply.ok) setNotice(t('popupSiteTurnedOn', site));
    else setError(reply.error);
    await load();
  };

  const reloadTab = async (): Promise<void> => {
    if (tabId === undefined) return;
    try {
      await api.reloadTab(tabId);
      // What the page holds is known only once it has loaded and its content script has run.
      setNotice(t('popupReloading'));
    } catch (reloadError) {
      setError(reloadError instanceof Error ? reloadError.message : String(reloadError));
    }
  };

  const selectFromSearch = (ref: ClaimRef): void => {
    setSelected(ref);
    setView('page');
  };

  const storage = state?.storage;
  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={() => void api.openOptions()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      {storage?.backend === 'memory' && (
        <p class="notice warning" role="status" data-notice="memory">
          {t('popupMemoryFallback')}
        </p>
      )}
      {storage?.backend === 'indexeddb' && storage.problem !== undefined && (
        <p class="notice warning" role="status" data-notice="storage-problem">
          {storage.problem}
        </p>
      )}
      {error !== null && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {notice !== null && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <SearchBox onSelect={selectFromSearch} />
      <TabList
        idPrefix="popup"
        label={t('popupViewsLabel')}
        selected={view}
        onSelect={setView}
        tabs={[
          { key: 'page', label: t('popupTabPage') },
          { key: 'sources', label: t('popupTabSources') },
          { key: 'timeline', label: t('popupTabTimeline') },
        ]}
      />
      <section role="tabpanel" id={`popup-panel-${view}`} aria-labelledby={`popup-tab-${view}`} tabIndex={0} class="panel">
        {view === 'page' &&
          (tabId === undefined ? (
            <>
              <p class="empty" data-empty="no-tab">{t('popupNoTab')}</p>
              <PageView state={{ tabId: -1, report: 'silent', results: null, settings: { enabled: true, disabledSites: [], highlightStyle: 'underline' }, siteActive: true, storage: { backend: 'indexeddb' } }} pageKind="unknown" overviews={overviews} selected={selected} onSelect={setSelected} onShowSentence={() => undefined} onEnableSite={() => undefined} onReload={() => undefined} />
            </>
          ) : state === null ? (
            <p class="loading">{t('popupLoading')}</p>
          ) : (
            <PageView state={state} pageKind={target?.kind ?? 'unknown'} overviews={overviews} selected={selected} onSelect={setSelected} onShowSentence={(a) => void showSentence(a)} onEnableSite={(s) => void enableSite(s)} onReload={() => void reloadTab()} />
          ))}
        {view === 'sources' && <SourcesView overviews={overviews} />}
        {view === 'timeline' && <TimelineView overviews={overviews} selected={selected} onSelect={setSelected} />}
      </section>
    </main>
  );
}
