/**
 * Per-token work arrays reused from one text to the next: allocating fresh typed arrays for every
 * short text cost more than filling old ones. Each slot hands out one view at a time, valid until
 * the same slot is asked for again (within one `detect` call each slot is asked for once).
 */
const bytes: Uint8Array[] = [];
const ints: Int32Array[] = [];

/** `n` bytes set to `value`, from slot `slot`. */
export function scratchBytes(slot: number, n: number, value = 0): Uint8Array {
  let a = bytes[slot];
  if (!a || a.length < n) {
    a = new Uint8Array(Math.max(n, 1024));
    bytes[slot] = a;
  }
  return a.subarray(0, n).fill(value);
}

/** `n` 32-bit integers set to `value`, from slot `slot`. */
export function scratchInts(slot: number, n: number, value = 0): Int32Array {
  let a = ints[slot];
  if (!a || a.length < n) {
    a = new Int32Array(Math.max(n, 1024));
    ints[slot] = a;
  }
  return a.subarray(0, n).fill(value);
}

/** Slots in use, one per array of a `detect` call. */
export enum Slot {
  Covered = 0,
  Shouting = 1,
  NameLike = 2,
  /** The only slot of `scratchInts`; numbered apart so no two slots share a value. */
  KnownAt = 3,
}
