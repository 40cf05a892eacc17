import { describe, expect, test } from 'vitest';
import { SourceError } from './source-error';
import { isHostName, sourceAddress } from './store';

describe('sourceAddress', () => {
  test.each([
    ['@grain_wire', { kind: 'telegram', url: 'https://t.me/s/grain_wire' }],
    ['t.me/s/grain_wire', { kind: 'telegram', url: 'https://t.me/s/grain_wire' }],
    ['feeds.example/rss#top', { kind: 'feed', url: 'https://feeds.example/rss' }],
    ['http://127.0.0.1:8080/feed.xml', { kind: 'feed', url: 'http://127.0.0.1:8080/feed.xml' }],
    ['https://[::1]/feed', { kind: 'feed', url: 'https://[::1]/feed' }],
    ['https://пример.рф/rss', { kind: 'feed', url: 'https://xn--e1afmkfd.xn--p1ai/rss' }],
  ] as const)('%s is %j', (input, address) => {
    expect(sourceAddress(input)).toEqual(address);
  });

  test.each([
    ['не адрес', 'sourceFailNotAddress'],
    ['not an address', 'sourceFailNotAddress'],
    ['https://', 'sourceFailNotAddress'],
    ['ftp://feeds.example/rss', 'sourceFailScheme'],
    ['https://me:secret@feeds.example/rss', 'sourceFailCredentials'],
    ['@ab', 'sourceFailChannelName'],
  ] as const)('%s is refused: %s', (input, key) => {
    expect(() => sourceAddress(input)).toThrow(SourceError);
    try {
      sourceAddress(input);
    } catch (error) {
      expect((error as SourceError).key).toBe(key);
    }
  });
});

describe('isHostName', () => {
  // Hosts as Chromium's URL parser gives them for "не адрес" and "not an address" (checked in
  // Chromium 156): the standard refuses both, Chromium percent-encodes the space.
  test.each(['xn--%20-8cdubf1d7al', 'not%20an%20address', 'a b', ''])('%j is not a host', (host) => {
    expect(isHostName(host)).toBe(false);
  });
  test.each(['feeds.example', 'xn--e1afmkfd.xn--p1ai', '127.0.0.1', '[::1]', 'localhost', 'example.com.'])(
    '%j is a host',
    (host) => {
      expect(isHostName(host)).toBe(true);
    },
  );
});
