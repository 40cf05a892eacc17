import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { BROWSERS } from './support/types';

// Checks the harness itself, so a story failure means the extension and not the rig.
describe.each(BROWSERS)('harness in %s', (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('loads the extension at a known origin', async () => {
    const origin = session.browser.extensionOrigin;
    expect(origin).toMatch(/^(chrome|moz)-extension:\/\/[a-z0-9-]+$/);
    const page = await session.browser.openExtensionPage('manifest.json');
    const text = await page.evaluate(() => document.body.textContent ?? '', null);
    expect(text).toContain('Backstory');
    await page.close();
  });

  test('serves the fixture pages from 127.0.0.1', async () => {
    const page = await session.browser.newPage(session.pageUrl('no-actors.html'));
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    const heading = await page.evaluate(() => document.querySelector('article h1')?.textContent ?? '', null);
    expect(heading.length).toBeGreaterThan(10);
    await page.close();
  });

  test('aborts and records a request that would leave 127.0.0.1', async () => {
    const page = await session.browser.newPage(session.pageUrl('no-actors.html'));
    const outcome = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'loaded',
          () => 'failed',
        ),
      'http://guard-check.example/beacon?from=page',
    );
    await page.evaluate((src) => {
      const img = document.createElement('img');
      img.src = src;
      document.body.append(img);
    }, 'https://guard-check.example/pixel.png');
    await page.waitFor(
      'the image request to fail',
      () => {
        const img = document.querySelector<HTMLImageElement>('img[src*="guard-check"]');
        return img?.complete;
      },
      null,
    );
    expect(outcome).toBe('failed');
    expect(session.browser.blocked).toContain('http://guard-check.example/beacon?from=page');
    expect(session.browser.blocked).toContain('https://guard-check.example/pixel.png');
    await page.close();
  });

  test('catches a request from the extension itself', async () => {
    const outcome = await session.browser.extensionFetch('http://guard-check.example/from-extension');
    expect(outcome).toBe('failed');
    expect(session.browser.blocked).toContain('http://guard-check.example/from-extension');
  });
});

describe('proxy hits excused as browser housekeeping', () => {
  test.each([
    ['CONNECT update.googleapis.com:443', false],
    ['http://clients2.google.com/time/1/current', false],
    ['CONNECT firefox.settings.services.mozilla.com:443', false],
    ['CONNECT guard-check.example:443', true],
    ['http://evil-google.com.example/x', true],
    ['CONNECT notgoogle.com:443', true],
  ])('%s counts against the story: %s', (hit, counts) => {
    expect(unexpectedProxyHits([hit])).toEqual(counts ? [hit] : []);
  });
});
