import { foldWord } from '../detect/fold';
import { gazetteer } from '../detect/gazetteer';
import { COMPASS, LOC_LAST, MISC_LAST, NEVER_NAME, TITLE_WORDS } from '../detect/lexicon';
import type { EntityType } from '../detect/types';
import { nameKey } from './name-key';

/**
 * Why a name the detector found but does not know must not become a learned actor, or null when it
 * may. The rules are general (word lists and the shape of the text around the name), never lists
 * of names: the share of junk among learned actors is audited on real pages (`npm run eval:learned`).
 */
export function junkReason(text: string, start: number, end: number, type: EntityType): string | null {
  if (type === 'LOC') return 'a place';
  const form = text.slice(start, end);
  const words = form.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return 'one word';
  if (words.length > 6) return 'too long';
  if (/\p{N}/u.test(form)) return 'digits: a product, a model, a date';
  // Scripts without case (Arabic, Hebrew) have no upper case to read.
  if (/\p{Lu}/u.test(form) && form === form.toUpperCase()) return 'upper case: a heading or acronyms';
  if (words.some((w) => /^\p{Ll}+\p{Lu}/u.test(w))) return 'a product (iPhone, eBay)';
  const keys = words.map((w) => foldWord(w.replace(/['’]s$/u, '')));
  const first = keys[0] as string;
  const last = keys[keys.length - 1] as string;
  if (NEVER_NAME.has(first) || NEVER_NAME.has(last)) return 'a function word';
  if (TITLE_WORDS.has(last)) return 'a title';
  if (MISC_LAST.has(last) || EVENT_OR_THING.has(last)) return 'an event, a work or a product';
  if (fragmentBefore(text, start)) return 'part of a longer name';
  if (
    /^[-‐–&]/.test(text.slice(end, end + 1)) ||
    /^\s+(?:&|and|of|for)\s+\p{Lu}/u.test(text.slice(end, end + 12))
  )
    return 'part of a longer name';
  if (LOC_LAST.has(last) || COMPASS.has(first)) return 'a place';
  const g = gazetteer();
  if (g.places.has(keys.join(' ')) || g.demonyms.has(first) || g.demonyms.has(last))
    return 'a place or a people';
  // A person's name in Latin letters starts with a given name the name lists know: "Daring
  // Fireball", "Google Play" and "Navigation Roadblocks" are typed as people and are not.
  const latin = !/[^\p{Script=Latin}\P{L}]/u.test(form);
  const given = g.firstNames.has(first) || givenNameKeys().has(nameKey(first));
  // A title right before the name vouches for it where the name lists do not ("Minister Stavros
  // Nikolaidis", "commander Aibek Dzhumabaev").
  if (type === 'PER' && latin && !given && !personTitleBefore(text, start)) return 'no given name';
  const allCommon = keys.every((k) => g.common.has(k) || NEVER_NAME.has(k));
  if (allCommon && !(type === 'PER' && given)) return 'capitalised common words';
  return null;
}

/** Titles that only a person carries: the broader title words include "first", "state", "trade". */
const PERSON_TITLES = new Set(
  'president minister premier chancellor mr mrs ms dr prof sir sheikh emir general colonel commander senator governor mayor ambassador envoy spokesman spokeswoman chairman chairwoman deputy'.split(
    ' ',
  ),
);

/** True when the word right before `start` is a person's title ("Minister", "Mr."). */
function personTitleBefore(text: string, start: number): boolean {
  const word = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return word !== undefined && PERSON_TITLES.has(foldWord(word));
}

let givenKeys: Set<string> | null = null;

/** The given names under their name keys, so that "Olha" is known as "Olga" is, "Yulia" as "Iuliia". */
function givenNameKeys(): ReadonlySet<string> {
  givenKeys ??= new Set([...gazetteer().firstNames].map(nameKey));
  return givenKeys;
}

/**
 * Last words of events, works, laws and products: "Budget Summit", "Patriot Act", "Galaxy Tab"; and of
 * photo credits ("Getty Images", typed as a person on 5 of the 130 audited pages).
 */
const EVENT_OR_THING = new Set(
  'summit conference forum congress election elections war crisis act bill law treaty accord accords agreement protocol initiative plan strategy deal programme program project expo fair show edition model phone pro max plus ultra mini app browser console truck sedan engine vaccine pill drug report index fund festival concert album film movie book novel song tour season episode images photos pictures photography'.split(
    ' ',
  ),
);

/**
 * True when the name is the tail of a longer one the detector cut: "Mobile" of T-Mobile, "Human
 * Services" of Health and Human Services, "Liberation Army" of People's Liberation Army.
 */
function fragmentBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/[-‐&]$/.test(before)) return true;
  if (/\p{Lu}[\p{L}.]*['’]s?\s+$/u.test(before)) return true;
  return /\p{Lu}[\p{L}.]*\s+(?:&|and|of|for|und|et|de)\s+$/u.test(before);
}
