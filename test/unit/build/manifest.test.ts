// The two browser manifests come from one source and differ only where a browser needs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { BROWSER_SPECIFIC_KEYS, manifestFor, type SourceManifest } from '../../../src/tools/browser-manifest.js';
import { PAGE_ORIGINS } from '../../../src/shared/page-origins.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const source = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as SourceManifest & Record<string, unknown>;

test('Chromium gets a service worker, Firefox background scripts and a gecko id', () => {
  const chrome = manifestFor('chrome', source);
  const firefox = manifestFor('firefox', source);
  assert.deepEqual(chrome.background, { service_worker: 'background.js' });
  assert.deepEqual(firefox.background, { scripts: ['background.js'] });
  const gecko = (firefox.browser_specific_settings as { gecko: { id: string; strict_min_version: string } }).gecko;
  assert.match(gecko.id, /@/);
  assert.ok(Number.parseFloat(gecko.strict_min_version) >= 140);
  assert.equal(chrome.browser_specific_settings, undefined);
});

test('the two manifests differ in no key other than the browser-specific ones', () => {
  const chrome = manifestFor('chrome', source);
  const firefox = manifestFor('firefox', source);
  const keys = new Set([...Object.keys(chrome), ...Object.keys(firefox)]);
  const differing = [...keys].filter((k) => JSON.stringify(chrome[k]) !== JSON.stringify(firefox[k]));
  assert.deepEqual(differing.sort(), [...BROWSER_SPECIFIC_KEYS].sort());
});

test('least privilege: every permission is explained in the README', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const permissions = (source.permissions as string[] | undefined) ?? [];
  for (const permission of permissions) assert.match(readme, new RegExp('`' + permission + '`'), `README explains ${permission}`);
  assert.equal(source.host_permissions, undefined, 'no host permissions: content scripts are declared, nothing is fetched');
  assert.match(readme, /`optional_host_permissions`/, 'README explains the optional host access');
});

test('the optional host access asked for is exactly the pages the content script runs in', () => {
  const scripts = source.content_scripts as { matches: string[] }[];
  assert.deepEqual(scripts[0]?.matches, [...PAGE_ORIGINS]);
  assert.deepEqual(source.optional_host_permissions, [...PAGE_ORIGINS]);
});

test('every file the manifest names exists in the sources the build copies', () => {
  for (const size of ['16', '32', '48', '128']) assert.ok(existsSync(path.join(ROOT, `icons/icon-${size}.png`)));
  assert.ok(existsSync(path.join(ROOT, 'src/_locales/en/messages.json')));
  const messages = JSON.parse(readFileSync(path.join(ROOT, 'src/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
  for (const key of JSON.stringify(source).match(/__MSG_(\w+)__/g) ?? []) {
    assert.ok(messages[key.slice(6, -2)], `locale has ${key}`);
  }
});
