import type { AliasEntry } from './alias-index';
import { type CompiledKb, type KbActor, kbFuzzy, kbMatcher, readKb } from './compiled-kb';
import type { FlatTrie } from './flat-trie';
import type { FuzzyIndex } from './fuzzy';

/** The packaged knowledge base ready to detect with: kept by the worker for its whole life. */
export interface PackagedBase {
  kb: CompiledKb;
  matcher: FlatTrie<AliasEntry>;
  fuzzy: FuzzyIndex;
  /** The packaged actors by id. */
  actors: ReadonlyMap<string, KbActor>;
}

/** Loads a compiled file (see `compileKb`); throws when it is not one. */
export function packagedBase(file: ArrayBuffer): PackagedBase {
  const kb = readKb(file);
  return {
    kb,
    matcher: kbMatcher(kb),
    fuzzy: kbFuzzy(kb),
    actors: new Map(kb.actors.map((a) => [a.id, a])),
  };
}
