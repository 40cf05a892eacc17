import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CardReader } from './support/card-reader';
import {
  countOf,
  hasHighlight,
  importEnded,
  pickImportFile,
  readHighlights,
  readReport,
} from './support/in-page';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { ROOT } from './support/paths';
import { BROWSERS, type TestPage } from './support/types';

/**
 * Issue 13: a Russian, a Turkish and an Arabic (right-to-left) article get their actors highlighted,
 * inflected and with clitics, and Fidan's card shows the English sample analysis about him; a Russian
 * Telegram post imported through the options page is offered on an English article about Fidan.
 */
const FIDAN = 'person:hakan-fidan';
const SAMPLE_ANALYSIS = /fidan|moscow|mediat/i;
const RUSSIAN_EXPORT = resolve(ROOT, 'tests/e2e/fixtures/telegram-russian.json');

const PAGES: [page: string, expected: [surface: string, actor: string][]][] = [
  [
    'ru-article.html',
    [
      ['Хакан Фидан', FIDAN],
      ['Турции', 'state:TR'],
      ['Сергеем Лавровым', 'person:sergey-lavrov'],
      ['Кремля', 'state:RU'],
      ['Россией', 'state:RU'],
    ],
  ],
  [
    'tr-article.html',
    [
      ['Hakan Fidan', FIDAN],
      ['Türkiye', 'state:TR'],
      ['Rusya', 'state:RU'],
      ['Kremlin', 'state:RU'],
      ['Ankara', 'state:TR'],
    ],
  ],
  [
    'ar-article.html',
    [
      ['هاكان فيدان', FIDAN],
      ['التركي', 'state:TR'],
      ['سيرغي لافروف', 'person:sergey-lavrov'],
      ['الكرملين', 'state:RU'],
    ],
  ],
];

describe.each(BROWSERS)('articles in other languages in %s', (name) => {
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

  async function fidanCard(article: TestPage, what: string): Promise<string[]> {
    await article.hover(`article [data-backstory-actor="${FIDAN}"]`);
    await cards.waitForTitle(article, what, 'Hakan Fidan');
    const card = await cards.view(article);
    await article.press('Escape');
    await cards.waitForClosed(article, 'on Escape');
    await article.mouseAway();
    return card.analyses;
  }

  test.each(PAGES)(
    '%s: actors highlighted; Fidan’s card shows the English sample',
    async (page, expected) => {
      const article = await session.browser.newPage(session.pageUrl(page));
      await article.waitFor(`a Fidan highlight in ${page}`, hasHighlight, FIDAN, 20_000);
      const found = await article.evaluate(readHighlights, null);
      for (const [surface, actor] of expected) {
        const hit = found.filter((h) => h.inArticle && h.text === surface).map((h) => h.actor);
        expect(hit, `"${surface}" should be highlighted as ${actor}`).toContain(actor);
      }
      const analyses = await fidanCard(article, `on hovering Fidan in ${page}`);
      expect(
        analyses.some((a) => SAMPLE_ANALYSIS.test(a)),
        analyses.join(' | '),
      ).toBe(true);
      await article.close();
    },
  );

  test('an imported Russian post is offered on an English article about Fidan', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the import control', countOf, '[data-testid=import-file]');
    const text = await readFile(RUSSIAN_EXPORT, 'utf8');
    await options.evaluate(pickImportFile, [text, 'result.json'] as [string, string]);
    await options.waitFor('the import of the Russian channel to end', importEnded, null, 60_000);
    expect((await options.evaluate(readReport, null))?.added).toBe('1');
    const article = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    await article.waitFor('a Fidan highlight', hasHighlight, FIDAN, 20_000);
    const analyses = await fidanCard(article, 'on hovering Fidan in the English article');
    expect(
      analyses.some((a) => a.includes('Хакан Фидан')),
      analyses.join(' | '),
    ).toBe(true);
  });

  test('no request left 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
    expect(unexpectedProxyHits(session.browser.proxied)).toEqual([]);
  });
});
