// Asks the background for this page's settings and validates the reply: the one place the
// pre-check and the page run get them, so both treat a dead context and a bad reply alike.
import { parsePageSettings, type PageSettings } from '../shared/messages.js';
import type { ContentApi } from './content-api.js';

export type PageSettingsAnswer =
  | { ok: true; settings: PageSettings }
  /** The extension was reloaded or removed: stop without a word. */
  | { ok: false; orphaned: true }
  | { ok: false; orphaned: false };

export async function requestPageSettings(api: ContentApi, url: string): Promise<PageSettingsAnswer> {
  if (!api.isAlive()) return { ok: false, orphaned: true };
  const reply = await api.request({ type: 'getPageSettings', url });
  if (!reply.ok) {
    if (!api.isAlive()) return { ok: false, orphaned: true };
    console.warn('[corroborate] no settings from the background:', reply.error);
    return { ok: false, orphaned: false };
  }
  const parsed = parsePageSettings(reply.value);
  if (!parsed.ok) {
    console.warn('[corroborate] dropped settings from the background:', parsed.reason);
    return { ok: false, orphaned: false };
  }
  return { ok: true, settings: parsed.message };
}
