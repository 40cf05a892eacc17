import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CardReader } from './support/card-reader';
import { countOf, hasHighlight, pickImportFile, someTextIncludes } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { ROOT } from './support/paths';
import { BROWSERS, POPUP_VIEWPORT, type TestPage } from './support/types';

/** Issue 13: an analysis in a right-to-left script reads right to left in the card and the popup. */
const FIXTURE = resolve(ROOT, 'tests/e2e/fixtures/arabic-analysis.jsonl');
const TITLE = 'أنقرة تعرض الوساطة بين موسكو وكييف';
const FIDAN = 'person:hakan-fidan';

// In-page helpers: each is serialised on its own, so nothing from this file may be used inside.

function importAdded(count: string): boolean {
  return document.querySelector<HTMLElement>('[data-testid=import-report]')?.dataset.added === count;
}

/** The computed direction of each element matching `selector` whose text includes `text`. */
function directions([selector, text]: [string, string]): string[] {
  return [...document.querySelectorAll(selector)]
    .filter((element) => (element.textContent ?? '').includes(text))
    .map((element) => getComputedStyle(element).direction);
}

describe.each(BROWSERS)('right-to-left analyses in %s', (name) => {
  let session: Session;
  let cards: CardReader;
  let article: TestPage;

  beforeAll(async () => {
    session = await startSession(name);
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the import control', countOf, '[data-testid=import-file]');
    await options.evaluate(pickImportFile, [await readFile(FIXTURE, 'utf8'), 'arabic.jsonl'] as [
      string,
      string,
    ]);
    await options.waitFor('the import of the Arabic analysis', importAdded, '1', 60_000);
    await options.close();
    cards = new CardReader(session.browser);
    await cards.open();
    article = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    await article.waitFor('a Fidan highlight', hasHighlight, FIDAN, 15_000);
  });

  afterAll(async () => {
    await session?.close();
  });

  test('the card shows the Arabic analysis right to left, its English interface left to right', async () => {
    await article.hover(`article [data-backstory-actor="${FIDAN}"]`);
    const card = await cards.waitFor(article, 'the card to list the Arabic analysis', (view) =>
      view.analyses.some((a) => a.includes(TITLE)),
    );
    expect(card.rtl).toContain(TITLE);
    expect(card.rtl).not.toContain(card.title);
    await article.press('Escape');
    await cards.waitForClosed(article, 'on Escape');
    await article.mouseAway();
  });

  test('the popup lists it right to left among left-to-right analyses', async () => {
    const tabId = await session.browser.tabIdOf(article);
    const popup = await session.browser.openExtensionPage(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
    await popup.waitFor('the Arabic analysis in the popup', someTextIncludes, [
      '[data-testid=related-analysis]',
      TITLE,
    ]);
    expect(await popup.evaluate(directions, ['[data-testid=related-analysis] .bs-link', TITLE])).toEqual([
      'rtl',
    ]);
    expect(
      await popup.evaluate(directions, ['[data-testid=related-analysis] .bs-snippet', 'Fidan']),
    ).toContain('rtl');
    // The popup itself stays left to right: the sample analyses in English read so.
    expect(await popup.evaluate(directions, ['[data-testid=related-analysis] .bs-link', ''])).toContain(
      'ltr',
    );
    await popup.close();
  });

  test('no request left 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
    expect(unexpectedProxyHits(session.browser.proxied)).toEqual([]);
  });
});
