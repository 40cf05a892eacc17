import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CardReader } from './support/card-reader';
import { hasHighlight, readHighlights } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { BROWSERS, type TestPage } from './support/types';

/**
 * Issue 11: the packaged knowledge base knows a minister, an agency, a company and an armed group,
 * each highlighted with its card; a dateline and a summit's venue are not the state.
 */
const EXPECTED: [surface: string, actor: string, title: string][] = [
  ['Johann Wadephul', 'person:johann-wadephul', 'Johann Wadephul'],
  ['FBI', 'org:us-fbi', 'Federal Bureau of Investigation'],
  ['Gazprom', 'org:gazprom', 'Gazprom'],
  ['Hezbollah', 'org:hezbollah', 'Hezbollah'],
];

describe.each(BROWSERS)('the world knowledge base in %s', (name) => {
  let session: Session;
  let cards: CardReader;
  let article: TestPage;

  beforeAll(async () => {
    session = await startSession(name);
    cards = new CardReader(session.browser);
    await cards.open();
    article = await session.browser.newPage(session.pageUrl('world-news.html'));
    await article.waitFor('a Gazprom highlight', hasHighlight, 'org:gazprom', 15_000);
  });

  afterAll(async () => {
    await session?.close();
  });

  test('a minister, an agency, a company and an armed group are highlighted, each with its card', async () => {
    const found = await article.evaluate(readHighlights, null);
    for (const [surface, actor, title] of EXPECTED) {
      const hit = found.find((h) => h.inArticle && h.text === surface);
      expect(hit?.actor, `"${surface}" should be highlighted as ${actor}`).toBe(actor);
      await article.hover(`article [data-backstory-actor="${actor}"]`);
      const card = await cards.waitForTitle(article, `on hovering ${surface}`, title);
      expect(card.text.length).toBeGreaterThan(title.length);
      await article.press('Escape');
      await cards.waitForClosed(article, 'on Escape');
      await article.mouseAway();
    }
    // The surname alone, after the full name, is the same minister.
    expect(found.filter((h) => h.text === 'Wadephul').map((h) => h.actor)).toEqual([
      'person:johann-wadephul',
    ]);
  });

  test('a dateline and a venue are not highlighted as their states', async () => {
    const found = await article.evaluate(readHighlights, null);
    const states = (surface: string) =>
      found.filter((h) => h.text === surface && h.actor.startsWith('state:'));
    expect(states('WASHINGTON')).toEqual([]);
    expect(states('Hanoi')).toEqual([]);
  });

  test('no request left 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
    expect(unexpectedProxyHits(session.browser.proxied)).toEqual([]);
  });
});
