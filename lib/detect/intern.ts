/**
 * Keys of plain ASCII words, interned: news text repeats its words, so most tokens find their key
 * here without slicing or lower-casing the text, and share one string whose hash V8 has already
 * computed for the many set and map look-ups that follow. Bounded: the table starts over when half full.
 */

const BITS = 15;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
const MAX_LENGTH = 24;

const keys: (string | undefined)[] = new Array(SIZE).fill(undefined);
const hashes = new Int32Array(SIZE);
let count = 0;

function sameLower(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (key.charCodeAt(k) !== c) return false;
  }
  return true;
}

/** `text.slice(start, end).toLowerCase()` for ASCII text, the same string for the same word. */
export function asciiKey(text: string, start: number, end: number): string {
  const len = end - start;
  if (len > MAX_LENGTH) return text.slice(start, end).toLowerCase();
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  let slot = h & MASK;
  for (;;) {
    const key = keys[slot];
    if (key === undefined) break;
    if (hashes[slot] === h && key.length === len && sameLower(key, text, start)) return key;
    slot = (slot + 1) & MASK;
  }
  const key = text.slice(start, end).toLowerCase();
  if (count >= SIZE >> 1) {
    keys.fill(undefined);
    count = 0;
    slot = h & MASK;
  }
  keys[slot] = key;
  hashes[slot] = h;
  count++;
  return key;
}
