import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CardReader } from './support/card-reader';
import { importReport, pickImportFile, searchFor, sendSiteSettings } from './support/extension-calls';
import { countOf, hasHighlight, someTextIncludes, texts } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { ROOT } from './support/paths';
import { FIDAN, openPopupFor as openPopup, waitForHighlight, waitForUrl } from './support/reader-page';
import {
  actorsIn,
  cardSecrets,
  caretAtEnd,
  clickById,
  editableValue,
  highlightsByParagraph,
  injectionCheck,
  markupUnder,
  nestedHighlights,
  pageCanFind,
  pwned,
  updateHighlighted,
} from './support/safety-in-page';
import { BROWSERS, type TestPage } from './support/types';

const LAVROV = 'person:sergey-lavrov';
const ZELENSKYY = 'person:volodymyr-zelenskyy';
const SITE = '127.0.0.1';
const HOSTILE_FIXTURE = resolve(ROOT, 'tests/e2e/fixtures/hostile-analysis.jsonl');
const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_SCRIPT = '<script>window.__pwned=2</script>';
/** Fidan's description (lib/kb/people-data.ts): on the page only while his card shows it. */
const CARD_ONLY_TEXT = 'Foreign Minister of Türkiye since June 2023';

const fidanIn = (scope: string) => `${scope} [data-backstory-actor="${FIDAN}"]`;

/** Reads the card through the extension (its shadow root is closed to the page); set in `beforeAll`. */
let cards: CardReader;

describe.each(BROWSERS)('safety in %s', (name) => {
  let session: Session;

  const openPopupFor = (page: TestPage) => openPopup(session.browser, page);

  async function popupActors(page: TestPage): Promise<string[]> {
    const popup = await openPopupFor(page);
    try {
      return await popup.evaluate(texts, '[data-testid=page-actor]');
    } finally {
      await popup.close();
    }
  }

  beforeAll(async () => {
    session = await startSession(name);
    cards = new CardReader(session.browser);
    await cards.open();
  });

  afterAll(async () => {
    await session?.close();
  });

  test('content a live blog adds after load is highlighted once, and the popup lists its actors', async () => {
    const page = await session.browser.newPage(session.pageUrl('live-blog.html'));
    await waitForHighlight(page, 'state:TR');
    const before = await page.evaluate(highlightsByParagraph, null);
    expect(before.flat().length).toBeGreaterThan(0);

    // The page posts its first update once it has been read; the second comes on a click.
    await page.waitFor('the first live update to be highlighted', updateHighlighted, '1', 10_000);
    await page.evaluate(clickById, 'load-more');
    await page.waitFor('the clicked update to be highlighted', updateHighlighted, '2', 10_000);
    expect(await page.evaluate(actorsIn, '[data-update="1"]')).toEqual(
      expect.arrayContaining([FIDAN, 'state:RU']),
    );
    expect(await page.evaluate(actorsIn, '[data-update="2"]')).toEqual(
      expect.arrayContaining([LAVROV, ZELENSKYY]),
    );

    // Nothing read before is wrapped again, and nothing is wrapped twice.
    const after = await page.evaluate(highlightsByParagraph, null);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(await page.evaluate(nestedHighlights, null)).toBe(0);

    const actors = await popupActors(page);
    for (const actor of ['Hakan Fidan', 'Sergey Lavrov', 'Volodymyr Zelenskyy']) {
      expect(
        actors.some((a) => a.includes(actor)),
        `${actor} in ${actors.join(' | ')}`,
      ).toBe(true);
    }
    await page.close();
  });

  test("an article the page's script builds at load is read then", async () => {
    const page = await session.browser.newPage(session.pageUrl('script-built.html'));
    await waitForHighlight(page);
    const found = await page.evaluate(actorsIn, 'article');
    expect(found).toEqual(expect.arrayContaining([FIDAN, 'state:TR', 'state:RU']));
    expect(await page.evaluate(nestedHighlights, null)).toBe(0);
    await page.close();
  });

  test('a single-page navigation reads the new article and forgets the old one', async () => {
    const page = await session.browser.newPage(session.pageUrl('spa.html'));
    await waitForHighlight(page);
    await page.click('#next-story');
    await waitForUrl(page, 'spa.html?story=europe');
    await page.waitFor('highlights in the new article', hasHighlight, 'person:emmanuel-macron', 15_000);
    const found = await page.evaluate(actorsIn, 'body');
    expect(found).toEqual(expect.arrayContaining(['person:friedrich-merz', 'person:keir-starmer']));
    expect(found).not.toContain(FIDAN);
    expect(found).not.toContain('state:TR');

    const popup = await openPopupFor(page);
    await popup.waitFor('page actors in the popup', countOf, '[data-testid=page-actor]');
    const actors = await popup.evaluate(texts, '[data-testid=page-actor]');
    expect(actors.join(' | ')).toMatch(/Emmanuel Macron/);
    expect(actors.join(' | ')).not.toMatch(/Hakan Fidan|Türkiye|Turkey/);
    // The note form is for the page the reader is on now.
    await popup.close();
    await page.close();
  });

  test('nothing inside contenteditable or a textarea is highlighted, and typing there is untouched', async () => {
    const page = await session.browser.newPage(session.pageUrl('editable.html'));
    await waitForHighlight(page);
    const editables = '[contenteditable], textarea';
    expect(await page.evaluate(actorsIn, editables)).toEqual([]);

    const typed = ' And Sergey Lavrov, will he meet Hakan Fidan in Ankara?';
    const expected = new Map<string, string>();
    for (const id of ['draft', 'plain-draft', 'letter']) {
      const initial = await page.evaluate(editableValue, id);
      await page.evaluate(caretAtEnd, id);
      await page.type(`#${id}`, typed);
      expected.set(id, initial + typed);
      expect(await page.evaluate(editableValue, id), `#${id} after typing`).toBe(initial + typed);
    }
    // Longer than the watcher's longest batching delay (1.5 s): a late scan would have run by now.
    await new Promise((done) => setTimeout(done, 2500));
    expect(await page.evaluate(actorsIn, editables)).toEqual([]);
    for (const [id, value] of expected) {
      expect(await page.evaluate(editableValue, id), `#${id} a while after typing`).toBe(value);
    }
    await page.close();
  });

  test('an imported analysis full of markup shows as text in the card, the popup and the options page', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the import control', countOf, '[data-testid=import-file]');
    const file = await readFile(HOSTILE_FIXTURE, 'utf8');
    await options.evaluate(pickImportFile, [file, 'hostile.jsonl'] as [string, string]);
    await options.waitFor('the import to end', importReport, null, 60_000);
    const report = await options.evaluate(importReport, null);
    expect(report?.added, report?.text).toBe('1');

    const page = await session.browser.newPage(session.pageUrl('hostile.html'));
    await waitForHighlight(page);
    await page.hover(fidanIn('article'));
    await cards.waitForTitle(page, 'on hover', 'Hakan Fidan');
    const card = await cards.waitFor(page, 'the hostile analysis in the card', (v) =>
      v.analyses.some((a) => a.includes(HOSTILE_IMG)),
    );
    const hostile = card.analyses.find((a) => a.includes('Quillmark'));
    expect(hostile, card.analyses.join(' | ')).toContain(HOSTILE_IMG);
    expect(hostile).toContain(HOSTILE_SCRIPT);
    // Shown as text: no element the markup could have made, in the card or anywhere in the page.
    expect(card.markup).toBe(0);
    expect(await page.evaluate(injectionCheck, null)).toEqual({ pwned: undefined, images: 0 });
    await page.press('Escape');
    await page.mouseAway();

    const popup = await openPopupFor(page);
    await popup.waitFor('the hostile analysis among related analyses', someTextIncludes, [
      '[data-testid=related-analysis]',
      HOSTILE_IMG,
    ]);
    expect(await popup.evaluate(markupUnder, 'main')).toBe(0);
    expect(await popup.evaluate(pwned, null)).toBeUndefined();
    await popup.close();

    const hits = await options.evaluate(searchFor, 'quillmark');
    const hit = hits.find((h) => h.includes('Quillmark'));
    expect(hit, hits.join(' | ')).toContain(HOSTILE_IMG);
    expect(hit).toContain(HOSTILE_SCRIPT);
    expect(await options.evaluate(markupUnder, '[data-testid=search-results]')).toBe(0);
    expect(await options.evaluate(pwned, null)).toBeUndefined();
    await options.close();

    // The page is where an injected handler would have run; check it once more after everything.
    expect(await page.evaluate(pwned, null)).toBeUndefined();
    await page.close();
  });

  test('a page pretending to be the extension saves nothing and finds no card data', async () => {
    const page = await session.browser.newPage(session.pageUrl('pretender.html'));
    await waitForHighlight(page);
    const marker = `forged-note-${name}-${Date.now().toString(36)}`;
    const extensionId = new URL(session.browser.extensionOrigin).host;
    const outcome = await page.evaluate(
      ([id, text]) =>
        (
          window as unknown as { pretendToBeBackstory(id: string, text: string): Promise<unknown> }
        ).pretendToBeBackstory(id, text),
      [extensionId, marker] as [string, string],
    );
    // Backstory lists no page in externally_connectable: a page cannot reach it through chrome.runtime.
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ posted: 10 });
    const { runtime, replies } = outcome as { runtime: string; replies: string[] };
    if (runtime === 'present') for (const reply of replies) expect(reply).toMatch(/^refused|"ok":false/);

    // Still read, still switched on, no note saved: neither in the popup nor anywhere in the library.
    expect(await page.evaluate(hasHighlight, FIDAN)).toBe(true);
    const popup = await openPopupFor(page);
    expect(await popup.evaluate(sendSiteSettings, page.url())).toMatchObject({
      ok: true,
      value: { site: SITE, enabled: true, paused: false },
    });
    expect(await popup.evaluate(someTextIncludes, ['[data-testid=note]', marker] as [string, string])).toBe(
      false,
    );
    await popup.close();
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the search box', countOf, '[data-testid=search-input]');
    expect(await options.evaluate(searchFor, marker)).toEqual([]);
    await options.close();

    // The card's shadow root is closed: even while the card shows the reader's data, the page finds
    // nothing of it. The extension does see it (the card is open and shows the description).
    await page.bringToFront();
    await page.hover(fidanIn('article'));
    await cards.waitForTitle(page, 'on hover', 'Hakan Fidan');
    const shown = await cards.view(page);
    expect(shown.text).toContain(CARD_ONLY_TEXT);
    expect(await page.evaluate(cardSecrets, null)).toEqual({ hosts: 1, readable: 0, text: '', elements: [] });
    expect(await page.evaluate(pageCanFind, CARD_ONLY_TEXT)).toBe(false);
    await page.press('Escape');
    await page.mouseAway();
    await cards.waitForClosed(page, 'on Escape');
    expect(await page.evaluate(pageCanFind, CARD_ONLY_TEXT)).toBe(false);
    await page.close();
  });

  test('no request left 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
    expect(unexpectedProxyHits(session.browser.proxied)).toEqual([]);
  });
});
