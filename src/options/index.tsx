// Options page entry.
import { render } from 'preact';
import { createBrowserApi } from '../shared/extension-api.js';
import { createTranslate } from '../shared/i18n.js';
import { UiContext } from '../shared/ui-context.js';
import { OptionsApp } from './OptionsApp.js';

/** Saves text as a file through a blob URL: nothing leaves the machine. */
function downloadJson(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const api = createBrowserApi();
const t = createTranslate(api);
document.documentElement.dir = api.uiDirection();
document.documentElement.lang = api.getMessage('@@ui_locale').replace('_', '-') || 'en';
document.title = t('optionsTitle');
const root = document.getElementById('root');
if (root === null) throw new Error('options.html has no #root');
render(
  <UiContext.Provider value={{ api, t }}>
    <OptionsApp download={downloadJson} confirm={(q) => window.confirm(q)} />
  </UiContext.Provider>,
  root,
);
document.documentElement.dataset.ready = 'true';
