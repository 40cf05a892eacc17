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
  fuzzyKeys: () => string[];
  fuzzyActor: Int32Array;
  fuzzyRole: Uint8Array;
  /** Actor columns, by actor index. */
  actorCount: number;
  ids: string[];
  names: string[];
  kinds: Uint8Array;
  /** Two letters an actor, spaces where there is none. */
  countries: string;
  /** Split on first use: only replies need them. */
  details: () => { descriptions: string[]; asOf: string[]; wikidata: string[] };
}

/** Roles and kinds by their index in the file: the model's own lists, in their order. */
export const ROLES: readonly AliasRole[] = ALIAS_ROLES;
export const KINDS: readonly ActorKind[] = ACTOR_KINDS;
const MAGIC = 0x4b425333; // "KBS3": bump with any change to the layout

/**
 * The header's strings, and the lengths of the arrays that follow it in this order, then of the texts
 * read on first use (`LAZY`), as UTF-8 after the arrays: a waking worker decodes and parses only what
 * a detection needs.
 */
interface Header {
  words: string;
  blocks: string;
  ids: string;
  names: string;
  countries: string;
  lengths: Record<string, number>;
}
const LAZY = ['fuzzyKeys', 'descriptions', 'asOf', 'wikidata'] as const;
const INTS = ['rootNode', 'childStart', 'childWord', 'childNode', 'valueStart', 'entryActor', 'ruleStart'];
const INTS2 = ['blockStart', 'fuzzyActor'];
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
  const order = [...INTS, ...INTS2, ...BYTES].map((name) => columns[name] as Int32Array | Uint8Array);
  const oneLine = (s: string | undefined) => (s ?? '').replace(/[\r\n]+/g, ' ');
  const encoder = new TextEncoder();
  const lazy: Record<(typeof LAZY)[number], Uint8Array> = {
    fuzzyKeys: encoder.encode(fuzzy.map((f) => f[0]).join('\n')),
    descriptions: encoder.encode(actors.map((a) => oneLine(a.description)).join('\n')),
    asOf: encoder.encode(actors.map((a) => a.asOf ?? '').join('\n')),
    wikidata: encoder.encode(actors.map((a) => a.wikidata ?? '').join('\n')),
  };
  order.push(...LAZY.map((name) => lazy[name]));
  const header: Header = {
    words: arrays.words.join('\n'),
    blocks: blocks.join('\n'),
    ids: actors.map((a) => a.id).join('\n'),
    names: actors.map((a) => oneLine(a.name)).join('\n'),
    countries: actors.map((a) => (a.country ?? '').padEnd(2).slice(0, 2)).join(''),
    lengths: Object.fromEntries([
      ...[...INTS, ...INTS2, ...BYTES].map((name) => [name, (columns[name] as Uint8Array).length]),
      ...LAZY.map((name) => [name, lazy[name].length]),
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

/** Reads a compiled file; the arrays are views of `buffer`, nothing is copied. Throws on a foreign file. */
export function readKb(buffer: ArrayBuffer): CompiledKb {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a compiled Backstory knowledge base (or an older layout)');
  const length = view.getUint32(4, true);
  const h = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, length))) as Header;
  let at = 8 + Math.ceil(length / 4) * 4;
  const ints: Record<string, Int32Array> = {};
  for (const name of [...INTS, ...INTS2]) {
    ints[name] = new Int32Array(buffer, at, h.lengths[name] ?? 0);
    at += (h.lengths[name] ?? 0) * 4;
  }
  const bytes: Record<string, Uint8Array> = {};
  for (const name of BYTES) {
    bytes[name] = new Uint8Array(buffer, at, h.lengths[name] ?? 0);
    at += h.lengths[name] ?? 0;
  }
  const texts: Record<string, Uint8Array> = {};
  for (const name of LAZY) {
    texts[name] = new Uint8Array(buffer, at, h.lengths[name] ?? 0);
    at += h.lengths[name] ?? 0;
  }
  const text = (name: (typeof LAZY)[number]) => new TextDecoder().decode(texts[name]).split('\n');
  const int = (name: string) => ints[name] as Int32Array;
  const byte = (name: string) => bytes[name] as Uint8Array;
  let details: ReturnType<CompiledKb['details']> | null = null;
  let fuzzyKeys: string[] | null = null;
  return {
    trie: {
      words: h.words.split('\n'),
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
    blocks: h.blocks.split('\n'),
    blockStart: int('blockStart'),
    fuzzyKeys: () => {
      fuzzyKeys ??= text('fuzzyKeys');
      return fuzzyKeys;
    },
    fuzzyActor: int('fuzzyActor'),
    fuzzyRole: byte('fuzzyRole'),
    actorCount: byte('kinds').length,
    ids: h.ids.split('\n'),
    names: h.names.split('\n'),
    kinds: byte('kinds'),
    countries: h.countries,
    details: () => {
      details ??= { descriptions: text('descriptions'), asOf: text('asOf'), wikidata: text('wikidata') };
      return details;
    },
  };
}
