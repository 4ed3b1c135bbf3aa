// Popup entry: shows the active tab's results, or tab TABID's when opened as popup.html?tab=TABID.
import { render } from 'preact';
import { createBrowserApi } from '../shared/extension-api.js';
import { createTranslate } from '../shared/i18n.js';
import { UiContext } from '../shared/ui-context.js';
import { PopupApp } from './PopupApp.js';

/** The tab named by ?tab=, when it is a valid tab id. */
export function tabFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

async function start(): Promise<void> {
  const api = createBrowserApi();
  const t = createTranslate(api);
  document.documentElement.dir = api.uiDirection();
  document.documentElement.lang = api.getMessage('@@ui_locale').replace('_', '-') || 'en';
  document.title = t('popupTitle');
  const tabId = tabFromQuery(location.search) ?? (await api.activeTabId());
  const root = document.getElementById('root');
  if (root === null) throw new Error('popup.html has no #root');
  render(
    <UiContext.Provider value={{ api, t }}>
      <PopupApp tabId={tabId} />
    </UiContext.Provider>,
    root,
  );
  document.documentElement.dataset.ready = 'true';
}

start().catch((error: unknown) => console.error('[corroborate] popup failed to start', error));
