import { describe, expect, test } from 'vitest';
import {
  catalogueMessages,
  formattingLocale,
  pluralCategoriesOf,
  pluralCategory,
  pluralStem,
  substitute,
  substitutionsOf,
} from './format';

describe('plural categories through Intl.PluralRules', () => {
  test.each([
    [1, 'one'],
    [21, 'one'],
    [101, 'one'],
    [2, 'few'],
    [3, 'few'],
    [24, 'few'],
    [0, 'many'],
    [5, 'many'],
    [11, 'many'],
    [12, 'many'],
    [14, 'many'],
    [111, 'many'],
    [1.5, 'other'],
  ])('Russian %d is %s', (count, category) => {
    expect(pluralCategory('ru', count)).toBe(category);
  });

  test.each([
    [0, 'other'],
    [1, 'one'],
    [2, 'other'],
    [21, 'other'],
  ])('English %d is %s', (count, category) => {
    expect(pluralCategory('en', count)).toBe(category);
  });

  test('each language names the categories its catalogue must give', () => {
    expect(pluralCategoriesOf('en').sort()).toEqual(['one', 'other']);
    expect(pluralCategoriesOf('ru').sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(pluralCategoriesOf('ar').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  test.each([
    ['mentions_few', 'mentions'],
    ['a_b_other', 'a_b'],
    ['mentions', null],
    ['mentions_several', null],
  ])('the stem of %s is %s', (name, stem) => {
    expect(pluralStem(name)).toBe(stem);
  });
});

describe('substitutions as the browsers make them', () => {
  test.each([
    ['Could not save. $1', ['Offline.'], 'Could not save. Offline.'],
    ['$2 of $1', ['10', '3'], '3 of 10'],
    ['$1 and $1', ['a'], 'a and a'],
    ['Missing: $2.', ['a'], 'Missing: .'],
    ['Costs $$5', [], 'Costs $5'],
    ['A substitution is not read again: $1', ['$1 $2'], 'A substitution is not read again: $1 $2'],
  ])('%s with %j', (message, substitutions, expected) => {
    expect(substitute(message, substitutions)).toBe(expected);
  });

  test('lists the substitutions a message uses', () => {
    expect(substitutionsOf('$2 of $1, $2 again, $$ dollars')).toEqual([1, 2]);
    expect(substitutionsOf('none')).toEqual([]);
  });

  test('an unknown name is empty, as `getMessage` gives it', () => {
    const words = catalogueMessages({ hello: { message: 'Hello, $1' } });
    expect(words('hello', ['Ann'])).toBe('Hello, Ann');
    expect(words('goodbye')).toBe('');
  });
});

test.each([
  ['en', 'en-GB', 'en-GB'],
  ['en', 'en_US', 'en-US'],
  ['en', 'de', 'en'],
  ['ru', 'ru', 'ru'],
  ['ru', 'ru-RU', 'ru-RU'],
  ['en', 'ru', 'en'],
])('numbers and dates of the %s catalogue in a %s browser: %s', (catalogue, browser, locale) => {
  expect(formattingLocale(catalogue, browser)).toBe(locale);
});
