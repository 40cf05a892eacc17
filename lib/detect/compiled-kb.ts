import type { Actor, ActorKind, AliasRole } from '../model';
import { type AliasEntry, buildAliasTrie, type CaseRule } from './alias-index';
import { FlatTrie, type FlatTrieArrays } from './flat-trie';
import { FuzzyIndex, fuzzyKey, LOOSE_ROLES } from './fuzzy';
import { keyOf } from './vocab';

/**
 * The packaged knowledge base as the detector reads it: the alias trie in flat arrays, each alias's
 * actor, role and case rules, the fuzzy keys, and of each actor what a page's reply shows. The
 * compiler runs at build time (`scripts/compile-kb.ts`); a waking worker only reads the file.
 */
export interface KbActor {
  id: string;
  name: string;
  kind: ActorKind;
  description: string;
  country?: string;
  asOf?: string;
  wikidata?: string;
}

export interface CompiledKb {
  actors: KbActor[];
  trie: FlatTrieArrays;
  /** Per alias entry: actor index, role index, and where its case rules (one byte a token) start. */
  entryActor: Int32Array;
  entryRole: Uint8Array;
  ruleStart: Int32Array;
  rules: Uint8Array;
  /** Fuzzy look-up keys: key, actor index and role index, side by side. */
  fuzzyKeys: string[];
  fuzzyActor: Int32Array;
  fuzzyRole: Uint8Array;
}

const ROLES: readonly AliasRole[] = [
  'name',
  'official',
  'short',
  'abbreviation',
  'native',
  'demonym',
  'capital',
  'metonym',
  'title',
  'surname',
];
const MAGIC = 0x4b425331; // "KBS1": bump with any change to the layout

type Header = Pick<CompiledKb, 'actors'> & {
  words: string;
  fuzzyKeys: string;
  lengths: Record<string, number>;
};

/** Compiles actors (the whole packaged base) into the file a worker loads. */
export function compileKb(actors: readonly Actor[]): Uint8Array {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const trie = buildAliasTrie(actors.map((a) => ({ ...a, aliases: a.aliases })));
  const { arrays, values } = trie.flatten(keyOf);
  const entryActor = Int32Array.from(values, (v) => index.get(v.actor.id) as number);
  const entryRole = Uint8Array.from(values, (v) => ROLES.indexOf(v.role));
  const ruleStart = new Int32Array(values.length + 1);
  values.forEach((v, k) => {
    ruleStart[k + 1] = (ruleStart[k] as number) + v.rules.length;
  });
  const rules = Uint8Array.from(values.flatMap((v) => v.rules));
  const fuzzy: [string, number, number][] = [];
  actors.forEach((actor, i) => {
    const seen = new Set<string>();
    const add = (text: string, role: AliasRole) => {
      const key = fuzzyKey(text);
      if (key.length >= 5 && !seen.has(key)) fuzzy.push([key, i, ROLES.indexOf(role)]);
      seen.add(key);
    };
    add(actor.name, 'name');
    for (const a of actor.aliases) if (LOOSE_ROLES.has(a.role)) add(a.text, a.role);
  });
  const ints: Record<string, Int32Array> = {
    rootNode: arrays.rootNode,
    childStart: arrays.childStart,
    childWord: arrays.childWord,
    childNode: arrays.childNode,
    valueStart: arrays.valueStart,
    entryActor,
    ruleStart,
    fuzzyActor: Int32Array.from(fuzzy, (f) => f[1]),
  };
  const bytes: Record<string, Uint8Array> = {
    entryRole,
    rules,
    fuzzyRole: Uint8Array.from(fuzzy, (f) => f[2]),
  };
  const header: Header = {
    actors: actors.map(kbActor),
    words: arrays.words.join('\n'),
    fuzzyKeys: fuzzy.map((f) => f[0]).join('\n'),
    lengths: Object.fromEntries(
      [...Object.entries(ints), ...Object.entries(bytes)].map(([k, v]) => [k, v.length]),
    ),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = 8 + Math.ceil(json.length / 4) * 4;
  const intBytes = Object.values(ints).reduce((s, a) => s + a.byteLength, 0);
  const out = new Uint8Array(headerEnd + intBytes + Object.values(bytes).reduce((s, a) => s + a.length, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let at = headerEnd;
  for (const a of [...Object.values(ints), ...Object.values(bytes)]) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

function kbActor(a: Actor): KbActor {
  const wikidata = (a as { wikidata?: string }).wikidata;
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    description: a.description,
    ...(a.country ? { country: a.country } : {}),
    ...(a.asOf ? { asOf: a.asOf } : {}),
    ...(wikidata ? { wikidata } : {}),
  };
}

/** Reads a compiled file; the arrays are views of `buffer`, nothing is copied. Throws on a foreign file. */
export function readKb(buffer: ArrayBuffer): CompiledKb {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a compiled Backstory knowledge base (or an older layout)');
  const length = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, length))) as Header;
  let at = 8 + Math.ceil(length / 4) * 4;
  const int = (name: string) => {
    const n = header.lengths[name] ?? 0;
    const a = new Int32Array(buffer, at, n);
    at += n * 4;
    return a;
  };
  const byte = (name: string) => {
    const n = header.lengths[name] ?? 0;
    const a = new Uint8Array(buffer, at, n);
    at += n;
    return a;
  };
  const [rootNode, childStart, childWord, childNode, valueStart] = [
    int('rootNode'),
    int('childStart'),
    int('childWord'),
    int('childNode'),
    int('valueStart'),
  ];
  const [entryActor, ruleStart, fuzzyActor] = [int('entryActor'), int('ruleStart'), int('fuzzyActor')];
  return {
    actors: header.actors,
    trie: { words: header.words.split('\n'), rootNode, childStart, childWord, childNode, valueStart },
    entryActor,
    ruleStart,
    fuzzyActor,
    entryRole: byte('entryRole'),
    rules: byte('rules'),
    fuzzyRole: byte('fuzzyRole'),
    fuzzyKeys: header.fuzzyKeys.split('\n'),
  };
}

/** The alias matcher over a compiled base; entries are made on their first match. */
export function kbMatcher(kb: CompiledKb): FlatTrie<AliasEntry> {
  return new FlatTrie<AliasEntry>(kb.trie, (k) => {
    const rules = [...kb.rules.subarray(kb.ruleStart[k], kb.ruleStart[k + 1])] as CaseRule[];
    return {
      actor: kb.actors[kb.entryActor[k] as number] as KbActor,
      role: ROLES[kb.entryRole[k] as number] as AliasRole,
      rules,
    };
  });
}

/** The fuzzy index over a compiled base's keys. */
export function kbFuzzy(kb: CompiledKb): FuzzyIndex {
  const fuzzy = new FuzzyIndex([]);
  kb.fuzzyKeys.forEach((key, i) => {
    fuzzy.addKey(
      key,
      kb.actors[kb.fuzzyActor[i] as number] as KbActor,
      ROLES[kb.fuzzyRole[i] as number] as AliasRole,
    );
  });
  return fuzzy;
}
