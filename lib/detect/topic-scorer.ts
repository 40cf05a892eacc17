import { TOPIC_TRANSLATIONS, type TopicTranslations } from '../kb/topic-terms';
import { TOPIC_STEMS } from '../kb/topic-terms/stems.generated';
import type { Topic } from '../model';
import { foldWord, isAllCaps } from './fold';
import { gazetteer } from './gazetteer';
import { inflectedCommon } from './inflect';
import { TokenTrie } from './token-trie';
import { Tok, Tokens, tokenize } from './tokenize';
import { stemKey, TopicForms, type TopicLang, termWords } from './topic-forms';
import type { TopicScore } from './types';
import { keyOf, pinWords, vocabEpoch, wordId } from './vocab';

interface TermEntry {
  topicId: string;
  /** Longer phrases are stronger signals than single words. */
  weight: number;
  /** All-capital terms ("WHO", "AI") match only in capitals: "who" is not the WHO. */
  caps: boolean;
}

// Plural and inflected forms of the last word, so "sanction" finds "sanctions".
function variants(keys: string[]): string[][] {
  const last = keys.at(-1) ?? '';
  const head = keys.slice(0, -1);
  const forms = new Set([last, `${last}s`, `${last}es`]);
  if (/[^aeiou]y$/.test(last)) forms.add(`${last.slice(0, -1)}ies`);
  return [...forms].map((f) => [...head, f]);
}

const stemTables = new Map<TopicLang, Map<string, string>>();

/** The precomputed stems of the packaged terms of a language (term word → `stemKey`). */
function packagedStems(lang: TopicLang): Map<string, string> {
  let table = stemTables.get(lang);
  if (!table) {
    table = new Map();
    for (const pair of (TOPIC_STEMS[lang] ?? '').split('|')) {
      const at = pair.indexOf(' ');
      if (at > 0) table.set(pair.slice(0, at), pair.slice(at + 1));
    }
    stemTables.set(lang, table);
  }
  return table;
}

// French and Italian elision glued to a word by the tokenizer ("l'embargo", "d'énergie").
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t)'/u;

let lastScorer: { key: string; scorer: TopicScorer } | null = null;

/**
 * The scorer of `topics` with the packaged translations, the one made last when the topics are the
 * same: a waking worker made it for its warm-up and again for the page's detector (70-130 ms each).
 */
export function topicScorerFor(topics: readonly Topic[]): TopicScorer {
  const key = JSON.stringify(topics.map((t) => [t.id, t.terms]));
  if (lastScorer?.key !== key) lastScorer = { key, scorer: new TopicScorer(topics) };
  return lastScorer.scorer;
}

/**
 * Scores topics by their signal terms; build once per topic list. A topic whose id has translations
 * (`../kb/topic-terms`, the packaged taxonomy's) is found by them too, in any inflected form (see
 * `topic-forms.ts`); the topics' own terms (English, and a reader's words) match as written, plurals
 * added.
 */
export class TopicScorer {
  private readonly trie = new TokenTrie<TermEntry>();
  private readonly forms = new TopicForms();
  /** Words of the topics' own terms: a text word that is one is read as itself. */
  private readonly own = new Set<number>();
  /**
   * Per word id, what the word is read as: 0 not worked out yet, -1 itself, else the id + 1 of the
   * term word it is a form of. Entries above the pinned ids go when the vocabulary drops them.
   */
  private memo = new Int32Array(1 << 16);
  private epoch = vocabEpoch().truncations;
  /** Translated term words read as another word of the same language and stem. */
  private readonly termRep = new Map<number, number>();
  /** Per translated term word, the word every term word of the same language and stem is read as. */
  private readonly reps = new Map<string, number>();

  constructor(topics: readonly Topic[], translations: TopicTranslations = TOPIC_TRANSLATIONS) {
    pinWords(() => {
      this.addTopics(topics);
      this.addTranslations(topics, translations);
    });
  }

  private addTranslations(topics: readonly Topic[], translations: TopicTranslations): void {
    for (const [lang, byTopic] of Object.entries(translations) as [TopicLang, Record<string, string>][]) {
      const stems = packagedStems(lang);
      for (const topic of topics) {
        const terms = byTopic[topic.id];
        if (!terms) continue;
        for (const term of terms.split('|')) this.addTranslated(topic.id, lang, term.trim(), stems);
      }
    }
  }

  private addTranslated(topicId: string, lang: TopicLang, term: string, stems: Map<string, string>): void {
    const words = termWords(lang, term);
    if (words.length === 0) return;
    const ids = words.map((word) => {
      const key = foldWord(word.startsWith('=') ? word.slice(1) : word);
      const stem = stems.get(word) ?? stemKey(lang, word);
      const group = `${lang}:${word.startsWith('=') ? `=${key}` : stem}`;
      let rep = this.reps.get(group);
      if (rep === undefined) {
        rep = wordId(key);
        this.reps.set(group, rep);
        if (lang !== 'zh') this.forms.add(lang, word, rep, stem);
      }
      if (!this.own.has(wordId(key)) && wordId(key) !== rep) this.termRep.set(wordId(key), rep);
      return rep;
    });
    const caps = isAllCaps(term) && term.replace(/[^\p{L}]/gu, '').length >= 2;
    // A Chinese word is two characters more often than not: weigh a term by its words, not its characters.
    const weight = lang === 'zh' ? Math.ceil(words.length / 2) : words.length;
    this.trie.add(ids, { topicId, weight, caps });
  }

  private addTopics(topics: readonly Topic[]): void {
    for (const topic of topics) {
      const seen = new Set<string>();
      for (const term of topic.terms) {
        const keys = [...tokenize(term).word].map((w) => keyOf(w));
        const caps = isAllCaps(term) && term.replace(/[^\p{L}]/gu, '').length >= 2;
        if (keys.length === 0) continue;
        for (const v of variants(keys)) {
          const id = v.join(' ');
          if (seen.has(id)) continue;
          seen.add(id);
          const ids = v.map((key) => wordId(key));
          for (const id of ids) this.own.add(id);
          this.trie.add(ids, { topicId: topic.id, weight: keys.length, caps });
        }
      }
    }
  }

  /**
   * Topic scores for tokenised text: weighted hits per 1,000 words (at least 200 words are assumed,
   * so a headline with one term does not outscore an article), strongest first, zero scores left out.
   */
  score(tokens: Tokens, text?: string): TopicScore[] {
    const totals = new Map<string, TopicScore>();
    const read = this.formsOf(tokens, text);
    for (const m of this.trie.scan(read, (e, first, last) => !e.caps || allCaps(tokens, first, last))) {
      const counted = new Set<string>();
      for (const { topicId, weight } of m.values) {
        if (counted.has(topicId)) continue;
        counted.add(topicId);
        const s = totals.get(topicId) ?? { topicId, score: 0, hits: 0 };
        s.score += weight;
        s.hits++;
        totals.set(topicId, s);
      }
    }
    const words = Math.max(tokens.length, 200);
    return [...totals.values()]
      .map((s) => ({ ...s, score: Math.round((s.score * 100000) / words) / 100 }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.topicId.localeCompare(b.topicId));
  }

  /** The tokens with each word that is a form of a translated term word read as that word. */
  private formsOf(tokens: Tokens, text: string | undefined): Tokens {
    const { truncations, pinned } = vocabEpoch();
    if (truncations !== this.epoch) {
      this.memo.fill(0, pinned);
      this.epoch = truncations;
    }
    const words = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const id = tokens.word[i] as number;
      if (id >= this.memo.length) this.grow(id);
      let read = this.memo[id] as number;
      if (read === 0) {
        read = this.workOut(id, text?.slice(tokens.start[i], tokens.end[i]));
        this.memo[id] = read;
      }
      words[i] = read > 0 ? read - 1 : id;
    }
    return new Tokens(tokens.length, tokens.start, tokens.end, words, zwnjJoined(tokens, text));
  }

  private grow(id: number): void {
    let size = this.memo.length;
    while (size <= id) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.memo);
    this.memo = grown;
  }

  /** What word `id` (met as `surface`) is read as, in the memo's terms. */
  private workOut(id: number, surface: string | undefined): number {
    if (this.own.has(id)) return -1;
    const mapped = this.termRep.get(id);
    if (mapped !== undefined) return mapped + 1;
    const key = keyOf(id);
    const elided = key.includes("'") ? (ELISION.exec(key)?.[0].length ?? 0) : 0;
    // A common English word is English ("insane" is not Turkish "insani"); asked only of a word that
    // starts as a term word does, since most words do not.
    const rep = this.forms.formOf(key.slice(elided), (surface ?? key).slice(elided), () => {
      const g = gazetteer();
      return g.common.has(key) || inflectedCommon(g, key);
    });
    return rep >= 0 ? rep + 1 : -1;
  }
}

/**
 * The flags with a word after a zero-width non-joiner joined to the one before: Persian writes the
 * parts of one word or phrase so ("تحریم‌ها", "آتش‌بس"), and the tokenizer splits there.
 */
function zwnjJoined(tokens: Tokens, text: string | undefined): Uint8Array {
  if (!text?.includes('\u200c')) return tokens.flags;
  const flags = tokens.flags.slice();
  for (let i = 1; i < tokens.length; i++) {
    if (text.charCodeAt((tokens.start[i] as number) - 1) === 0x200c)
      flags[i] = (flags[i] as number) | Tok.Joined;
  }
  return flags;
}

function allCaps(tokens: Tokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!tokens.is(i, Tok.Caps)) return false;
  return true;
}
