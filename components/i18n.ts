import { browser } from 'wxt/browser';
import { formattingLocale, type GetMessage, pluralCategory } from '../lib/i18n/format';

/**
 * Every word of the interface comes from here (issue 14): the browsers' i18n with the catalogues in
 * `public/_locales/<language>/messages.json`, which the browser picks by its interface language
 * (English when it has none for it). Names are typed from the English catalogue; a unit test keeps
 * every catalogue complete and checks that no component writes visible English of its own.
 */
type Messages = typeof import('../public/_locales/en/messages.json');

/** A message name of the catalogues. */
export type MessageName = keyof Messages;

/** The stem of a counted message, which has one name per plural category (`analysesAdded_one`, ...). */
export type PluralStem = MessageName extends infer N ? (N extends `${infer S}_other` ? S : never) : never;

type Substitution = string | number;

let getMessage: GetMessage = (name, substitutions) => {
  try {
    // Typed for the browser's predefined names only; any catalogue name is valid.
    return (browser.i18n.getMessage as GetMessage)(name, substitutions);
  } catch {
    return ''; // "Extension context invalidated" after an update: the page's copy is going away.
  }
};
let browserLanguage = (): string => browser.i18n.getUILanguage();
let cached: { locale: string; direction: 'ltr' | 'rtl' } | null = null;

/** Unit tests read a catalogue from memory instead of `browser.i18n` (tests/unit/setup.ts). */
export function useMessages(source: GetMessage, language: string): void {
  getMessage = source;
  browserLanguage = () => language;
  cached = null;
}

function language(): { locale: string; direction: 'ltr' | 'rtl' } {
  if (cached === null) {
    // The catalogue in use names its own language and direction: the browser's interface language
    // may have no catalogue, and then numbers, dates and plurals must follow the words shown.
    const catalogue = getMessage('locale') || 'en';
    cached = {
      locale: formattingLocale(catalogue, browserLanguage() || catalogue),
      direction: getMessage('direction') === 'rtl' ? 'rtl' : 'ltr',
    };
  }
  return cached;
}

/** The locale of numbers, dates and plural rules: the interface's language. */
export function uiLocale(): string {
  return language().locale;
}

/** The interface's writing direction, for `dir` on each document and on the card. */
export function uiDirection(): 'ltr' | 'rtl' {
  return language().direction;
}

const numbers = new Map<string, Intl.NumberFormat>();

/** A number as the interface's language writes it (1,234 in English, 1 234 in Russian). */
export function formatNumber(value: number): string {
  const locale = uiLocale();
  let format = numbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numbers.set(locale, format);
  }
  return format.format(value);
}

const text = (value: Substitution) => (typeof value === 'number' ? formatNumber(value) : value);

/** The message `name` with `$1`, `$2`... filled in; numbers are written in the interface's language. */
export function t(name: MessageName, ...substitutions: Substitution[]): string {
  return getMessage(name, substitutions.map(text)) || name;
}

/**
 * A counted message in the plural form the interface's language takes for `count` (Intl.PluralRules:
 * Russian 1 анализ, 3 анализа, 5 анализов); `$1` is the count, `$2`... the rest.
 */
export function tn(stem: PluralStem, count: number, ...substitutions: Substitution[]): string {
  const subs = [count, ...substitutions].map(text);
  return (
    getMessage(`${stem}_${pluralCategory(uiLocale(), count)}`, subs) ||
    getMessage(`${stem}_other`, subs) ||
    stem
  );
}

/** Sets `lang` and `dir` from the interface's language, so a right-to-left catalogue lays out right. */
export function applyUiLanguage(element: HTMLElement): void {
  element.lang = uiLocale();
  element.dir = uiDirection();
}
