import { expect, test } from 'vitest';
import { canonicalUrl, pageKey } from './page-url';

test.each([
  ['https://News.example.org/a?utm_source=x&id=3#top', 'https://news.example.org/a?id=3'],
  ['http://example.org/a?fbclid=1', 'http://example.org/a'],
  ['https://example.org/a?utm_source=y#x', 'https://example.org/a'],
  ['ftp://example.org/a', null],
  ['javascript:alert(1)', null],
  ['nonsense', null],
])('canonicalUrl(%s) = %s', (url, expected) => {
  expect(canonicalUrl(url)).toBe(expected);
});

test.each([
  ['https://example.org/a#x', 'https://example.org/a'],
  ['https://example.org/a?utm_source=y&utm_medium=z', 'https://example.org/a'],
  ['https://example.org/a?page=2#comments', 'https://example.org/a?page=2'],
  // Not a web address: kept as given, so a note on it is still found under it.
  ['file:///home/reader/a.html#x', 'file:///home/reader/a.html#x'],
  ['', ''],
])('pageKey(%s) = %s', (url, expected) => {
  expect(pageKey(url)).toBe(expected);
});
