/**
 * Apostrophes inside a word that are not part of a name: the elided article of French, Italian and
 * Catalan ("l'Ukraine", "d'Ankara", "dell'Italia") and the case endings Turkish writes after a proper
 * noun ("Ankara'nın", "Türkiye'yi", "Suriye'deki"). The tokenizer asks here only for words with an
 * inner apostrophe, so English text pays nothing.
 */
import { foldWord } from './fold';

// fr: le/la, de, que, je, me, ne, se, te, ce, jusque, lorsque, puisque, quoique; it: dello, allo,
// dallo, nello, sullo, quello, questo, una, uno; ca: el/la, de, se, ne. One letter heads other than
// these (the "O" of "O'Brien") are names.
const ELIDED = new Set(
  'l d j m n s t c qu jusqu lorsqu puisqu quoiqu dell all dall nell sull coll quell quest un'.split(' '),
);

/** True when `text[start..apostrophe)` is an elided article or pronoun followed by a letter. */
export function elidedHead(text: string, start: number, apostrophe: number): boolean {
  if (apostrophe - start > 6) return false;
  return ELIDED.has(foldWord(text.slice(start, apostrophe)));
}

// Turkish case, possessive and relative endings in their vowel-harmony variants, folded (ı → i,
// ü → u, ğ → g, ç → c): "'nın" is "nin", "'daki" "daki". From any Turkish grammar (Göksel and
// Kerslake, Turkish: A Comprehensive Grammar, ch. 14 and 8); the apostrophe marks them off a name.
const CASE_ENDINGS = [
  'a e i u ya ye yi yu na ne ni nu in un nin nun',
  'da de ta te dan den tan ten daki deki taki teki dakiler dekiler',
  'nda nde ndan nden ndaki ndeki la le yla yle ca ce ki',
  'si su ler lar leri lari lerin larin lerle larla lere lara yken',
];
const TURKISH = new Set(CASE_ENDINGS.join(' ').split(' '));

/** True when `text[from..to)` is a Turkish ending written after an apostrophe (lower case). */
export function turkishSuffix(text: string, from: number, to: number): boolean {
  if (to - from > 7) return false;
  const tail = text.slice(from, to);
  return tail === tail.toLowerCase() && TURKISH.has(foldWord(tail));
}
