import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CardReader } from './support/card-reader';
import { sendAddSource } from './support/extension-calls';
import { countOf, hasHighlight, texts } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { BROWSERS, POPUP_VIEWPORT } from './support/types';

// The interface in the browser's language (issue 14): a browser set to Russian shows Backstory in
// Russian, from the catalogues through the browser's own i18n; every other story runs in English.

const FIDAN = 'person:hakan-fidan';
const FIDAN_HIGHLIGHT = `article [data-backstory-actor="${FIDAN}"]`;

/** In a page: the document's language and direction, and its title. */
function documentLanguage(): { lang: string; dir: string; title: string } {
  return { lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title };
}

/** In an extension page: what the browser says of its own language and of the commands. */
async function browserSays(): Promise<{ ui: string; commands: string[] }> {
  type Api = {
    i18n: { getUILanguage(): string };
    commands: { getAll(): Promise<{ description?: string }[]> };
  };
  const host = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (host.browser ?? host.chrome) as Api;
  const commands = await api.commands.getAll();
  return { ui: api.i18n.getUILanguage(), commands: commands.map((c) => c.description ?? '') };
}

describe.each(BROWSERS)('the Russian interface in %s', (name) => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession(name, { language: 'ru' });
  });

  afterAll(async () => {
    await session?.close();
  });

  test('the popup, the card and the commands speak Russian', async () => {
    const cards = new CardReader(session.browser);
    await cards.open();
    const article = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    await article.waitFor('a Fidan highlight', hasHighlight, FIDAN, 15_000);
    const tabId = await session.browser.tabIdOf(article);

    const popup = await session.browser.openExtensionPage(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
    const said = await popup.evaluate(browserSays, null);
    expect(said.ui.toLowerCase()).toMatch(/^ru/);
    // The manifest's command descriptions come from the Russian catalogue (__MSG_...__).
    expect(said.commands).toContain('Перейти к следующему выделенному участнику и открыть его карточку');

    await popup.waitFor('page actors in the popup', countOf, '[data-testid=page-actor]');
    await popup.waitFor('the notes and the save button', countOf, '[data-testid=save-page]');
    const page = await popup.evaluate(documentLanguage, null);
    expect(page.lang.toLowerCase()).toMatch(/^ru/);
    expect(page.dir).toBe('ltr');
    expect(await popup.evaluate(texts, '.bs-section-title')).toEqual(
      expect.arrayContaining(['Участники', 'Темы', 'Связанные материалы', 'Ваши заметки']),
    );
    // Counts in Russian plural forms: "1 упоминание", "3 упоминания", "5 упоминаний".
    const counts = await popup.evaluate(texts, '[data-testid=page-actor] .bs-count');
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toMatch(/^\d+ упоминани(е|я|й)$/);
    expect(await popup.evaluate(texts, '[data-testid=save-page]')).toEqual([
      'Сохранить страницу в библиотеку',
    ]);

    await article.hover(FIDAN_HIGHLIGHT);
    const card = await cards.waitForTitle(article, 'on hover', 'Fidan');
    expect(card.text).toContain('Прежние материалы');
    expect(card.text).toContain('Ваши заметки');
    expect(card.html).toMatch(/lang="ru/);
  });

  test('the welcome page is in Russian, with lang and dir on the document', async () => {
    const welcome = await session.browser.openExtensionPage('welcome.html');
    await welcome.waitFor('the shortcuts on the welcome page', countOf, '[data-testid=shortcut]');
    expect(await welcome.evaluate(documentLanguage, null)).toEqual({
      lang: expect.stringMatching(/^ru/i),
      dir: 'ltr',
      title: 'Добро пожаловать в Backstory',
    });
    expect(await welcome.evaluate(texts, 'h1')).toEqual(['Добро пожаловать в Backstory']);
  });

  test('the options page is in Russian, its counts in Russian plural forms', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the shortcuts on the options page', countOf, '[data-testid=shortcut]');
    expect(await options.evaluate(documentLanguage, null)).toEqual({
      lang: expect.stringMatching(/^ru/i),
      dir: 'ltr',
      title: 'Backstory: библиотека и настройки',
    });
    expect(await options.evaluate(texts, 'h1')).toEqual(['Библиотека Backstory']);
    expect(await options.evaluate(texts, 'h2.bs-section-title')).toEqual(
      expect.arrayContaining(['Поиск', 'Участники', 'Импорт', 'Экспорт', 'Источники', 'Сочетания клавиш']),
    );
    // The picker lists the library's actors (20,000 and more once seeded: "Показаны 100 из 20 491"; a
    // library still seeding may have fewer: "195 участников"). Its first read waits for the seed.
    await options.waitFor('the actor picker', countOf, '[data-testid=actor-item]', 60_000);
    const [count] = await options.evaluate(texts, '.bs-picker [role=status]');
    expect(count).toMatch(/^(Показаны \d+ из [\d\s\u00a0]+|[\d\s\u00a0]+ участник(а|ов)?)$/);
  });

  test('the options page refuses an address that is not one in Russian', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    const alert = '.bs-sources [role=alert]';
    await options.waitFor('the sources form', countOf, '[data-testid=source-url]');
    // Chromium's URL parser takes this for a host (`xn--%20-8cdubf1d7al`): the page must refuse it too.
    await options.type('[data-testid=source-url]', 'не адрес');
    await options.click('[data-testid=source-add]');
    await options.waitFor('the refusal', countOf, alert);
    expect(await options.evaluate(texts, alert)).toEqual([
      'Не удалось добавить источник. это не веб-адрес, не ссылка t.me и не @канал',
    ]);
    // The page refuses that address before asking the background; the background's own refusal of
    // it crosses the messaging with its message name, which the page would say in Russian the same way.
    expect(await options.evaluate(sendAddSource, 'не адрес')).toEqual({
      ok: false,
      error: 'this is not a web address, a t.me link or an @channel',
      words: { key: 'sourceFailNotAddress', params: [] },
    });
  });
});
