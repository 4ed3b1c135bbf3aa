// Typed access to the UI strings in _locales/en/messages.json: a misspelt key is a compile error.
import type { ExtensionApi } from './extension-api.js';

// A type-only import: the strings are not bundled, browser.i18n reads them from _locales.
export type MessageKey = keyof typeof import('../_locales/en/messages.json');

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** A translator over the API's getMessage; falls back to the key so a missing string is visible, not blank. */
export function createTranslate(api: Pick<ExtensionApi, 'getMessage'>): Translate {
  return (key, ...substitutions) => {
    const text = api.getMessage(key, substitutions.map(String));
    return text === '' ? key : text;
  };
}
