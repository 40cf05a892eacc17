/**
 * Russian and Ukrainian declension of names, as the base forms an inflected word may come from:
 * "турции" → "турция", "стармером" → "стармер", "зеленскому" → "зеленскии", "україні" → "україна".
 * Keys are folded (`fold.ts`: й → и, ё → е, ї → і), so the endings below are too.
 *
 * A rule of our own rather than a Snowball stemmer: Snowball strips the nominative's own ending from
 * surnames ("лавров" → "лавр", but "лаврова" → "лавров"), so a name and its cases stem apart, and
 * there is no Snowball Ukrainian. Here the text's ending is replaced by each nominative ending of the
 * declension classes that have it, and a candidate counts only if the knowledge base has that word.
 */

/** Declension classes: the nominative ending and the endings of the other cases (ru and uk). */
const CLASSES: [nominative: string, cases: string][] = [
  // Hard consonant: Иран, Стармер, Лавров, Путін (ru -ом/-ым, uk -ові/-ом/-им/-і).
  ['', 'а у ом е ым ым ові ом им і ів ам ами ах'],
  // Soft sign: Израиль, Ізраїль.
  ['ь', 'я ю ем е і еві ям ями ях'],
  // -й, folded to -и: Китай, Сергей, Дмитрий (Китая, Сергеем, Дмитрия, uk Китаю, Китаєм).
  ['и', 'я ю ем е єм ї і'],
  // -а: Москва, Анкара, Америка, Захарова, Україна, Польща.
  ['а', 'ы и е у ои ою і еи ею'],
  // -я: Россия, Турция, Корея, Росія, Британія.
  ['я', 'и ю еи ею е і єю'],
  // -о: Королевство, Косово.
  ['о', 'а у ом е і'],
  // Adjectives: -ий/-ый/-ой (Зеленский, Российский), uk -ий/-ій.
  ['ии', 'ого ому им ом'],
  ['ыи', 'ого ому ым ом'],
  ['ои', 'ого ому ым ом'],
  ['іи', 'ього ьому ім'],
  // Feminine and neuter adjectives: Южная, Соединённое, uk Велика, Європейська.
  ['ая', 'ои ую ою'],
  ['ое', 'ого ому ым ом'],
  ['а', 'оі іи у ою'],
  // Plural adjectives and nouns: Соединённые Штаты, Сполучені Штати, Нидерланды.
  ['ые', 'ых ым ыми'],
  ['ие', 'их им ими'],
  ['і', 'их им ими'],
  ['ы', 'ов ам ами ах'],
  ['и', 'ів ам ами ах'],
];

/** Text ending → nominative endings, longest text ending first. */
const RULES: [string, string[]][] = (() => {
  const map = new Map<string, Set<string>>();
  for (const [nominative, cases] of CLASSES)
    for (const ending of cases.split(' ')) {
      const set = map.get(ending) ?? new Set<string>();
      set.add(nominative);
      map.set(ending, set);
    }
  return [...map]
    .map(([e, n]) => [e, [...n]] as [string, string[]])
    .sort((a, b) => b[0].length - a[0].length);
})();

/** Shortest stem left after an ending is taken off: "Мира" is not "Мир"'s case, too short to say. */
const MIN_STEM = 3;

/** The nominatives a folded Cyrillic word may be a case of (the word itself not included). */
export function slavicBases(key: string): string[] {
  const out: string[] = [];
  for (const [ending, nominatives] of RULES) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, key.length - ending.length);
    if (stem.length < MIN_STEM) continue;
    for (const n of nominatives) {
      const base = stem + n;
      if (base !== key && !out.includes(base)) out.push(base);
    }
  }
  return out;
}
