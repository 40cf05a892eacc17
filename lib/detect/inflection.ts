/**
 * The one normaliser of inflected words, per script and language: the base forms a folded word may be
 * an inflection or clitic form of, most likely first. The detector matches names through it
 * (`variants.ts`); topic terms and search can use the same function.
 */
import { arabicBases } from './inflect-arabic';
import { latinBases } from './inflect-latin';
import { slavicBases } from './inflect-slavic';

/** The script a folded word is written in, as far as inflection cares. */
export enum Script {
  Other = 0,
  Latin = 1,
  Cyrillic = 2,
  Arabic = 3,
}

/** The script of a folded word, by its first letter. */
export function scriptOf(key: string): Script {
  const c = key.charCodeAt(0);
  if (c < 0x250) return c >= 0x61 || c >= 0xc0 ? Script.Latin : Script.Other;
  if (c >= 0x400 && c <= 0x4ff) return Script.Cyrillic;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return Script.Arabic;
  return Script.Other;
}

/**
 * Base forms of a folded word: Russian and Ukrainian cases and Arabic-script clitics whatever the
 * text's language (the script says enough), Latin-script endings only in a text of language `lang`
 * (ISO 639-1) that has rules (de, fr, es, it, pt, ca, tr). Never the word itself.
 */
export function baseForms(key: string, lang?: string): string[] {
  switch (scriptOf(key)) {
    case Script.Cyrillic:
      return slavicBases(key);
    case Script.Arabic:
      return arabicBases(key);
    case Script.Latin:
      return lang ? latinBases(key, lang) : [];
    default:
      return [];
  }
}
