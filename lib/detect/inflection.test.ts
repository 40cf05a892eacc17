import { describe, expect, test } from 'vitest';
import { elidedHead, turkishSuffix } from './apostrophe';
import { foldWord } from './fold';
import { baseForms } from './inflection';
import { cyrillicToLatin } from './translit-cyrillic';

// Each row: a word as written, the base form (as written in the knowledge base) it must reach.
describe('baseForms', () => {
  test.each([
    // Russian cases of states, people and organisations
    ['ru', 'Турции', 'Турция'],
    ['ru', 'Россией', 'Россия'],
    ['ru', 'Киром', 'Кир'],
    ['ru', 'Стармером', 'Стармер'],
    ['ru', 'Лавровым', 'Лавров'],
    ['ru', 'Захаровой', 'Захарова'],
    ['ru', 'Москву', 'Москва'],
    ['ru', 'Китая', 'Китай'],
    ['ru', 'Кремля', 'Кремль'],
    ['ru', 'Сергеем', 'Сергей'],
    ['ru', 'Зеленскому', 'Зеленский'],
    ['ru', 'Европейского', 'Европейский'],
    ['ru', 'Союза', 'Союз'],
    ['ru', 'Штатов', 'Штаты'],
    ['ru', 'Южной', 'Южная'],
    // Ukrainian
    ['uk', 'Україні', 'Україна'],
    ['uk', 'Росії', 'Росія'],
    ['uk', 'Туреччини', 'Туреччина'],
    ['uk', 'Зеленського', 'Зеленський'],
    ['uk', 'Путіним', 'Путін'],
    ['uk', 'Польщею', 'Польща'],
    ['uk', 'Великої', 'Велика'],
    // Arabic clitics, article and adjectives of origin
    ['ar', 'لأوكرانيا', 'أوكرانيا'],
    ['ar', 'ومصر', 'مصر'],
    ['ar', 'الناتو', 'ناتو'],
    ['ar', 'التركية', 'تركي'],
    ['ar', 'الروسي', 'روسي'],
    ['ar', 'بالقاهرة', 'القاهرة'],
    ['ar', 'للطاقة', 'الطاقة'],
    ['ar', 'الروسيون', 'روسي'],
    // German genitive and adjective endings
    ['de', 'Russlands', 'Russland'],
    ['de', 'türkischen', 'türkisch'],
    ['de', 'türkische', 'türkisch'],
    ['de', 'Europäischen', 'Europäische'],
    ['de', 'Ägyptens', 'Ägypten'],
    // Romance plurals and feminines
    ['fr', 'russes', 'russe'],
    ['fr', 'iranienne', 'iranien'],
    ['fr', 'chinoises', 'chinois'],
    ['es', 'rusos', 'ruso'],
    ['es', 'alemana', 'alemán'],
    ['es', 'iraníes', 'iraní'],
    ['es', 'ucraniana', 'ucraniano'],
    // Turkish endings without an apostrophe
    ['tr', 'Türkler', 'Türk'],
    ['tr', 'İranlı', 'İran'],
  ])('%s: %s → %s', (lang, word, base) => {
    expect(baseForms(foldWord(word), lang)).toContain(foldWord(base));
  });

  test.each([
    ['en', 'Russians'],
    ['en', 'Georgias'],
    ['ru', 'Мир'],
    ['de', 'Iran'],
    ['ar', 'مصر'],
  ])('%s: %s has none (English has no rules, short stems stay whole)', (lang, word) => {
    expect(baseForms(foldWord(word), lang)).toEqual([]);
  });

  test('Latin endings apply only in their language', () => {
    expect(baseForms('russlands', 'en')).toEqual([]);
    expect(baseForms('russlands', undefined)).toEqual([]);
    expect(baseForms('russlands', 'de')).toContain('russland');
  });
});

describe('apostrophes', () => {
  test.each([
    ["l'Ukraine", 1, true],
    ["d'Ankara", 1, true],
    ["qu'Israël", 2, true],
    ["dell'Italia", 4, true],
    ["O'Brien", 1, false],
    ["D'Artagnan", 1, true],
  ])('%s: elided head %#', (word, at, elided) => {
    expect(elidedHead(word, 0, at)).toBe(elided);
  });

  test.each([
    ["Ankara'nın", 6, true],
    ["Türkiye'yi", 7, true],
    ["Suriye'deki", 6, true],
    ["Moskova'ya", 7, true],
    ["İran'a", 4, true],
    ["O'Neill", 1, false],
    ["rock'n'roll", 4, false],
  ])('%s: Turkish ending', (word, at, suffix) => {
    expect(turkishSuffix(word, at + 1, word.length)).toBe(suffix);
  });
});

describe('cyrillicToLatin', () => {
  test.each([
    ['Песков', 'peskov'],
    ['Зеленский', 'zelensky'],
    ['Зеленский', 'zelenskiy'],
    ['Сибіга', 'sybiha'],
    ['Андрій', 'andriy'],
    ['Дмитрий', 'dmitry'],
    ['Сергей', 'sergey'],
    ['Захарова', 'zakharova'],
    ['Лукашенко', 'lukashenko'],
    ['Хакан', 'hakan'],
  ])('%s → %s', (word, latin) => {
    expect(cyrillicToLatin(foldWord(word))).toContain(latin);
  });

  test('other scripts have no romanisation here', () => {
    expect(cyrillicToLatin('putin')).toEqual([]);
    expect(cyrillicToLatin('بوتين')).toEqual([]);
  });
});
