// The per-browser patch of the one source manifest. Kept small and explained; a unit test checks
// that the Chromium and Firefox manifests differ in these keys and no others.

export const GECKO_ID = 'corroborate@corroborate.invalid';

export type Browser = 'chrome' | 'firefox';

export interface SourceManifest {
  background: { service_worker: string };
  [key: string]: unknown;
}

/** Keys allowed to differ between the two builds. */
export const BROWSER_SPECIFIC_KEYS = ['background', 'browser_specific_settings', 'web_accessible_resources'] as const;

export function manifestFor(browser: Browser, source: SourceManifest): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(source);
  if (browser === 'firefox') {
    // Firefox ESR runs MV3 backgrounds as event pages, not service workers.
    manifest.background = { scripts: [source.background.service_worker] };
    // Firefox's content.js bundles the page run (build.mjs): nothing needs to be web-accessible.
    delete manifest.web_accessible_resources;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 142 is the first version that knows data_collection_permissions on desktop and Android.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}
