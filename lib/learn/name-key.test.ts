import { describe, expect, test } from 'vitest';
import { consonantKey, latinForm, nameKey } from './name-key';

describe('nameKey', () => {
  test.each([
    ['Тимур Садыков', 'Timur Sadykov'],
    ['Тимура Садыкова', 'Timur Sadykov'],
    ['Тимуром Садыковым', 'Timur Sadykov'],
    ['Тимуру Садыкову', 'Timur Sadykov'],
    ['Ольга Ковальчук', 'Olga Kovalchuk'],
    ['Ольги Ковальчук', 'Olha Kovalchuk'],
    ['Ольгой Ковальчук', 'Olga Kovalchuk'],
    ['Михаил Ходорковский', 'Mikhail Khodorkovsky'],
    ['Алексей Навальный', 'Alexei Navalny'],
    ['Юлия Тимошенко', 'Yulia Tymoshenko'],
    ['Сергей Шойгу', 'Sergei Shoigu'],
    ['Κυριάκος Μητσοτάκης', 'Kyriakos Mitsotakis'],
    // Greek digraphs (lib/learn/greek.ts): ου, αυ/ευ, γγ/γκ, μπ/ντ at the start of a word.
    ['Σταύρος Παπαδόπουλος', 'Stavros Papadopoulos'],
    ['Ευάγγελος Βενιζέλος', 'Evangelos Venizelos'],
    ['Νίκος Χριστοδουλίδης', 'Nikos Christodoulidis'],
    ['Αντώνης Σαμαράς', 'Antonis Samaras'],
    ['Ντόρα Μπακογιάννη', 'Dora Bakogianni'],
    ['Θεόδωρος Αγκινάρας', 'Theodoros Anginaras'],
    ['Ευάγγελος Κουτσομπόλης', 'Evangelos Koutsombolis'],
    ["Timur Sadykov's", 'Timur Sadykov'],
  ])('%s meets %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  test.each([
    ['Timur Sadykov', 'Timur Sadyrov'],
    ['Olga Kovalchuk', 'Olga Kovalenko'],
    ['Тимур Садыков', 'Марат Садыков'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('consonantKey', () => {
  test.each([
    ['محمد بن سلمان', 'Mohammed bin Salman'],
    ['هادي العامري', 'Hadi al-Amiri'],
  ])('%s meets %s', (a, b) => {
    expect(consonantKey(a)).toBe(consonantKey(b));
  });
});

describe('latinForm', () => {
  test.each([
    ['Тимур Садыков', 'Timur Sadykov'],
    ['Κυριάκος Μητσοτάκης', 'Kyriakos Mitsotakis'],
    ['Σταύρος Παπαδόπουλος', 'Stavros Papadopoulos'],
    ['Timur Sadykov', null],
  ])('%s is written %s', (form, latin) => {
    expect(latinForm(form)).toBe(latin);
  });
});
