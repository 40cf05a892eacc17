/**
 * Latin spellings of a folded Russian or Ukrainian word, so a name the knowledge base has only in
 * Latin letters is found in Cyrillic text: "песков" → "peskov", "зеленскии" (Зеленский) →
 * "zelenskiy", "zelensky", "сибіга" → "sybiha". The common romanisations of news agencies (BGN/PCGN
 * for Russian, the 2010 national system for Ukrainian), with the usual endings of -ий and -ей.
 */

const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ы: 'y',
  і: 'i',
  є: 'ye',
  ґ: 'g',
};
const RU: Record<string, string> = { ...COMMON, г: 'g', и: 'i' };
// Foreign names with an h are written with х ("Хакан" is Hakan, "Хаменеи" Khamenei).
const RU_H: Record<string, string> = { ...RU, х: 'h' };
const UK: Record<string, string> = { ...COMMON, г: 'h', и: 'y' };
const VOWELS = new Set('аеиоуыэюяієї');
const UKRAINIAN = /[ієґ]/;
const CYRILLIC = /^[\u0400-\u04ff]+$/;

function romanise(key: string, table: Record<string, string>, finalY: boolean): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i] as string;
    const prev = key[i - 1];
    // й is folded to и: after a vowel it is the consonant y ("сергеи" → "sergey").
    if (ch === 'и' && prev !== undefined && VOWELS.has(prev)) {
      out += finalY && i === key.length - 1 && prev === 'и' ? '' : 'y';
      continue;
    }
    if (finalY && ch === 'и' && key[i + 1] === 'и' && i + 2 === key.length) {
      out += 'y';
      i++;
      continue;
    }
    const latin = table[ch];
    if (latin === undefined) return '';
    out += latin;
  }
  return out;
}

/** Latin spellings of a folded Cyrillic word, most common first; empty for any other word. */
export function cyrillicToLatin(key: string): string[] {
  if (!CYRILLIC.test(key)) return [];
  const tables = UKRAINIAN.test(key) ? [UK] : [RU, RU_H, UK];
  const out: string[] = [];
  for (const table of tables)
    for (const finalY of [false, true]) {
      const latin = romanise(key, table, finalY);
      if (latin && !out.includes(latin)) out.push(latin);
    }
  return out;
}
