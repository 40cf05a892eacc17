import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as germanStem } from '@orama/stemmers/german';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';
import { stemmer as turkishStem } from '@orama/stemmers/turkish';
import { stemmer as ukrainianStem } from '@orama/stemmers/ukrainian';
import { foldWord } from './fold';

/** The languages the taxonomy is translated into (English terms are the topics' own `terms`). */
export type TopicLang = 'ru' | 'uk' | 'tr' | 'ar' | 'fa' | 'fr' | 'de' | 'es' | 'zh';

/**
 * How a word of a translated term finds its inflected forms in a text:
 * - `stem`: a Snowball stemmer (`@orama/stemmers`) on the lower-case surface form, which must also
 *   start with the term less its last two letters (Russian adjectives change two: "энергетический",
 *   "энергетической"), or its last one in Turkish, which only appends: there the stem alone is too
 *   loose ("yaptırım" stems to "yaptır", which "yaptırdı", "had it done", shares);
 * - `clitic`: Arabic and Persian, where a word carries proclitics (و ف ب ل ك and the article ال)
 *   and suffixes (plural, feminine, possessive): these are stripped by list, not stemmed (Snowball's
 *   Arabic stemmer took the و of وساطة for "and" and left والمفاوضات whole: see lib/detect/README.md);
 * - `exact`: Chinese, one token a character, matched as written by the token trie.
 */
type Rule = 'stem' | 'clitic' | 'exact';

const STEMMERS: Partial<Record<TopicLang, (word: string) => string>> = {
  ru: russianStem,
  uk: ukrainianStem,
  tr: turkishStem,
  fr: frenchStem,
  de: germanStem,
  es: spanishStem,
};

const RULE: Record<TopicLang, Rule> = {
  ru: 'stem',
  uk: 'stem',
  tr: 'stem',
  fr: 'stem',
  de: 'stem',
  es: 'stem',
  ar: 'clitic',
  fa: 'clitic',
  zh: 'exact',
};

const fold = (words: string) => words.split(' ').map(foldWord);
// Folded, so the Persian spellings of yeh and kaf compare equal to the Arabic ones (see fold.ts).
const PROCLITICS: Record<'ar' | 'fa', string[]> = {
  ar: fold('وال فال بال كال ولل فلل لل ال وب فب ول فل وك و ف ب ل ك'),
  fa: fold('ب'),
};
const SUFFIXES: Record<'ar' | 'fa', Set<string>> = {
  ar: new Set(['', ...fold('ات ة ه ها هم هما هن ي ين ون ان ية يه يات ا')]),
  fa: new Set(['', ...fold('ها های هایی ی ای یی ان ات ش اش شان مان تان ام اند ست')]),
};

// Turkish capitals I and İ are ı and i in lower case. Written out: `toLocaleLowerCase('tr')` cost
// tens of microseconds a call.
const lower = (lang: TopicLang, word: string) =>
  (lang === 'tr' ? word.replaceAll('I', 'ı').replaceAll('İ', 'i') : word).toLowerCase();

/** The words of a translated term: Chinese has a word a character, as the tokenizer reads it. */
export function termWords(lang: TopicLang, term: string): string[] {
  return lang === 'zh' ? [...term.replace(/\s+/gu, '')] : term.split(/[\s-]+/u).filter(Boolean);
}

/**
 * What the forms of a term word share, folded: its Snowball stem, its key less a final ta marbuta or
 * heh in Arabic and Persian, its key in Chinese. The stems of the packaged terms are computed when
 * the terms change (`scripts/topic-stems.ts`), not when a worker wakes: the stemmers' first calls
 * took hundreds of milliseconds before they were compiled.
 */
export function stemKey(lang: TopicLang, word: string): string {
  const key = foldWord(word.startsWith('=') ? word.slice(1) : word);
  const stem = STEMMERS[lang];
  if (RULE[lang] === 'stem' && stem && !word.startsWith('=')) return foldWord(stem(lower(lang, word)));
  return RULE[lang] === 'clitic' && /[ةه]$/u.test(key) ? key.slice(0, -1) : key;
}

/** One word of a translated term, with what a text word must have to be a form of it. */
interface FormEntry {
  lang: TopicLang;
  /** The folded word as the term lists it. */
  key: string;
  /** The word id every form of it is read as (the trie's word for it). */
  rep: number;
  /** `stem`: the folded start a form must have, and the folded stems it may have. */
  guard: string;
  stems: Set<string>;
}

/**
 * Maps the words of a text to the words of translated topic terms they are forms of. Built once
 * with the terms; `formOf` is called once per distinct word of the texts (the scorer keeps the
 * answers), and stems only the few words that start as a term word does.
 */
export class TopicForms {
  private readonly byHead = new Map<string, FormEntry[]>();

  /**
   * Adds a word of a term in `lang` as written ("Sanktionen", "санкции"); a word written with a
   * leading "=" matches only as written. `rep` is the word id its forms are read as, `stem` its
   * `stemKey`.
   */
  add(lang: TopicLang, word: string, rep: number, stem: string): void {
    const exact = word.startsWith('=');
    const key = foldWord(exact ? word.slice(1) : word);
    const rule = exact ? 'exact' : RULE[lang];
    // Short words are matched as written: function words of phrases ("des", "del", "der") would
    // otherwise make every word that starts with them a candidate, and short stems are ambiguous.
    if (rule === 'exact' || key.length < (rule === 'stem' ? 4 : 3)) return;
    const entry: FormEntry = {
      lang,
      key,
      rep,
      guard: rule === 'clitic' ? stem : key.length <= 4 ? key : key.slice(0, lang === 'tr' ? -1 : -2),
      stems: new Set(rule === 'stem' ? [stem, key] : []),
    };
    const head = entry.guard.slice(0, 2);
    const list = this.byHead.get(head);
    if (list) list.push(entry);
    else this.byHead.set(head, [entry]);
  }

  /**
   * The representative word id a text word is a form of, or -1; `surface` as in the text. `english`
   * says the word is a common English word, which is read as English and never as a form.
   */
  formOf(key: string, surface: string, english: () => boolean = () => false): number {
    if (key.length < 3) return -1;
    let checked: boolean | null = null;
    const stems: Partial<Record<TopicLang, string>> = {};
    for (const entry of this.byHead.get(key.slice(0, 2)) ?? []) {
      if (!key.startsWith(entry.guard)) continue;
      checked ??= english();
      if (checked) return -1;
      if (entry.lang === 'ar' || entry.lang === 'fa') {
        if (this.isCliticForm(entry, key)) return entry.rep;
        continue;
      }
      const stem = STEMMERS[entry.lang];
      if (!stem) continue;
      stems[entry.lang] ??= foldWord(stem(lower(entry.lang, surface)));
      if (entry.stems.has(stems[entry.lang] as string)) return entry.rep;
    }
    // An Arabic or Persian word behind its proclitics ("والعقوبات", "بالوساطة").
    const first = key.charCodeAt(0);
    if (first < 0x600 || first > 0x6ff) return -1;
    for (const lang of ['ar', 'fa'] as const) {
      for (const p of PROCLITICS[lang]) {
        if (!key.startsWith(p) || key.length - p.length < 2) continue;
        const rest = key.slice(p.length);
        for (const entry of this.byHead.get(rest.slice(0, 2)) ?? []) {
          if (entry.lang === lang && rest.startsWith(entry.guard) && this.isCliticForm(entry, rest)) {
            return entry.rep;
          }
        }
      }
    }
    return -1;
  }

  private isCliticForm(entry: FormEntry, key: string): boolean {
    const lang = entry.lang === 'fa' ? 'fa' : 'ar';
    return key === entry.key || SUFFIXES[lang].has(key.slice(entry.guard.length));
  }
}
