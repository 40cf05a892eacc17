import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { CardReader } from './support/card-reader';
import { countOf, hasHighlight, texts } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { SCREENSHOTS_DIR } from './support/paths';
import {
  actorRowOrder,
  cardBeside,
  documentDirection,
  horizontalOverflow,
  textSides,
} from './support/rtl-in-page';
import { BROWSERS, POPUP_VIEWPORT, type TestPage } from './support/types';

/**
 * Right to left (issue 14). The interface's direction is its catalogue's `direction` message, not the
 * browser's `@@bidi_dir`, which follows the browser's language: Backstory ships no right-to-left
 * catalogue, so a browser in Arabic shows the English catalogue, and `@@bidi_dir` would lay those
 * English words out right to left. The first story checks that an Arabic browser (Chromium `--lang=ar`,
 * Firefox `intl.locale.requested` with Debian's Arabic language pack) gets English left to right.
 *
 * The second gives the same Arabic browsers a right-to-left catalogue that exists only in this run's
 * copy of the build (`LaunchOptions.catalogues`; nothing of it reaches `.output` or a package): the
 * English words with `direction` "rtl" and `locale` "ar". The browser picks it by its language as it
 * would pick a shipped one, and the test measures that the card, the popup and the options page mirror.
 */

const FIDAN = 'person:hakan-fidan';
const RTL_CATALOGUE = { ...en, direction: { message: 'rtl' }, locale: { message: 'ar' } };

/** In an extension page: the browser's interface language. */
function uiLanguage(): string {
  const host = globalThis as unknown as {
    browser?: { i18n: { getUILanguage(): string } };
    chrome?: { i18n: { getUILanguage(): string } };
  };
  return (host.browser ?? host.chrome)?.i18n.getUILanguage() ?? '';
}

/** Every element's text starts at its right edge, and each is shorter than its box (else it says nothing). */
async function expectStartOnRight(page: TestPage, selector: string): Promise<void> {
  const sides = await page.evaluate(textSides, selector);
  expect(sides.length, selector).toBeGreaterThan(0);
  for (const side of sides) {
    expect(side.fromRight, `${selector} "${side.text}"`).toBeLessThanOrEqual(1);
    expect(side.fromLeft, `${selector} "${side.text}"`).toBeGreaterThan(10);
  }
}

describe.each(BROWSERS)('an Arabic browser without a right-to-left catalogue, %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(name, { language: 'ar' });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('gets the English interface laid out left to right', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the options page', countOf, 'h1');
    expect((await options.evaluate(uiLanguage, null)).toLowerCase()).toMatch(/^ar/);
    expect(await options.evaluate(documentDirection, null)).toEqual({
      lang: 'en',
      dir: 'ltr',
      computed: 'ltr',
    });
    expect(await options.evaluate(texts, 'h1')).toEqual(['Backstory library']);
  });
});

describe.each(BROWSERS)('a right-to-left catalogue in %s', (name) => {
  let session: Session;
  let cards: CardReader;
  let article: TestPage;

  beforeAll(async () => {
    session = await startSession(name, { language: 'ar', catalogues: { ar: RTL_CATALOGUE } });
    cards = new CardReader(session.browser);
    await cards.open();
    // Wide enough that the centred article leaves room for the card left of the first "Hakan Fidan".
    article = await session.browser.newPage(session.pageUrl('fidan-moscow.html'), {
      width: 1800,
      height: 900,
    });
    await article.waitFor('a Fidan highlight', hasHighlight, FIDAN, 15_000);
  });
  afterAll(async () => {
    await session?.close();
  });

  test('the card is right to left and opens from the highlight toward the left', async () => {
    await article.hover(`article [data-backstory-actor="${FIDAN}"]`);
    const card = await cards.waitForTitle(article, 'on hover', 'Fidan');
    // The card's whole text reads right to left (the actor's name keeps its own direction inside).
    expect(card.html).toContain('dir="rtl"');
    expect(card.rtl.some((text) => text.includes(card.title))).toBe(true);
    const place = await article.evaluate(cardBeside, FIDAN);
    if (place === null) throw new Error(`${name}: no card host or highlight in the page`);
    // Room on the left for the card, so its place is not the screen edge's.
    expect(place.anchor.right).toBeGreaterThan(360 + 6);
    expect(Math.abs(place.card.right - place.anchor.right)).toBeLessThanOrEqual(1);
    expect(place.card.top).toBeGreaterThanOrEqual(place.anchor.bottom);
    expect(place.card.left).toBeGreaterThanOrEqual(0);
    expect(place.card.right).toBeLessThanOrEqual(place.viewWidth);
    await article.screenshot(join(SCREENSHOTS_DIR, `rtl-card-${name}.png`));
  });

  test('the popup mirrors: titles on the right, each actor name right of its count', async () => {
    const tabId = await session.browser.tabIdOf(article);
    const popup = await session.browser.openExtensionPage(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
    await popup.waitFor('page actors in the popup', countOf, '[data-testid=page-actor]');
    await popup.waitFor('the save button', countOf, '[data-testid=save-page]');
    expect(await popup.evaluate(documentDirection, null)).toEqual({
      lang: 'ar',
      dir: 'rtl',
      computed: 'rtl',
    });
    await expectStartOnRight(popup, '.bs-section-title');
    const rows = await popup.evaluate(actorRowOrder, null);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.name).toBeGreaterThan(row.count);
    expect(await popup.evaluate(horizontalOverflow, null)).toBeLessThanOrEqual(0);
    await popup.screenshot(join(SCREENSHOTS_DIR, `rtl-popup-${name}.png`), { fullPage: true });
    await popup.close();
  });

  test('the options page mirrors: headings on the right, nothing wider than the window', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the shortcuts on the options page', countOf, '[data-testid=shortcut]');
    expect(await options.evaluate(documentDirection, null)).toEqual({
      lang: 'ar',
      dir: 'rtl',
      computed: 'rtl',
    });
    await expectStartOnRight(options, 'h1');
    await expectStartOnRight(options, 'h2.bs-section-title');
    expect(await options.evaluate(horizontalOverflow, null)).toBeLessThanOrEqual(0);
    await options.screenshot(join(SCREENSHOTS_DIR, `rtl-options-${name}.png`), { fullPage: true });
    await options.close();
  });
});
