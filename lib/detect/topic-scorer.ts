import type { Topic } from '../model';
import { isAllCaps } from './fold';
import { TokenTrie } from './token-trie';
import { Tok, type Tokens, tokenize } from './tokenize';
import type { TopicScore } from './types';
import { keyOf, pinWords, wordId } from './vocab';

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

/** Scores topics by their signal terms; build once per topic list. */
export class TopicScorer {
  private readonly trie = new TokenTrie<TermEntry>();

  constructor(topics: readonly Topic[]) {
    pinWords(() => this.addTopics(topics));
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
          this.trie.add(
            v.map((key) => wordId(key)),
            { topicId: topic.id, weight: keys.length, caps },
          );
        }
      }
    }
  }

  /**
   * Topic scores for tokenised text: weighted hits per 1,000 words (at least 200 words are assumed,
   * so a headline with one term does not outscore an article), strongest first, zero scores left out.
   */
  score(tokens: Tokens): TopicScore[] {
    const totals = new Map<string, TopicScore>();
    for (const m of this.trie.scan(tokens, (e, first, last) => !e.caps || allCaps(tokens, first, last))) {
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
}

function allCaps(tokens: Tokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!tokens.is(i, Tok.Caps)) return false;
  return true;
}
