import { expect, test } from 'vitest';
import { savedPageId, savedPageToDraft } from './saved-page';

test('the same article under two tracking URLs has one id', () => {
  expect(savedPageId('https://a.test/x?utm_medium=tg')).toBe(savedPageId('https://a.test/x#comments'));
});

test('a saved page becomes a draft with a proper date, or a clear refusal', () => {
  const page = { url: 'https://a.test/x', title: ' T ', source: '', text: 'Long enough article text here.' };
  const draft = savedPageToDraft({ ...page, publishedAt: '2026-01-02T03:04:05+01:00' });
  expect(draft).toMatchObject({
    id: 'page:https://a.test/x',
    title: 'T',
    source: 'a.test',
    origin: 'saved-page',
  });
  expect(draft.publishedAt).toBe('2026-01-02T02:04:05.000Z');
  const now = new Date('2026-05-05T00:00:00Z');
  expect(savedPageToDraft({ ...page, publishedAt: 'soon' }, now).publishedAt).toBe(now.toISOString());
  expect(() => savedPageToDraft({ ...page, text: 'short' })).toThrow('no article text');
  expect(() => savedPageToDraft({ ...page, url: 'file:///x' })).toThrow('Only web pages');
});
