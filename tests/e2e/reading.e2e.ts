import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CardReader } from './support/card-reader';
import { isChecked, sendFocusHighlight, sendSetSiteEnabled } from './support/extension-calls';
import { activeActor, countOf, resetFocus, texts } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { FIDAN, openPopupFor as openPopup, waitForHighlight, waitForUrl } from './support/reader-page';
import {
  actorsIn,
  domNowAndAtLoad,
  focusIsRemembered,
  paintPage,
  rememberFocus,
  rememberNextHighlight,
  selectParagraph,
  tightLines,
} from './support/safety-in-page';
import { BROWSERS, type TestPage } from './support/types';

/**
 * Reading an article as a reader does: the keyboard and the next-actor command, the site switch that
 * leaves the page as served, links and copying through highlights, tight lines, and the card's
 * colours on dark and light pages (split from safety.e2e.ts).
 */
const LAVROV = 'person:sergey-lavrov';
const SITE = '127.0.0.1';
/** The one paragraph of reader-article.html written on one line, so its text is exactly this. */
const COPY_TEXT =
  'Turkey asked for a date for the next round in Istanbul, while the Kremlin asked for patience and for more Turkish purchases of Russian gas; Hakan Fidan said he would carry both messages back to Ankara.';
/** Names the cards of the actors these pages name are titled with. */
const NAMES: Record<string, string> = {
  [FIDAN]: 'Hakan Fidan',
  [LAVROV]: 'Sergey Lavrov',
};

const fidanIn = (scope: string) => `${scope} [data-backstory-actor="${FIDAN}"]`;

describe.each(BROWSERS)('reading in %s', (name) => {
  let session: Session;
  /** Reads the card through the extension (its shadow root is closed to the page). */
  let cards: CardReader;
  const openPopupFor = (page: TestPage) => openPopup(session.browser, page);

  beforeAll(async () => {
    session = await startSession(name);
    cards = new CardReader(session.browser);
    await cards.open();
  });

  afterAll(async () => {
    await session?.close();
  });

  test('the keyboard reaches a highlight and its card; the command moves focus to the next one', async () => {
    const page = await session.browser.newPage(session.pageUrl('reader-article.html'));
    await waitForHighlight(page);
    await page.evaluate(resetFocus, null);
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.press('Tab');
      reached = (await page.evaluate(activeActor, null)) === FIDAN;
    }
    expect(reached, 'Tab never reached the Fidan highlight').toBe(true);
    await cards.waitForTitle(page, 'on keyboard focus', 'Hakan Fidan');
    expect(await page.evaluate(rememberFocus, null)).toBe(FIDAN);
    await page.press('Escape');
    await cards.waitForClosed(page, 'on Escape');
    expect(await page.evaluate(focusIsRemembered, null), 'focus left the highlight on Escape').toBe(true);

    // The next-actor command: the background sends `focusHighlight` to the active tab.
    const next = await page.evaluate(rememberNextHighlight, null);
    expect(next).toBe(LAVROV);
    const tabId = await session.browser.tabIdOf(page);
    const sender = await session.browser.openExtensionPage('popup.html');
    await page.bringToFront();
    const reply = await sender.evaluate(sendFocusHighlight, [tabId, 1] as [number, 1 | -1]);
    expect(reply).toEqual({ ok: true, value: null });
    await page.waitFor('focus on the next highlight', focusIsRemembered, null);
    await cards.waitForTitle(page, 'after the next-actor command', NAMES[LAVROV] ?? '');
    await sender.close();
    await page.close();
  });

  /** Switches the site back on from an extension page, whatever a failed step left behind. */
  async function switchSiteOn(): Promise<void> {
    const helper = await session.browser.openExtensionPage('popup.html');
    await helper.evaluate(sendSetSiteEnabled, [SITE, true] as [string, boolean]);
    await helper.close();
  }

  /** The page has no highlight left and its DOM is the one it had at DOMContentLoaded. */
  async function expectPageAsServed(page: TestPage, when: string): Promise<void> {
    await page.waitFor(`the highlights to go ${when}`, noHighlights, null, 3000);
    // Settled state: a rescan on a switched-off site adds the highlight style until the background
    // answers "off" (entrypoints/content/session.ts, scan), so give it a moment before comparing.
    await page.waitFor(`the DOM to be as served ${when}`, domIsAsServed, null, 3000).catch(() => {});
    const now = await page.evaluate(domNowAndAtLoad, null);
    expect(now.body, `body ${when}`).toBe(now.atLoad?.body);
    expect(now.signature, `text nodes ${when}`).toBe(now.atLoad?.signature);
    expect(now.head, `head ${when}`).toBe(now.atLoad?.head);
    expect(await page.evaluate(countOf, 'backstory-card')).toBe(0);
  }

  async function openReadArticle(): Promise<TestPage> {
    const page = await session.browser.newPage(session.pageUrl('reader-article.html'));
    await waitForHighlight(page);
    const start = await page.evaluate(domNowAndAtLoad, null);
    expect(start.atLoad, 'the page did not record its DOM at load').not.toBeNull();
    expect(start.atLoad?.body).not.toContain('backstory');
    expect(start.body).toContain('backstory-highlight');
    return page;
  }

  test('the popup site switch takes every highlight away, leaving the page exactly as served, and brings them back', async () => {
    const page = await openReadArticle();
    const popup = await openPopupFor(page);
    try {
      await popup.waitFor('the site switch', countOf, '[data-testid=site-toggle]');
      expect(await popup.evaluate(isChecked, '[data-testid=site-toggle]')).toBe(true);
      await popup.click('[data-testid=site-toggle]');
      await expectPageAsServed(page, 'after the switch was turned off');
      // The popup reads the page again after a switch: wait for that, then the switch must still be there.
      await popup.waitFor(
        'the popup to read the page again',
        countOf,
        '[data-testid=not-read], [data-testid=switched-off]',
      );
      expect(
        await popup.evaluate(texts, '[data-testid=switched-off]'),
        `the popup should say it is switched off here; it shows: ${(await popup.evaluate(texts, 'main')).join(' ')}`,
      ).toHaveLength(1);
      await popup.waitFor(
        'the site switch, off, still in the popup',
        isUnchecked,
        '[data-testid=site-toggle]',
        3000,
      );
      await popup.click('[data-testid=site-toggle]');
      await waitForHighlight(page);
      expect(await page.evaluate(actorsIn, 'article')).toEqual(expect.arrayContaining([FIDAN, LAVROV]));
    } finally {
      await popup.close();
      await switchSiteOn();
    }
    await page.close();
  });

  test('setSiteEnabled from an extension page does the same', async () => {
    const page = await openReadArticle();
    const sender = await session.browser.openExtensionPage('popup.html');
    try {
      expect(await sender.evaluate(sendSetSiteEnabled, [SITE, false] as [string, boolean])).toMatchObject({
        ok: true,
        value: { site: SITE, enabled: false },
      });
      await expectPageAsServed(page, 'after setSiteEnabled(false)');
      expect(await sender.evaluate(sendSetSiteEnabled, [SITE, true] as [string, boolean])).toMatchObject({
        ok: true,
        value: { enabled: true },
      });
      await waitForHighlight(page);
      expect(await page.evaluate(actorsIn, 'article')).toEqual(expect.arrayContaining([FIDAN, LAVROV]));
    } finally {
      await sender.close();
      await switchSiteOn();
    }
    await page.close();
  });

  test('a highlighted name inside a link still navigates; copying a paragraph gives its original text', async () => {
    const page = await session.browser.newPage(session.pageUrl('reader-article.html'));
    await waitForHighlight(page);
    const copy = await page.evaluate(selectParagraph, 'copy-me');
    expect(copy.highlights).toBeGreaterThan(1);
    expect(copy.text).toBe(COPY_TEXT);
    expect(copy.selected).toBe(COPY_TEXT);

    expect(await page.evaluate(actorsIn, '#fidan-link')).toEqual([FIDAN]);
    await page.click('#fidan-link backstory-highlight');
    await waitForUrl(page, 'link-target.html');
    await page.waitFor('the linked page', countOf, '#landed');
    await page.close();
  });

  test('a line full to the pixel keeps its line breaks: highlights that would re-wrap it are taken out', async () => {
    const page = await session.browser.newPage(session.pageUrl('tight-lines.html'));
    await waitForHighlight(page);
    // The first and last paragraphs have room: they are read and highlighted as usual.
    expect(await page.evaluate(actorsIn, 'article p:not(.tight)')).toEqual(
      expect.arrayContaining([FIDAN, 'state:TR', 'state:RU', 'state:UA']),
    );
    const lines = await page.evaluate(tightLines, null);
    expect(lines.atLoad, 'the page did not record its lines at load').not.toBeNull();
    expect(lines.now).toEqual(lines.atLoad);
    await page.close();
  });

  test('the card is dark on a dark page and light on a light one', async () => {
    const page = await session.browser.newPage(session.pageUrl('reader-article.html'));
    await waitForHighlight(page);
    await page.evaluate(paintPage, ['rgb(18, 18, 18)', 'rgb(230, 230, 230)', 'normal'] as [
      string,
      string,
      string,
    ]);
    await page.hover(fidanIn('#opening'));
    await cards.waitForTitle(page, 'on hover over a dark page', 'Hakan Fidan');
    expect((await cards.view(page)).background).toBe('rgb(31, 33, 37)');
    await page.press('Escape');
    await cards.waitForClosed(page, 'on Escape');
    await page.evaluate(paintPage, ['rgb(255, 255, 255)', 'rgb(20, 20, 20)', 'light dark'] as [
      string,
      string,
      string,
    ]);
    await page.hover(`#opening [data-backstory-actor="${LAVROV}"]`);
    await cards.waitForTitle(page, 'on hover over a light page', 'Sergey Lavrov');
    expect((await cards.view(page)).background).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  test('no request left 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
    expect(unexpectedProxyHits(session.browser.proxied)).toEqual([]);
  });
});

function noHighlights(): boolean {
  return document.querySelectorAll('backstory-highlight, [data-backstory-actor]').length === 0;
}

function isUnchecked(selector: string): boolean {
  return document.querySelector<HTMLInputElement>(selector)?.checked === false;
}

function domIsAsServed(): boolean {
  const w = window as unknown as {
    __atLoad?: { body: string; head: string; signature: string };
    __domSignature(root: Node): string;
  };
  return (
    w.__atLoad !== undefined &&
    document.body.innerHTML === w.__atLoad.body &&
    document.head.innerHTML === w.__atLoad.head &&
    w.__domSignature(document.body) === w.__atLoad.signature
  );
}
