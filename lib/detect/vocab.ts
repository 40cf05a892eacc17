/**
 * The vocabulary: every distinct folded word gets a small integer id, so the per-word work (the
 * key string, gazetteer and lexicon look-ups, see `word-facts.ts`) is done once per distinct word
 * rather than once per token, and the tries are indexed by id rather than hashed by string.
 *
 * Ids `0..pinned-1` belong to words of the tries (aliases and topic terms) and never change;
 * ids from `pinned` up are words met in texts, dropped together at the start of a text once there
 * are too many of them, so a long-lived worker's vocabulary stays bounded.
 */

const TRANSIENT_LIMIT = 100_000;

let capacity = 1 << 16;
let mask = capacity - 1;
/** Open addressing, linear probing: per slot the hash and `id + 1` (0 marks an empty slot). */
let slots = new Int32Array(capacity * 2);
const keys: string[] = [];
let pinnedCount = 0;
// The short words met last, by hash: direct-mapped, each entry the word's letters packed into two
// integers, its length and its id. Small enough to stay in the processor's cache: most tokens are
// frequent short words and are found here without probing the large table or reading a string.
const FRONT_MASK = (1 << 13) - 1;
const front = new Int32Array((FRONT_MASK + 1) * 4);
let pinning = false;

/** The folded key of a word id. */
export function keyOf(id: number): string {
  return keys[id] as string;
}

/** Number of ids handed out so far (pinned and not): arrays indexed by id need this length. */
export function vocabSize(): number {
  return keys.length;
}

/** FNV-1a over the code units of `key`: the same value `asciiWordId` computes from the text. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h;
}

function place(h: number, id: number): void {
  let slot = h & mask;
  while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
  slots[slot * 2] = h;
  slots[slot * 2 + 1] = id + 1;
}

function rehash(newCapacity: number): void {
  capacity = newCapacity;
  mask = capacity - 1;
  slots = new Int32Array(capacity * 2);
  for (let id = 0; id < keys.length; id++) place(hashKey(keys[id] as string), id);
}

function insert(key: string, h: number): number {
  const id = keys.length;
  keys.push(key);
  if (pinning) pinnedCount = keys.length;
  // At most half full, so probes stay short.
  if (keys.length * 2 > capacity) rehash(capacity * 2);
  else place(h, id);
  onInsert(id);
  return id;
}

const inserts: ((id: number) => void)[] = [];
const truncates: ((size: number) => void)[] = [];
function onInsert(id: number): void {
  for (const f of inserts) f(id);
}
function onTruncate(size: number): void {
  for (const f of truncates) f(size);
}

/** Lets a per-id cache (`word-facts.ts`, `variants.ts`) grow and clear with the vocabulary. */
export function watchVocab(insert: (id: number) => void, truncate: (size: number) => void): void {
  inserts.push(insert);
  truncates.push(truncate);
}

/** The id of a folded key, or -1 when no text or trie has it: a look-up that adds nothing. */
export function findWordId(key: string): number {
  const h = hashKey(key);
  let slot = h & mask;
  for (;;) {
    const id1 = slots[slot * 2 + 1] as number;
    if (id1 === 0) return -1;
    if (slots[slot * 2] === h && keys[id1 - 1] === key) return id1 - 1;
    slot = (slot + 1) & mask;
  }
}

/** True for the id of a word of a trie (an alias or a topic term): see `pinWords`. */
export function isPinned(id: number): boolean {
  return id >= 0 && id < pinnedCount;
}

/** The id of a folded key, added if new. */
export function wordId(key: string): number {
  const h = hashKey(key);
  let slot = h & mask;
  for (;;) {
    const id1 = slots[slot * 2 + 1] as number;
    if (id1 === 0) break;
    if (slots[slot * 2] === h && keys[id1 - 1] === key) return id1 - 1;
    slot = (slot + 1) & mask;
  }
  return insert(key, h);
}

/**
 * The id of the ASCII word `text[start..end)` lower-cased, given its hash (`hashKey` of the lower
 * case) and its first eight lower-case letters packed a byte each into `lo` and `hi` (zero bytes past
 * the end); added if new. Most words are found without slicing or lower-casing the text.
 */
export function asciiWordId(
  text: string,
  start: number,
  end: number,
  h: number,
  lo: number,
  hi: number,
): number {
  const len = end - start;
  // Words of up to eight letters are compared as two packed integers, without reading a string.
  const f = (h & FRONT_MASK) * 4;
  if (len <= 8 && front[f] === lo && front[f + 1] === hi && front[f + 2] === len)
    return front[f + 3] as number;
  let slot = h & mask;
  let id = -1;
  for (;;) {
    const id1 = slots[slot * 2 + 1] as number;
    if (id1 === 0) break;
    if (slots[slot * 2] === h) {
      const key = keys[id1 - 1] as string;
      if (key.length === len && sameLower(key, text, start)) {
        id = id1 - 1;
        break;
      }
    }
    slot = (slot + 1) & mask;
  }
  if (id < 0) id = insert(lowerCopy(text, start, end), h);
  if (len <= 8) {
    front[f] = lo;
    front[f + 1] = hi;
    front[f + 2] = len;
    front[f + 3] = id;
  }
  return id;
}

// A fresh string, never a slice of the text: a vocabulary entry must not keep a whole page alive.
function lowerCopy(text: string, start: number, end: number): string {
  if (end - start > 256) return text.slice(start, end).toLowerCase();
  const codes: number[] = [];
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    codes.push(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return String.fromCharCode(...codes);
}

function sameLower(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (key.charCodeAt(k) !== c) return false;
  }
  return true;
}

/** Makes room for `count` more words at once: pinning 60,000 words rehashed the table five times. */
export function reserveWords(count: number): void {
  let next = capacity;
  while ((keys.length + count) * 2 > next) next *= 2;
  if (next !== capacity) rehash(next);
}

/** Drops the words of earlier texts when there are many: call before tokenizing a text. */
export function startText(): void {
  if (keys.length - pinnedCount > TRANSIENT_LIMIT) truncate();
}

let truncations = 0;

/**
 * How many times the words of earlier texts were dropped, and how many ids stay (the pinned ones):
 * a cache by word id keeps its entries below that and drops the rest when the count changes.
 */
export function vocabEpoch(): { truncations: number; pinned: number } {
  return { truncations, pinned: pinnedCount };
}

function truncate(): void {
  truncations++;
  keys.length = pinnedCount;
  front.fill(0);
  onTruncate(pinnedCount);
  rehash(Math.max(1 << 16, capacity >> 1));
  while (keys.length * 2 > capacity) rehash(capacity * 2);
}

/**
 * Runs `build` with every new word pinned: ids handed out inside stay valid for good. Builders of
 * tries (the alias and topic indexes) wrap their work in this.
 */
export function pinWords<T>(build: () => T): T {
  if (keys.length > pinnedCount) truncate();
  const outer = pinning;
  pinning = true;
  try {
    return build();
  } finally {
    pinning = outer;
  }
}
