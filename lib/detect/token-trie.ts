import { Tok, type Tokens } from './tokenize';
import type { FlatTrieArrays, TrieMatch } from './trie-types';

/** A trie node keyed by word ids (see `vocab.ts`); `values` are set where a pattern ends. */
interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | null;
  values: V[] | null;
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
    let i = 0;
    while (i < tokens.length) {
      const best = this.longestAt(tokens, i, accept);
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else i++;
    }
    return out;
  }

  /** The longest accepted match starting at token `i`, or null. */
  longestAt(
    tokens: Tokens,
    i: number,
    accept: (value: V, first: number, last: number) => boolean,
  ): TrieMatch<V> | null {
    const root = this.root;
    const word = tokens.word[i] as number;
    const other = tokens.alt?.[i] ?? -1;
    const exact = word < root.length ? root[word] : undefined;
    // As in `FlatTrie`: the written word and its base form may both start names; the longer wins.
    const viaExact = exact ? this.walk(tokens, i, exact, accept) : null;
    const second = other >= 0 && other !== word ? root[other] : undefined;
    if (!second) return viaExact;
    const viaOther = this.walk(tokens, i, second, accept);
    return viaOther && (!viaExact || viaOther.last > viaExact.last) ? viaOther : viaExact;
  }

  private walk(
    tokens: Tokens,
    i: number,
    start: TrieNode<V>,
    accept: (value: V, first: number, last: number) => boolean,
  ): TrieMatch<V> | null {
    const words = tokens.word;
    const flags = tokens.flags;
    const n = tokens.length;
    const alt = tokens.alt;
    let node: TrieNode<V> | undefined = start;
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
      const next: TrieNode<V> | undefined = node.next.get(words[j] as number);
      node = next ?? (alt && (alt[j] as number) >= 0 ? node.next.get(alt[j] as number) : undefined);
    }
    return best;
  }

  /**
   * The trie as flat arrays (see `FlatTrie`), with `wordKey` giving each pattern word's folded key and
   * the values in node order: what the knowledge-base compiler writes to the package.
   */
  flatten(wordKey: (id: number) => string): { arrays: FlatTrieArrays; values: V[] } {
    const trieWord = new Map<number, number>();
    const words: string[] = [];
    const wordOf = (id: number) => {
      let w = trieWord.get(id);
      if (w === undefined) {
        w = words.length;
        trieWord.set(id, w);
        words.push(wordKey(id));
      }
      return w;
    };
    const nodes: TrieNode<V>[] = [];
    const roots: [number, number][] = [];
    this.root.forEach((node, id) => {
      if (!node) return;
      roots.push([wordOf(id), nodes.length]);
      nodes.push(node);
    });
    const childStart: number[] = [];
    const childWord: number[] = [];
    const childNode: number[] = [];
    const valueStart: number[] = [];
    const values: V[] = [];
    // Breadth first: a node's children get numbers as it is written, so every edge points forward.
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as TrieNode<V>;
      childStart.push(childWord.length);
      valueStart.push(values.length);
      values.push(...(node.values ?? []));
      const edges = [...(node.next ?? new Map<number, TrieNode<V>>())].map(
        ([id, child]) => [wordOf(id), child] as const,
      );
      edges.sort((x, y) => x[0] - y[0]);
      for (const [w, child] of edges) {
        childWord.push(w);
        childNode.push(nodes.length);
        nodes.push(child);
      }
    }
    childStart.push(childWord.length);
    valueStart.push(values.length);
    const rootNode = new Int32Array(words.length).fill(-1);
    for (const [w, node] of roots) rootNode[w] = node;
    return {
      arrays: {
        words,
        rootNode,
        childStart: Int32Array.from(childStart),
        childWord: Int32Array.from(childWord),
        childNode: Int32Array.from(childNode),
        valueStart: Int32Array.from(valueStart),
      },
      values,
    };
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
