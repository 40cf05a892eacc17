/**
 * The shapes the two tries share (the token trie the build makes, and the flat one the worker reads
 * from the packaged file), in a module that imports neither, so they do not import each other.
 */

/** A match of a pattern over tokens `first..last` (inclusive), with the values stored for it. */
export interface TrieMatch<V> {
  first: number;
  last: number;
  values: V[];
}

/**
 * A token trie laid out in flat typed arrays, so a knowledge base of 100,000+ aliases is loaded by a
 * waking worker without building anything: the arrays are views of the packaged file, and only the
 * words are put in the vocabulary. Words are numbered by the trie itself ("trie words", in the order of
 * `words`); a text token's vocabulary id is turned into a trie word through one array read.
 *
 * Node `n`'s children are the edges `childStart[n]..childStart[n+1]`, sorted by trie word (binary
 * search); its values are `valueStart[n]..valueStart[n+1]`, indices into the caller's entry table.
 */
export interface FlatTrieArrays {
  /** Folded words, one per trie word. */
  words: readonly string[];
  /** Per trie word: the node of the one-word pattern prefix, or -1 when no pattern starts with it. */
  rootNode: Int32Array;
  childStart: Int32Array;
  childWord: Int32Array;
  childNode: Int32Array;
  valueStart: Int32Array;
}
