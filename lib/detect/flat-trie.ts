import { Tok, type Tokens } from './tokenize';
import type { FlatTrieArrays, TrieMatch } from './trie-types';
import { pinWords, reserveWords, vocabSize, wordId } from './vocab';

/**
 * The packaged knowledge base's alias matcher over its flat arrays (`FlatTrieArrays`, views of the
 * packaged file): a waking worker builds nothing, only the words are put in the vocabulary.
 */
export class FlatTrie<V> {
  /** Trie word of each vocabulary id, -1 for words of no pattern; ids past the end are no pattern word. */
  private readonly trieWordOf: Int32Array;
  private readonly nodeValues: (V[] | undefined)[] = [];

  constructor(
    private readonly a: FlatTrieArrays,
    /** The value stored at entry index `k` (called once per entry, on its first match). */
    private readonly entry: (k: number) => V,
  ) {
    // Pinned: ids handed out here never change, so the table stays right for the worker's life.
    const ids = pinWords(() => {
      reserveWords(a.words.length);
      return a.words.map((w) => wordId(w));
    });
    this.trieWordOf = new Int32Array(vocabSize()).fill(-1);
    for (let k = 0; k < ids.length; k++) this.trieWordOf[ids[k] as number] = k;
  }

  /** Number of nodes. */
  get nodes(): number {
    return this.a.valueStart.length - 1;
  }

  /** The longest accepted match starting at token `i`, or null. */
  longestAt(
    tokens: Tokens,
    i: number,
    accept: (value: V, first: number, last: number) => boolean,
  ): TrieMatch<V> | null {
    const { rootNode } = this.a;
    const words = tokens.word;
    const alt = tokens.alt;
    const exact = this.trieWord(words[i] as number);
    const other = alt ? this.trieWord(alt[i] as number) : -1;
    // A word that is an alias word itself may still be another's case form ("Europäischen" of
    // "Europäischen Zentralbank" and of "Europäische Union"): the longer match wins.
    const viaExact = exact >= 0 ? this.walk(tokens, i, rootNode[exact] as number, accept) : null;
    if (other < 0 || other === exact) return viaExact;
    const viaOther = this.walk(tokens, i, rootNode[other] as number, accept);
    return viaOther && (!viaExact || viaOther.last > viaExact.last) ? viaOther : viaExact;
  }

  private walk(
    tokens: Tokens,
    i: number,
    start: number,
    accept: (value: V, first: number, last: number) => boolean,
  ): TrieMatch<V> | null {
    const { childStart, valueStart } = this.a;
    const words = tokens.word;
    const flags = tokens.flags;
    const n = tokens.length;
    const alt = tokens.alt;
    let node = start;
    let best: TrieMatch<V> | null = null;
    let j = i;
    while (node >= 0) {
      if ((valueStart[node + 1] as number) > (valueStart[node] as number)) {
        const ok = this.accepted(node, accept, i, j);
        if (ok.length > 0) best = { first: i, last: j, values: ok };
      }
      // A name never runs across a possessive or punctuation, as in `TokenTrie`.
      const lo0 = childStart[node] as number;
      const hi0 = childStart[node + 1] as number;
      if (lo0 === hi0 || j + 1 >= n || ((flags[j + 1] as number) & Tok.Joined) === 0) break;
      j++;
      // The word as written, else its base form or romanisation ("Союза" → "союз").
      node = this.child(lo0, hi0, this.trieWord(words[j] as number));
      if (node < 0 && alt) node = this.child(lo0, hi0, this.trieWord(alt[j] as number));
    }
    return best;
  }

  /** The child node along trie word `w` among the edges `lo0..hi0`, or -1. */
  private child(lo0: number, hi0: number, w: number): number {
    if (w < 0) return -1;
    const { childWord, childNode } = this.a;
    let lo = lo0;
    let hi = hi0 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = childWord[mid] as number;
      if (m === w) return childNode[mid] as number;
      if (m < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private trieWord(id: number): number {
    return id >= 0 && id < this.trieWordOf.length ? (this.trieWordOf[id] as number) : -1;
  }

  private accepted(
    node: number,
    accept: (value: V, first: number, last: number) => boolean,
    first: number,
    last: number,
  ): V[] {
    let values = this.nodeValues[node];
    if (!values) {
      values = [];
      for (let k = this.a.valueStart[node] as number; k < (this.a.valueStart[node + 1] as number); k++)
        values.push(this.entry(k));
      this.nodeValues[node] = values;
    }
    let all = true;
    for (const v of values) if (!accept(v, first, last)) all = false;
    return all ? values : values.filter((v) => accept(v, first, last));
  }
}

/** What `longestAt` is for: one matcher among several scanned together. */
export interface Matcher<V> {
  longestAt(
    tokens: Tokens,
    i: number,
    accept: (value: V, first: number, last: number) => boolean,
  ): TrieMatch<V> | null;
}

/**
 * Leftmost-longest, non-overlapping matches over several matchers at once (the packaged knowledge base
 * and the reader's own actors): where two end at the same token, the values of both are kept.
 */
export function scanAll<V>(
  matchers: readonly Matcher<V>[],
  tokens: Tokens,
  accept: (value: V, first: number, last: number) => boolean,
): TrieMatch<V>[] {
  const out: TrieMatch<V>[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: TrieMatch<V> | null = null;
    for (const m of matchers) {
      const hit = m.longestAt(tokens, i, accept);
      if (!hit) continue;
      if (!best || hit.last > best.last) best = hit;
      else if (hit.last === best.last)
        best = { first: i, last: hit.last, values: [...best.values, ...hit.values] };
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else i++;
  }
  return out;
}
