// Popup entry: shows the active tab's results, or tab TABID's when opened as popup.html?tab=TABID.
import { render } from 'preact';
import { createBrowserApi } from '../shared/extension-api.js';
import { createTranslate } from '../shared/i18n.js';
import { UiContext } from '../shared/ui-context.js';
import { PopupApp } from './PopupApp.js';
import { resolvePopupTarget } from './popup-target.js';

async function start(): Promise<void> {
  const api = createBrowserApi();
  const t = createTranslate(api);
  document.documentElement.dir = api.uiDirection();
  document.documentElement.lang = api.getMessage('@@ui_locale').replace('_', '-') || 'en';
  document.title = t('popupTitle');
  const target = await resolvePopupTarget(api, location.search);
  const root = document.getElementById('root');
  if (root === null) throw new Error('popup.html has no #root');
  render(
    <UiContext.Provider value={{ api, t }}>
      <PopupApp target={target} />
    </UiContext.Provider>,
    root,
  );
  document.documentElement.dataset.ready = 'true';
}

start().catch((error: unknown) => console.error('[corroborate] popup failed to start', error));
