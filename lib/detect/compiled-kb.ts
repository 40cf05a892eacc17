import { ACTOR_KINDS, type Actor, type ActorKind, ALIAS_ROLES, type AliasRole } from '../model';
import { buildAliasTrie } from './alias-index';
import { blockOf, fuzzyKey, LOOSE_ROLES } from './fuzzy';
import type { FlatTrieArrays } from './trie-types';
import { keyOf } from './vocab';

/**
 * The packaged knowledge base as the detector reads it: the alias trie in flat arrays, each alias's
 * actor, role and case rules, the fuzzy keys grouped by block, and the actors as columns. The compiler
 * runs at build time (`scripts/packaged-kb.ts`); a waking worker only reads the file. Strings are
 * stored joined by newlines (none of them holds one) and split when first needed: one large string
 * parses far faster than thousands of small objects.
 */
export interface CompiledKb {
  trie: FlatTrieArrays;
  /** Per alias entry: actor index, role index, and where its case rules (one byte a token) start. */
  entryActor: Int32Array;
  entryRole: Uint8Array;
  ruleStart: Int32Array;
  rules: Uint8Array;
  /** Fuzzy keys sorted by block; block `b` holds keys `blockStart[b]..blockStart[b+1]`. */
  blocks: string[];
  blockStart: Int32Array;
  /** Block `b`'s keys, in order: only that block's bytes are decoded. */
  blockKeys: (b: number) => string[];
  fuzzyActor: Int32Array;
  fuzzyRole: Uint8Array;
  /** Actor columns, by actor index. */
  actorCount: number;
  ids: string[];
  /** The index of the actor with this id, or -1. */
  indexOf: (id: string) => number;
  names: string[];
  kinds: Uint8Array;
  /** Two letters an actor, spaces where there is none. */
  countries: string;
  /** Actor `i`'s card-only text, decoded from its own bytes when asked: only replies need it. */
  details: (i: number) => { description: string; asOf: string; wikidata: string };
}

/** Roles and kinds by their index in the file: the model's own lists, in their order. */
export const ROLES: readonly AliasRole[] = ALIAS_ROLES;
export const KINDS: readonly ActorKind[] = ACTOR_KINDS;
const MAGIC = 0x4b425334; // "KBS4": bump with any change to the layout

/**
 * The header, JSON: the lengths of the arrays that follow it in this order, then of the texts as UTF-8:
 * the words, blocks, ids, names and countries, each split when the file is read (a 1.6 MB header of
 * JSON strings took longer to parse than they take to decode), then the texts read on first use
 * (`LAZY`), of which only the part asked for is decoded: a block's fuzzy keys (`blockByte`), an actor's
 * description, date and Wikidata id (`detailByte`, three lines an actor). Decoding all the fuzzy keys
 * and every description on a first detection took 200 ms of a cold wake.
 */
interface Header {
  lengths: Record<string, number>;
}
const TEXTS = ['words', 'blocks', 'ids', 'names', 'countries'] as const;
const LAZY = ['fuzzyKeys', 'details'] as const;
const INTS = ['rootNode', 'childStart', 'childWord', 'childNode', 'valueStart', 'entryActor', 'ruleStart'];
const INTS2 = ['blockStart', 'fuzzyActor', 'blockByte', 'detailByte', 'idOrder'];
const BYTES = ['entryRole', 'rules', 'fuzzyRole', 'kinds'];

/** Compiles actors (the whole packaged base) into the file a worker loads. */
export function compileKb(actors: readonly Actor[]): Uint8Array {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const { arrays, values } = buildAliasTrie(actors).flatten(keyOf);
  const ruleStart = new Int32Array(values.length + 1);
  values.forEach((v, k) => {
    ruleStart[k + 1] = (ruleStart[k] as number) + v.rules.length;
  });
  const fuzzy = fuzzyEntries(actors);
  const blocks = [...new Set(fuzzy.map((f) => f[3]))];
  const blockStart = new Int32Array(blocks.length + 1);
  let b = 0;
  fuzzy.forEach((f, k) => {
    while (f[3] !== blocks[b]) blockStart[++b] = k;
  });
  blockStart[blocks.length] = fuzzy.length;
  const { words: _, ...trieColumns } = arrays;
  const columns: Record<string, Int32Array | Uint8Array> = {
    ...trieColumns,
    entryActor: Int32Array.from(values, (v) => index.get(v.actor.id) as number),
    ruleStart,
    blockStart,
    fuzzyActor: Int32Array.from(fuzzy, (f) => f[1]),
    entryRole: Uint8Array.from(values, (v) => ROLES.indexOf(v.role)),
    rules: Uint8Array.from(values.flatMap((v) => v.rules)),
    fuzzyRole: Uint8Array.from(fuzzy, (f) => f[2]),
    kinds: Uint8Array.from(actors, (a) => KINDS.indexOf(a.kind)),
  };
  const oneLine = (s: string | undefined) => (s ?? '').replace(/[\r\n]+/g, ' ');
  const blockTexts = blocks.map((_, k) =>
    fuzzy
      .slice(blockStart[k], blockStart[k + 1])
      .map((f) => f[0])
      .join('\n'),
  );
  const detailTexts = actors.map((a) =>
    [oneLine(a.description), oneLine(a.asOf), oneLine(a.wikidata)].join('\n'),
  );
  const fuzzyKeys = packTexts(blockTexts);
  const details = packTexts(detailTexts);
  columns.blockByte = fuzzyKeys.starts;
  columns.detailByte = details.starts;
  // Actor indices in the order of their ids: an id is found by a binary search, no map is built.
  const byId = actors.map((_, i) => i).sort((x, y) => compare(actors[x]?.id ?? '', actors[y]?.id ?? ''));
  columns.idOrder = Int32Array.from(byId);
  const order = [...INTS, ...INTS2, ...BYTES].map((name) => columns[name] as Int32Array | Uint8Array);
  const encoder = new TextEncoder();
  const texts: Record<(typeof TEXTS)[number] | (typeof LAZY)[number], Uint8Array> = {
    words: encoder.encode(arrays.words.join('\n')),
    blocks: encoder.encode(blocks.join('\n')),
    ids: encoder.encode(actors.map((a) => a.id).join('\n')),
    names: encoder.encode(actors.map((a) => oneLine(a.name)).join('\n')),
    countries: encoder.encode(actors.map((a) => (a.country ?? '').padEnd(2).slice(0, 2)).join('')),
    fuzzyKeys: fuzzyKeys.bytes,
    details: details.bytes,
  };
  order.push(...[...TEXTS, ...LAZY].map((name) => texts[name]));
  const header: Header = {
    lengths: Object.fromEntries([
      ...[...INTS, ...INTS2, ...BYTES].map((name) => [name, (columns[name] as Uint8Array).length]),
      ...[...TEXTS, ...LAZY].map((name) => [name, texts[name].length]),
    ]),
  };
  const json = encoder.encode(JSON.stringify(header));
  const headerEnd = 8 + Math.ceil(json.length / 4) * 4;
  const out = new Uint8Array(headerEnd + order.reduce((s, a) => s + a.byteLength, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let at = headerEnd;
  for (const a of order) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

/** Texts as one UTF-8 run, text `k` at bytes `starts[k]..starts[k+1]`. */
function packTexts(texts: readonly string[]): { bytes: Uint8Array; starts: Int32Array } {
  const encoder = new TextEncoder();
  const parts = texts.map((t) => encoder.encode(t));
  const starts = new Int32Array(parts.length + 1);
  parts.forEach((p, k) => {
    starts[k + 1] = (starts[k] as number) + p.length;
  });
  const bytes = new Uint8Array(starts[parts.length] as number);
  parts.forEach((p, k) => {
    bytes.set(p, starts[k]);
  });
  return { bytes, starts };
}

/** Every loose alias as [key, actor index, role index, block], sorted by block. */
function fuzzyEntries(actors: readonly Actor[]): [string, number, number, string][] {
  const out: [string, number, number, string][] = [];
  actors.forEach((actor, i) => {
    const seen = new Set<string>();
    const add = (text: string, role: AliasRole) => {
      const key = fuzzyKey(text);
      if (key.length >= 5 && !seen.has(key))
        out.push([key, i, ROLES.indexOf(role), blockOf(key, key.length)]);
      seen.add(key);
    };
    add(actor.name, 'name');
    for (const a of actor.aliases) if (LOOSE_ROLES.has(a.role)) add(a.text, a.role);
  });
  return out.sort((x, y) => (x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : x[1] - y[1]));
}

/**
 * Reads a compiled file; the arrays are views of `buffer`, nothing is copied. Throws, saying why, on
 * a foreign, older, truncated or corrupt file (the worker then reads the actors from the database).
 */
export function readKb(buffer: ArrayBuffer): CompiledKb {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a compiled Backstory knowledge base (or an older layout)');
  const length = view.getUint32(4, true);
  const h = parseHeader(buffer, length);
  const size = (name: string) => {
    const n = h.lengths[name];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw corrupt(`no length for ${name}`);
    return n;
  };
  const start = 8 + Math.ceil(length / 4) * 4;
  const end =
    start +
    [...INTS, ...INTS2].reduce((sum, name) => sum + size(name) * 4, 0) +
    [...BYTES, ...TEXTS, ...LAZY].reduce((sum, name) => sum + size(name), 0);
  if (end !== buffer.byteLength) throw corrupt(`${buffer.byteLength} bytes where the header says ${end}`);
  let at = start;
  const ints: Record<string, Int32Array> = {};
  for (const name of [...INTS, ...INTS2]) {
    ints[name] = new Int32Array(buffer, at, size(name));
    at += size(name) * 4;
  }
  const bytes: Record<string, Uint8Array> = {};
  for (const name of [...BYTES, ...TEXTS, ...LAZY]) {
    bytes[name] = new Uint8Array(buffer, at, size(name));
    at += size(name);
  }
  const int = (name: string) => ints[name] as Int32Array;
  const byte = (name: string) => bytes[name] as Uint8Array;
  const decoder = new TextDecoder();
  /** Text `k` of a packed run (see `packTexts`). */
  const text = (name: (typeof LAZY)[number], starts: Int32Array, k: number) =>
    decoder.decode(byte(name).subarray(starts[k], starts[k + 1]));
  const whole = (name: (typeof TEXTS)[number]) => decoder.decode(byte(name));
  const ids = whole('ids').split('\n');
  const idOrder = int('idOrder');
  const blockByte = int('blockByte');
  const detailByte = int('detailByte');
  return {
    trie: {
      words: whole('words').split('\n'),
      rootNode: int('rootNode'),
      childStart: int('childStart'),
      childWord: int('childWord'),
      childNode: int('childNode'),
      valueStart: int('valueStart'),
    },
    entryActor: int('entryActor'),
    entryRole: byte('entryRole'),
    ruleStart: int('ruleStart'),
    rules: byte('rules'),
    blocks: whole('blocks').split('\n'),
    blockStart: int('blockStart'),
    blockKeys: (b) => text('fuzzyKeys', blockByte, b).split('\n'),
    fuzzyActor: int('fuzzyActor'),
    fuzzyRole: byte('fuzzyRole'),
    actorCount: byte('kinds').length,
    ids,
    indexOf: (id) => {
      const k = findSorted(idOrder.length, (m) => ids[idOrder[m] as number] as string, id);
      return k < 0 ? -1 : (idOrder[k] as number);
    },
    names: whole('names').split('\n'),
    kinds: byte('kinds'),
    countries: whole('countries'),
    details: (i) => {
      const [description = '', asOf = '', wikidata = ''] = text('details', detailByte, i).split('\n');
      return { description, asOf, wikidata };
    },
  };
}

/** The position of `key` among `n` strings in code-unit order (`at(k)` is the k-th), or -1. */
export function findSorted(n: number, at: (k: number) => string, key: string): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(at(mid), key);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Code-unit order, the same in the compiler and the reader. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function corrupt(why: string): Error {
  return new Error(`the compiled Backstory knowledge base is truncated or corrupt: ${why}`);
}

function parseHeader(buffer: ArrayBuffer, length: number): Header {
  if (8 + length > buffer.byteLength)
    throw corrupt(`a header of ${length} bytes in a file of ${buffer.byteLength}`);
  try {
    return JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, length))) as Header;
  } catch (error) {
    throw corrupt(`its header does not parse (${error instanceof Error ? error.message : String(error)})`);
  }
}
