/**
 * `npm run eval:translit`: which transliteration library lets the same name in two scripts meet
 * under one `nameKey` (lib/learn/name-key.ts). Each pair is a name as a Russian, Ukrainian, Greek or
 * Arabic text writes it and as the English press writes it; a pair meets when both get the same key
 * (Arabic, written without short vowels, by `consonantKey` over the library's output). Prints the
 * pairs met per library and each library's time per name.
 */
import anyAscii from 'any-ascii';
import cyrillicToTranslit from 'cyrillic-to-translit-js';
import { transliterate } from 'transliteration';
import { consonantKey, keyWith } from '../lib/learn/name-key';

const PAIRS: [string, string, string][] = [
  ['ru', 'Тимур Садыков', 'Timur Sadykov'],
  ['ru', 'Тимуром Садыковым', 'Timur Sadykov'],
  ['uk', 'Ольга Ковальчук', 'Olha Kovalchuk'],
  ['ru', 'Ольгой Ковальчук', 'Olga Kovalchuk'],
  ['uk', 'Юлія Тимошенко', 'Yulia Tymoshenko'],
  ['ru', 'Сергей Шойгу', 'Sergei Shoigu'],
  ['ru', 'Алексей Навальный', 'Alexei Navalny'],
  ['ru', 'Михаил Ходорковский', 'Mikhail Khodorkovsky'],
  ['uk', 'Євген Пригожин', 'Yevgeny Prigozhin'],
  ['uk', 'Олександр Усик', 'Oleksandr Usyk'],
  ['uk', 'Віталій Кличко', 'Vitali Klitschko'],
  ['ru', 'Рамзан Кадыров', 'Ramzan Kadyrov'],
  ['el', 'Κυριάκος Μητσοτάκης', 'Kyriakos Mitsotakis'],
  ['el', 'Αλέξης Τσίπρας', 'Alexis Tsipras'],
  ['el', 'Γιάνης Βαρουφάκης', 'Yanis Varoufakis'],
  ['ar', 'محمد بن سلمان', 'Mohammed bin Salman'],
  ['ar', 'هادي العامري', 'Hadi al-Amiri'],
  ['ar', 'حسن نصر الله', 'Hassan Nasrallah'],
];

const ru = cyrillicToTranslit({ preset: 'ru' });
const uk = cyrillicToTranslit({ preset: 'uk' });
const LIBRARIES: Record<string, (text: string) => string> = {
  'any-ascii 0.3.3': anyAscii,
  'transliteration 2.6.1': (text) => transliterate(text),
  'cyrillic-to-translit-js 3.2.1 (ru)': (text) => ru.transform(text),
  'cyrillic-to-translit-js 3.2.1 (uk)': (text) => uk.transform(text),
};

for (const [name, toLatin] of Object.entries(LIBRARIES)) {
  const met: Record<string, [number, number]> = {};
  const missed: string[] = [];
  for (const [lang, native, english] of PAIRS) {
    const key = (form: string) => (lang === 'ar' ? consonantKey(form, toLatin) : keyWith(toLatin, form));
    const a = key(native);
    const b = key(english);
    const counts = met[lang] ?? [0, 0];
    met[lang] = counts;
    counts[1] += 1;
    if (a === b) counts[0] += 1;
    else missed.push(`${native} (${a}) / ${english} (${b})`);
  }
  const start = performance.now();
  for (let i = 0; i < 200; i++) for (const [, native] of PAIRS) toLatin(native);
  const us = ((performance.now() - start) * 1000) / (200 * PAIRS.length);
  const total = Object.values(met).reduce((s, [m]) => s + m, 0);
  const byLang = Object.entries(met)
    .map(([lang, [m, n]]) => `${lang} ${m}/${n}`)
    .join(', ');
  console.log(`${name}: ${total}/${PAIRS.length} pairs meet (${byLang}); ${us.toFixed(1)} µs a name`);
  for (const line of missed) console.log(`  missed: ${line}`);
}
