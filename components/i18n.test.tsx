// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { catalogueMessages } from '../lib/i18n/format';
import en from '../public/_locales/en/messages.json';
import ru from '../public/_locales/ru/messages.json';
import { ActorCard } from './ActorCard';
import { formatDate } from './format';
import { applyUiLanguage, formatNumber, t, tn, uiDirection, uiLocale, useMessages } from './i18n';
import { ActorList } from './popup/ActorList';
import { analysis, note, pageActor } from './test-fixtures';
import { freshRoot } from './test-root';

// Registered first, so that it runs after the container is unmounted (after-hooks run last first).
afterEach(() => useMessages(catalogueMessages(en), 'en'));
const root = freshRoot();

describe('in a Russian browser', () => {
  beforeEach(() => useMessages(catalogueMessages(ru), 'ru-RU'));

  test.each([
    [1, '1 упоминание'],
    [3, '3 упоминания'],
    [5, '5 упоминаний'],
    [11, '11 упоминаний'],
    [21, '21 упоминание'],
    [22, '22 упоминания'],
    [1000, '1\u00a0000 упоминаний'],
  ])('%d mentions: %s', (count, text) => {
    expect(tn('mentions', count)).toBe(text);
  });

  test('the popup counts mentions in Russian plural forms', async () => {
    const actors = [1, 4, 12].map((count) => pageActor({ id: `a${count}`, count }));
    await act(() => render(<ActorList actors={actors} />, root));
    expect([...root.querySelectorAll('.bs-count')].map((node) => node.textContent)).toEqual([
      '1 упоминание',
      '4 упоминания',
      '12 упоминаний',
    ]);
  });

  test('the card speaks Russian, with lang and dir from the catalogue', async () => {
    const { count: _count, ...actor } = pageActor();
    await act(() =>
      render(
        <ActorCard
          state={{ status: 'ready', data: { actor, analyses: [analysis()], notes: [note()] } }}
          onOpenAnalysis={() => {}}
          onClose={() => {}}
        />,
        root,
      ),
    );
    const card = root.querySelector('.bs-card') as HTMLElement;
    expect(card.lang).toBe('ru-RU');
    expect(card.dir).toBe('ltr');
    expect(card.textContent).toContain('Прежние материалы');
    expect(card.textContent).toContain('Ваши заметки');
    expect(root.querySelector('.bs-card-close')?.getAttribute('aria-label')).toBe('Закрыть');
  });

  test('numbers and dates follow the interface language', () => {
    expect(uiLocale()).toBe('ru-RU');
    expect(formatNumber(12345)).toBe('12\u00a0345');
    expect(formatDate('2024-05-01')).toBe(
      new Intl.DateTimeFormat('ru-RU', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date('2024-05-01'),
      ),
    );
    expect(formatDate('2024-05-01')).toContain('мая');
  });
});

test('a browser in a language without a catalogue gets English words, numbers and plurals', () => {
  // The browser gives the English catalogue to a Polish reader: Polish plural rules would pick
  // forms English does not have.
  useMessages(catalogueMessages(en), 'pl');
  expect(uiLocale()).toBe('en');
  expect(tn('mentions', 2)).toBe('2 mentions');
  expect(tn('mentions', 1)).toBe('1 mention');
});

test('a right-to-left catalogue sets dir on the document', () => {
  const rtl = catalogueMessages({ ...en, locale: { message: 'ar' }, direction: { message: 'rtl' } });
  useMessages(rtl, 'ar');
  const html = document.createElement('html');
  applyUiLanguage(html);
  expect(html.getAttribute('dir')).toBe('rtl');
  expect(html.getAttribute('lang')).toBe('ar');
  expect(uiDirection()).toBe('rtl');
});

test('a plural form a catalogue lacks falls back to its other form, and substitutions fill in', () => {
  useMessages(catalogueMessages({ ...ru, mentions_few: { message: '' } }), 'ru');
  expect(tn('mentions', 3)).toBe('3 упоминания');
  expect(t('errorSaveNote', 'Нет связи.')).toBe('Не удалось сохранить заметку. Нет связи.');
});
