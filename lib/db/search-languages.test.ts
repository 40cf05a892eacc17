import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BackstoryDB } from './database';
import { importFile } from './import';
import { searchLibrary } from './search';
import { createDetector, testDb } from './test-db';

// Issue 13: search by a word in any of the reader's languages, with or without diacritics; issue 14:
// the same folding as the detector.
const ANALYSES: [id: string, title: string, text: string][] = [
  ['tr', 'Kılıçdaroğlu ve muhalefet', 'Kemal Kılıçdaroğlu seçim kampanyasını başlattı.'],
  ['pl', 'Wybory w Łodzi', 'Mieszkańcy Łódź głosowali w niedzielę.'],
  ['de', 'Die Straße nach Kiew', 'Die Straße ist gesperrt, sagte der Bürgermeister.'],
  ['ru', 'Ёлки и выборы', 'Партия «Новые люди» провела съезд; её лидер выступил.'],
  ['ar', 'العقوبات على روسيا', 'فَرَضَتِ الولاياتُ المتحدةُ عقوباتٍ جديدةً، وقال المتحدث إن العقوبات ستستمر.'],
  ['fa', 'تحریم‌های تازه', 'آمریکا تحریم‌های تازه‌ای علیه ایران وضع کرد و وزیر خارجه واکنش نشان داد.'],
  ['zh', '美国宣布新一轮制裁', '美国宣布对俄罗斯实施新一轮制裁，制裁对象包括多家银行。'],
];

let db: BackstoryDB;
beforeAll(async () => {
  db = await testDb('search-languages');
  const lines = ANALYSES.map(([id, title, text]) =>
    JSON.stringify({ id, title, text, publishedAt: '2026-11-01T00:00:00Z' }),
  );
  await importFile(db, createDetector, new Blob([lines.join('\n')]));
});
afterAll(() => db.delete());

test.each([
  ['Turkish dotless i and cedillas, typed plainly', 'kilicdaroglu', 'tr'],
  ['Turkish as written', 'Kılıçdaroğlu', 'tr'],
  ['Polish ł and accents', 'lodz', 'pl'],
  ['German ß as ss', 'strasse', 'de'],
  ['German ß as written', 'Straße', 'de'],
  ['Cyrillic ё as е', 'елки', 'ru'],
  ['Cyrillic ё as written', 'Ёлки', 'ru'],
  ['Arabic without harakat, with the article', 'العقوبات', 'ar'],
  ['Arabic without the article', 'عقوبات', 'ar'],
  ['Arabic with harakat', 'عُقُوبَات', 'ar'],
  ['Persian with Arabic yeh and kaf', 'تحريم', 'fa'],
  ['Persian with Persian letters', 'وزیر خارجه', 'fa'],
  ['Chinese by two characters inside a run', '制裁', 'zh'],
  ['Chinese by four characters', '新一轮制裁', 'zh'],
])('%s: %s', async (_, query, id) => {
  const found = (await searchLibrary(db, query)).map((h) => h.id);
  expect(found).toEqual([id]);
});

test('a Chinese word the text does not have finds nothing', async () => {
  expect(await searchLibrary(db, '选举')).toEqual([]);
});
