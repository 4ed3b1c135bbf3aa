// Which pages the popup calls unreadable, from the address the browser shows it (or hides).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageKindOf } from '../../../src/shared/page-kind.js';

test('web pages and local files are readable; browser pages, stores, PDFs and other schemes are not', () => {
  for (const url of ['https://news.example/derna', 'http://127.0.0.1:8000/news/a.html', 'file:///home/me/article.html', 'https://chrome.google.com/webstoreish/']) {
    assert.equal(pageKindOf(url, true), 'readable', url);
  }
  for (const url of [
    'chrome://extensions/', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', 'about:blank', 'about:debugging',
    'view-source:https://news.example/derna', 'data:text/html,<p>Derna</p>', 'moz-extension://0c0cc0c0/popup.html', 'edge://settings',
    'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/detail/x', 'https://addons.mozilla.org/en-US/firefox/',
    'https://news.example/report.PDF', 'not an address',
  ]) {
    assert.equal(pageKindOf(url, false), 'unreadable', url);
  }
});

test('a hidden address means unreadable only where the browser would show a readable page\'s address', () => {
  assert.equal(pageKindOf(undefined, true), 'unreadable');
  assert.equal(pageKindOf(undefined, false), 'unknown');
});
