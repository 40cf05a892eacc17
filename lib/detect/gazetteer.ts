import {
  COMMON_WORDS,
  COUNTRIES,
  DEMONYMS,
  FIRST_NAMES,
  LAST_NAMES,
  PLACES,
} from './data/gazetteer.generated';
import { ADJECTIVES } from './lexicon';

/** General-knowledge word sets (folded keys), parsed once on first use. */
export interface Gazetteer {
  common: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  /** Single- and multi-word place names, words joined by one space. */
  places: ReadonlySet<string>;
  /** Demonyms and other adjectives of peoples, faiths and regions (CoNLL's MISC). */
  demonyms: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  /** First five letters of one-word places, to spot adjectives made from them ("Chechen", "Tajik"). */
  placeStems: ReadonlySet<string>;
}

const DEMONYM_ENDING = /(?:an|ean|ian|ese|ish|i|en|ic|ot|on)$/;

/**
 * True for a word that looks like the adjective or people of a place the gazetteer knows:
 * "Zairean" (Zaire), "Tajik" (Tajikistan), "Chechen" (Chechnya). Names of people are excluded first.
 */
export function looksLikeDemonym(g: Gazetteer, key: string): boolean {
  if (key.length < 5 || g.places.has(key) || g.firstNames.has(key) || g.lastNames.has(key)) return false;
  if (!g.placeStems.has(key.slice(0, 5))) return false;
  return DEMONYM_ENDING.test(key) || key.length <= 6;
}

let loaded: Gazetteer | null = null;

/** The shared gazetteer; built lazily so importing the detector costs nothing until it runs. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    const set = (s: string) => new Set(s.split('|'));
    const demonyms = set(DEMONYMS);
    for (const a of ADJECTIVES) demonyms.add(a);
    // Plural demonyms are MISC too ("Russians", "Israelis").
    for (const d of [...demonyms]) if (/(an|i)$/.test(d)) demonyms.add(`${d}s`);
    loaded = {
      common: set(COMMON_WORDS),
      firstNames: set(FIRST_NAMES),
      lastNames: set(LAST_NAMES),
      places: new Set(PLACES.split('|').map((p) => p.replace(/[-\s]+/g, ' '))),
      demonyms,
      countries: set(COUNTRIES),
      placeStems: new Set(
        PLACES.split('|')
          .filter((p) => p.length >= 5 && !/[\s-]/.test(p))
          .map((p) => p.slice(0, 5)),
      ),
    };
  }
  return loaded;
}
