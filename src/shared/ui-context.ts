// The extension API and translator handed down to the Preact UIs (popup and options), so
// components never import the browser and tests render them with a fake API.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ExtensionApi } from './extension-api.js';
import type { Translate } from './i18n.js';

export interface UiServices {
  api: ExtensionApi;
  t: Translate;
}

export const UiContext = createContext<UiServices | null>(null);

export function useUi(): UiServices {
  const ui = useContext(UiContext);
  if (ui === null) throw new Error('UiContext is missing: render inside <UiContext.Provider>');
  return ui;
}
