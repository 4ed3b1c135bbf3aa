// Rendering Preact UIs in happy-dom with a fake ExtensionApi whose strings come from the
// real _locales/en/messages.json, so tests read what a user would read.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { ExtensionApi } from '../../../src/shared/extension-api.js';
import type { BackgroundReplies, Reply, RequestOf, ToBackgroundType } from '../../../src/shared/messages.js';
import { createTranslate } from '../../../src/shared/i18n.js';
import { UiContext } from '../../../src/shared/ui-context.js';

const messages = JSON.parse(readFileSync(new URL('../../../src/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;

export function installDom(): Window {
  const window = new Window({ url: 'chrome-extension://test/popup.html' });
  const g = globalThis as Record<string, unknown>;
  for (const key of ['document', 'HTMLElement', 'Element', 'Node', 'Event', 'KeyboardEvent', 'MouseEvent', 'InputEvent', 'getComputedStyle', 'File', 'navigator']) {
    const v = (window as unknown as Record<string, unknown>)[key];
    Object.defineProperty(g, key, { value: typeof v === 'function' && key === 'getComputedStyle' ? v.bind(window) : v, configurable: true, writable: true });
  }
  g.window = window;
  return window;
}

export type FakeHandlers = { [K in ToBackgroundType]?: (message: RequestOf<K>) => BackgroundReplies[K] | Promise<BackgroundReplies[K]> | Error };

export function fakeApi(handlers: FakeHandlers, calls: unknown[] = []): ExtensionApi {
  return {
    async request<K extends ToBackgroundType>(message: RequestOf<K>): Promise<Reply<BackgroundReplies[K]>> {
      calls.push(message);
      const handler = handlers[message.type] as ((m: RequestOf<K>) => BackgroundReplies[K] | Promise<BackgroundReplies[K]> | Error) | undefined;
      if (handler === undefined) return { ok: false, error: `no fake for ${message.type}` };
      const value = await handler(message);
      return value instanceof Error ? { ok: false, error: value.message } : { ok: true, value };
    },
    getMessage(key, subs = []) {
      const m = messages[key]?.message;
      if (m === undefined) return '';
      return m.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    },
    uiDirection: () => 'ltr',
    activeTab: async () => ({ id: 1 }),
    tab: async (tabId) => ({ id: tabId }),
    hasHostAccess: async () => false,
    contentScriptState: async () => undefined,
    reloadTab: async () => undefined,
    openOptions: async () => undefined,
    requestHostAccess: async () => false,
  };
}

export async function mount(api: ExtensionApi, ui: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<UiContext.Provider value={{ api, t: createTranslate(api) }}>{ui}</UiContext.Provider>, root);
  });
  await settle();
  return root;
}

/** Lets pending promises and Preact effects run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
