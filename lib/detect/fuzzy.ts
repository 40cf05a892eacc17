import Fuse from 'fuse.js';
import type { Actor, AliasRole } from '../model';
import { foldWord } from './fold';
import type { ActorRef } from './types';

export interface FuzzyAlias {
  key: string;
  actor: ActorRef;
  role: AliasRole;
}

/** A near miss resolved to a known actor. */
export interface FuzzyHit {
  actor: ActorRef;
  role: AliasRole;
  /** Fuse.js score: 0 is identical, 1 is unrelated. */
  score: number;
}

/** The folded form an alias is looked up by: words joined by single spaces, hyphens as spaces. */
export function fuzzyKey(text: string): string {
  return foldWord(text.replace(/[-‐‑–—]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

// Roles whose text is a name worth matching loosely; abbreviations and demonyms are not.
export const LOOSE_ROLES: ReadonlySet<AliasRole> = new Set<AliasRole>([
  'name',
  'official',
  'short',
  'native',
  'surname',
  'capital',
]);
const MAX_SCORE = 0.2;
const MIN_ONE_WORD = 7;
// Lookups remembered across calls, oldest dropped first: news pages repeat the same names.
const CACHE_SIZE = 50_000;

/**
 * Resolves names the exact matcher missed (Zelensky/Zelenskyy, Erdogan/Erdoghan) to known actors.
 * Only candidate names found in the text are looked up, never the whole text; only aliases with the
 * same first two letters and a length within two are compared, so a lookup reads a handful of names
 * even when the knowledge base has 100,000.
 */
export class FuzzyIndex {
  /** Aliases by first two letters and length (`blockOf`): a lookup reads five small lists. */
  private readonly blocks = new Map<string, FuzzyAlias[]>();
  private readonly cache = new Map<string, FuzzyHit | null>();
  /** Set where some block may exist, by `blockBit`: most names are ruled out without a string look-up. */
  protected readonly mayHaveBlock = new Uint8Array(1 << 16);

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      this.addKey(fuzzyKey(actor.name), actor, 'name');
      for (const a of actor.aliases)
        if (LOOSE_ROLES.has(a.role)) this.addKey(fuzzyKey(a.text), actor, a.role);
    }
  }

  /** Adds an alias by its `fuzzyKey` (the packaged knowledge base stores the keys, not the aliases). */
  addKey(key: string, actor: ActorRef, role: AliasRole): void {
    if (key.length < 5) return;
    const block = blockOf(key, key.length);
    this.mayHaveBlock[blockBit(key, key.length)] = 1;
    const list = this.blocks.get(block) ?? [];
    if (list.length === 0) this.blocks.set(block, list);
    list.push({ key, actor, role });
  }

  /** The aliases of one block; the packaged base's index reads them from its file on first use. */
  protected block(name: string): readonly FuzzyAlias[] | undefined {
    return this.blocks.get(name);
  }

  /** The known actor a folded name (words joined by spaces) most likely means, or null if none is close. */
  lookup(key: string): FuzzyHit | null {
    if (key.length < 5) return null;
    // No alias with these first two letters and a length within two: no candidate, no hit.
    let any = false;
    for (let len = key.length - 2; len <= key.length + 2; len++)
      if (this.mayHaveBlock[blockBit(key, len)]) any = true;
    if (!any) return null;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const want = wanted(key);
    const close: FuzzyAlias[] = [];
    if (want) {
      for (let len = key.length - 2; len <= key.length + 2; len++) {
        for (const c of this.block(blockOf(key, len)) ?? []) {
          // A plural is another word ("Turkeys"), not a spelling of the name.
          if (key !== `${c.key}s` && c.key !== `${key}s` && closeEnough(key, want, c)) close.push(c);
        }
      }
    }
    let hit: FuzzyHit | null = null;
    // Fuse only ranks, and only the candidates `closeEnough` lets through: most lookups have none,
    // and Fuse (a pattern alphabet and an index per lookup, then every candidate read) need not run.
    // Ranking all the candidates read 1,000 names a lookup once the reader's library taught
    // thousands of people with names alike ("Timur Karamov", "Timur Karalov"): 4.7 ms an analysis.
    if (close.length > 0) {
      const fuse = new Fuse(close, {
        keys: ['key'],
        includeScore: true,
        threshold: MAX_SCORE,
        ignoreLocation: true,
      });
      const r = fuse.search(key, { limit: 1 })[0];
      if (r && (r.score ?? 1) <= MAX_SCORE) {
        hit = { actor: r.item.actor, role: r.item.role, score: r.score ?? 0 };
      }
    }
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, hit);
    return hit;
  }
}

/** The block of a key of length `len`: its first two code units and the length. */
export function blockOf(key: string, len: number): string {
  return `${key.slice(0, 2)}${len}`;
}

/** A hash of a block's key (first two code units and a length); collisions only cost a look-up. */
export function blockBit(key: string, len: number): number {
  return (Math.imul(key.charCodeAt(0), 31 * 64) + key.charCodeAt(1) * 64 + len) & 0xffff;
}

/** What a key asks of its candidates (see `closeEnough`), or null when no alias can be close enough. */
interface Wanted {
  words: number;
  /** A one-word name matches people only. */
  personOnly: boolean;
  edits: number;
}

/**
 * A spelling variant differs by an edit or two in a long name, and a one-word variant must be a
 * person's ("Zelensky"): one edit turns many a company into a country. A short one-word name is one
 * edit from too many others once the base holds thousands of people ("Stoke" is not Støre, "Mahala"
 * not Mahama): none is looked up; long ones are (Zelensky, Erdoghan).
 */
function wanted(key: string): Wanted | null {
  const words = wordCount(key);
  if (words === 1 && key.length < MIN_ONE_WORD) return null;
  return { words, personOnly: words === 1, edits: key.length < 9 ? 1 : 2 };
}

/** Fuse ranks; this decides: the kind, the number of words and the edit distance. */
function closeEnough(key: string, want: Wanted, alias: FuzzyAlias): boolean {
  if (want.personOnly && alias.actor.kind !== 'person') return false;
  // Words are compared as words: "Te Ara" is not "Temara", one edit away once the space goes.
  if (wordCount(alias.key) !== want.words) return false;
  return editDistance(key, alias.key, want.edits) <= want.edits;
}

function wordCount(key: string): number {
  let words = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words += 1;
  return words;
}

/** Rows reused by `editDistance`: it runs for every candidate of every lookup. */
let prevRow = new Int32Array(64);
let row = new Int32Array(64);

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (prevRow.length <= b.length) {
    prevRow = new Int32Array(b.length + 1);
    row = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = row;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[b.length] as number;
}
