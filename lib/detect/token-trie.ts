import { Tok, type Tokens } from './tokenize';

/** A trie node keyed by word ids (see `vocab.ts`); `values` are set where a pattern ends. */
interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | null;
  values: V[] | null;
}

/** A match of a pattern over tokens `first..last` (inclusive), with the values stored for it. */
export interface TrieMatch<V> {
  first: number;
  last: number;
  values: V[];
}

/**
 * A multi-pattern matcher over word sequences. Patterns and text are both tokenised, so the scan
 * is one pass over the tokens: at each token the trie is walked as far as the text agrees, which
 * costs the length of the longest partial match, never the number of patterns. This beats a
 * character automaton here because word boundaries, case rules and possessives are per token.
 * Patterns are word ids pinned in the vocabulary; the first word is found by indexing an array.
 */
export class TokenTrie<V> {
  /** The nodes after the first word, by its word id. */
  private readonly root: (TrieNode<V> | undefined)[] = [];
  private count = 0;

  /** Number of patterns added. */
  get size(): number {
    return this.count;
  }

  /** Adds a pattern given as pinned word ids (see `pinWords`). Empty patterns are ignored. */
  add(words: readonly number[], value: V): void {
    const head = words[0];
    if (head === undefined) return;
    while (this.root.length <= head) this.root.push(undefined);
    let node = this.root[head];
    if (!node) {
      node = { next: null, values: null };
      this.root[head] = node;
    }
    for (let k = 1; k < words.length; k++) {
      const word = words[k] as number;
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(word, child);
      }
      node = child;
    }
    node.values ??= [];
    node.values.push(value);
    this.count++;
  }

  /**
   * Finds leftmost-longest, non-overlapping matches. `accept` filters the values of a candidate
   * match (case rules); a candidate with no accepted value does not count, so a shorter one may win.
   */
  scan(tokens: Tokens, accept: (value: V, first: number, last: number) => boolean): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    const root = this.root;
    const words = tokens.word;
    const flags = tokens.flags;
    const n = tokens.length;
    let i = 0;
    while (i < n) {
      const word = words[i] as number;
      let node = word < root.length ? root[word] : undefined;
      let best: TrieMatch<V> | null = null;
      let j = i;
      while (node) {
        if (node.values) {
          const ok = accepted(node.values, accept, i, j);
          if (ok.length > 0) best = { first: i, last: j, values: ok };
        }
        // A name never runs across a possessive or punctuation: "Turkey's Fidan" is two mentions.
        if (!node.next || j + 1 >= n || ((flags[j + 1] as number) & Tok.Joined) === 0) break;
        j++;
        node = node.next.get(words[j] as number);
      }
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else i++;
    }
    return out;
  }
}

/** The accepted values; the stored array itself (never copied) when all of them are. */
function accepted<V>(
  values: V[],
  accept: (value: V, first: number, last: number) => boolean,
  first: number,
  last: number,
): V[] {
  for (let k = 0; k < values.length; k++) {
    if (accept(values[k] as V, first, last)) continue;
    const out = values.slice(0, k);
    for (let m = k + 1; m < values.length; m++)
      if (accept(values[m] as V, first, last)) out.push(values[m] as V);
    return out;
  }
  return values;
}
