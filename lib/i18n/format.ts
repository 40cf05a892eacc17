/**
 * The pure half of the interface's translation (issue 14): what the browsers' `i18n.getMessage`
 * does with a catalogue entry, and which plural form a count takes. The catalogues are the browsers'
 * own (`public/_locales/<language>/messages.json`); `components/i18n.ts` reads them through
 * `browser.i18n`, and unit tests through {@link catalogueMessages}.
 */

/** One entry of a `messages.json`. */
export interface CatalogueEntry {
  message: string;
  description?: string;
}

/** A whole `messages.json`: message name to entry. */
export type Catalogue = Record<string, CatalogueEntry>;

/** What `i18n.getMessage` is: the message with `$1`..`$9` filled in, '' for an unknown name. */
export type GetMessage = (name: string, substitutions?: string[]) => string;

/**
 * Fills `$1`..`$9` with `substitutions` (a missing one is ''), and `$$` is a dollar sign, as both
 * browsers do for a message that uses positional substitutions directly.
 */
export function substitute(message: string, substitutions: readonly string[] = []): string {
  return message.replace(/\$(\d|\$)/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** `getMessage` over a catalogue held in memory: the unit tests' stand-in for `browser.i18n`. */
export function catalogueMessages(catalogue: Catalogue): GetMessage {
  return (name, substitutions) => {
    const entry = catalogue[name];
    return entry ? substitute(entry.message, substitutions) : '';
  };
}

/** The `$n` substitutions a message uses, in order, without repeats. */
export function substitutionsOf(message: string): number[] {
  const found = new Set<number>();
  for (const match of message.matchAll(/\$(\d|\$)/g)) if (match[1] !== '$') found.add(Number(match[1]));
  return [...found].sort((a, b) => a - b);
}

/**
 * The plural name's stem (`analysesAdded` of `analysesAdded_few`: plural names end in a CLDR
 * category), or null for a plain name.
 */
export function pluralStem(name: string): string | null {
  const match = /^(.+)_(zero|one|two|few|many|other)$/.exec(name);
  return match ? (match[1] as string) : null;
}

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR category of `count` in `locale` (Russian 1 one, 3 few, 5 many, 1.5 other). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

/** Every category `locale` uses: what a catalogue in that language must give each plural stem. */
export function pluralCategoriesOf(locale: string): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
}

/**
 * The locale for numbers and dates: the browser's own when it is a variant of the catalogue's
 * language (en-GB, with the English catalogue), the catalogue's language otherwise, so a German
 * browser reading the English catalogue gets English plural rules and number forms.
 */
export function formattingLocale(catalogueLanguage: string, browserLanguage: string): string {
  const language = catalogueLanguage.toLowerCase();
  const browser = browserLanguage.replace('_', '-');
  return browser.toLowerCase().split('-')[0] === language ? browser : language;
}
