/**
 * Endings of names and of adjectives of origin in the Latin-script languages, applied only to a text
 * of that language (the detector identifies it first): German genitive and adjective endings
 * ("Russlands" → "russland", "türkischen" → "turkisch", "Europäischen" → "europaische"), Romance
 * plural and feminine forms ("russes" → "russe", "iranienne" → "iranien", "rusas" → "ruso"), and
 * Turkish endings written without an apostrophe ("Türkler" → "turk", "İranlı" → "iran").
 * A Snowball stemmer does not fit here: it stems the names as well ("Ukraine" → "ukrain").
 */

/** Per language: text ending → replacement, longest first. Keys are folded (no diacritics). */
const RULES: Record<string, [string, string][]> = {
  de: [
    ['ens', 'en'],
    ['en', 'e'],
    ['er', 'e'],
    ['es', 'e'],
    ['em', 'e'],
    ['en', ''],
    ['er', ''],
    ['es', ''],
    ['em', ''],
    ['e', ''],
    ['s', ''],
  ],
  fr: [
    ['iennes', 'ien'],
    ['ienne', 'ien'],
    ['ennes', 'en'],
    ['enne', 'en'],
    ['es', ''],
    ['es', 'e'],
    ['e', ''],
    ['s', ''],
    ['x', ''],
  ],
  es: [
    ['as', 'o'],
    ['os', 'o'],
    ['es', ''],
    ['a', 'o'],
    ['a', ''],
    ['s', ''],
  ],
  tr: [
    ['lerin', ''],
    ['larin', ''],
    ['ler', ''],
    ['lar', ''],
    ['li', ''],
    ['lu', ''],
    ['nin', ''],
    ['nun', ''],
    ['dan', ''],
    ['den', ''],
    ['da', ''],
    ['de', ''],
    ['ya', ''],
    ['ye', ''],
    ['yi', ''],
    ['yu', ''],
  ],
};
RULES.it = RULES.es as [string, string][];
RULES.pt = RULES.es as [string, string][];
RULES.ca = RULES.es as [string, string][];

const MIN_STEM = 4;

/** The forms a folded Latin word may be an inflection of in language `lang` (not the word itself). */
export function latinBases(key: string, lang: string): string[] {
  const rules = RULES[lang];
  if (!rules) return [];
  const out: string[] = [];
  for (const [ending, repl] of rules) {
    if (!key.endsWith(ending) || key.length - ending.length < MIN_STEM) continue;
    const base = key.slice(0, key.length - ending.length) + repl;
    if (base !== key && !out.includes(base)) out.push(base);
  }
  return out;
}

/** True when a language has ending rules here: a text in any other Latin-script language has none. */
export function hasLatinRules(lang: string | undefined): boolean {
  return lang !== undefined && lang in RULES;
}
