import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CardView } from '../../lib/messaging/contract';
import { CardReader } from './support/card-reader';
import {
  actorMarks,
  allUpdatesHighlighted,
  cardHostBox,
  forgeHighlight,
  type HostBox,
  hideCardByRule,
  liveUpdates,
  poke,
  userIdInPage,
} from './support/hostile-in-page';
import { countOf, hasHighlight } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { nestedHighlights } from './support/safety-in-page';
import { BROWSERS, type TestPage } from './support/types';

const FIDAN = 'person:hakan-fidan';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The mark of the highlight whose text is `text`, or null (runs in the page). */
function markOf(text: string): string | null {
  const found = [...document.querySelectorAll<HTMLElement>('[data-backstory-actor]')].find(
    (el) => (el.textContent ?? '').trim() === text,
  );
  return found?.dataset.backstoryActor ?? null;
}

function pageText(): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').slice(0, 1500);
}

/** Issue 14: private against the page it runs on, and nothing lost on live pages. */
describe.each(BROWSERS)('a hostile or busy page in %s', (name) => {
  let session: Session;
  let cards: CardReader;

  beforeAll(async () => {
    session = await startSession(name);
    cards = new CardReader(session.browser);
    await cards.open();
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Hovers `actor`'s first highlight until its card shows something the library holds, or nothing. */
  async function hoverCard(page: TestPage, actor: string): Promise<CardView> {
    await page.mouseAway();
    await cards.waitForClosed(page, 'before hovering');
    await page.hover(`article [data-backstory-actor="${actor}"]`);
    return cards.waitFor(
      page,
      `the card of ${actor}`,
      (v) => v.open && v.title !== '' && v.title !== 'Backstory',
    );
  }

  test('a live blog posting every 150 ms for 6 s gets every update highlighted', async () => {
    const page = await session.browser.newPage(session.pageUrl('live-ticker.html'));
    await page.waitFor('the first reading', hasHighlight, FIDAN, 15_000);
    try {
      await page.waitFor('all 40 updates highlighted', allUpdatesHighlighted, 40, 30_000);
    } catch (error) {
      throw new Error(
        `${String(error)}; the page: ${JSON.stringify(await page.evaluate(liveUpdates, null))}`,
      );
    }
    expect(await page.evaluate(nestedHighlights, null)).toBe(0);
    await page.close();
  });

  test("a page's own highlight opens no card, whatever it does; the reader's hover on a real one does", async () => {
    const page = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    await page.waitFor('a Fidan highlight', hasHighlight, FIDAN, 15_000);
    await page.evaluate(forgeHighlight, FIDAN);
    await sleep(800); // past the hover delay (180 ms)
    expect((await cards.view(page)).open, 'focus and synthetic events on a look-alike').toBe(false);
    // Even the reader's real pointer on the page's look-alike opens nothing.
    await page.hover('#forged');
    await sleep(800);
    expect((await cards.view(page)).open, 'a real hover on a look-alike').toBe(false);
    // Synthetic events on a real highlight open nothing either.
    await page.mouseAway();
    await page.evaluate(poke, FIDAN);
    await sleep(800);
    expect((await cards.view(page)).open, 'synthetic events on a real highlight').toBe(false);
    // The reader's own hover on the real one does: the checks above could have failed.
    expect((await hoverCard(page, FIDAN)).title).toContain('Hakan Fidan');
    await page.close();
  });

  test('the card host measures the same whether the library holds something or nothing; no page rule hides it', async () => {
    const page = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    await page.waitFor('a Fidan highlight', hasHighlight, FIDAN, 15_000);
    // The first seed writes the sample analyses in the background: hover until Fidan's shows.
    let full = await hoverCard(page, FIDAN);
    for (let tries = 0; full.analyses.length === 0 && tries < 20; tries++) {
      await sleep(500);
      full = await hoverCard(page, FIDAN);
    }
    expect(full.analyses.length, 'Fidan has a sample analysis').toBeGreaterThan(0);
    const withData = (await page.evaluate(cardHostBox, null)) as HostBox;

    let withoutData: HostBox | null = null;
    for (const actor of new Set(await page.evaluate(actorMarks, null))) {
      if (actor === FIDAN) continue;
      const view = await hoverCard(page, actor);
      if (view.analyses.length === 0 && view.notes.length === 0) {
        withoutData = await page.evaluate(cardHostBox, null);
        break;
      }
    }
    expect(withoutData, 'an actor the library holds nothing on').not.toBeNull();
    expect(withData.width).toBeGreaterThan(0);
    expect(withoutData).toEqual(withData);

    await page.evaluate(hideCardByRule, null);
    await hoverCard(page, FIDAN);
    expect(await page.evaluate(cardHostBox, null)).toEqual(withData);
    await page.close();
  });

  test("the reader's own actor shows in the page under an opaque id, new on every load", async () => {
    const options = await session.browser.openExtensionPage('options.html#actors');
    await options.waitFor('the actors panel', countOf, '[data-testid=actor-add]', 15_000);
    await options.click('[data-testid=actor-add]');
    await options.type('[data-testid=actor-name]', 'Defne Aras');
    await options.click('[data-testid=actor-save]');
    try {
      await options.waitFor('the saved actor', countOf, '[data-testid=actor-detail]', 30_000);
    } catch (error) {
      throw new Error(`${String(error)}; the page said: ${await options.evaluate(pageText, null)}`);
    }
    await options.close();

    const ticker = await session.browser.newPage(session.pageUrl('live-ticker.html'));
    await ticker.waitFor('Defne Aras highlighted', markOf, 'Defne Aras', 15_000);
    const first = await ticker.evaluate(markOf, 'Defne Aras');
    expect(first).toMatch(/^page:[0-9a-f]{16}$/);
    expect(await ticker.evaluate(userIdInPage, null)).toBe(false);
    expect(await ticker.evaluate(actorMarks, null)).toContain(FIDAN); // shipped actors keep their ids
    // The content script maps it back: the card is the reader's actor.
    expect((await hoverCard(ticker, first as string)).title).toContain('Defne Aras');
    await ticker.reload();
    await ticker.waitFor('Defne Aras highlighted again', markOf, 'Defne Aras', 15_000);
    const second = await ticker.evaluate(markOf, 'Defne Aras');
    expect(second).toMatch(/^page:[0-9a-f]{16}$/);
    expect(second).not.toBe(first);
    expect(await ticker.evaluate(userIdInPage, null)).toBe(false);
    await ticker.close();
  });
});
