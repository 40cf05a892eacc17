import type { ActorKind, AliasRole } from '../model';
import type { AliasEntry, CaseRule } from './alias-index';
import { type CompiledKb, findSorted, KINDS, ROLES, readKb } from './compiled-kb';
import { FlatTrie } from './flat-trie';
import { blockBit, type FuzzyAlias, FuzzyIndex } from './fuzzy';
import type { ActorRef } from './types';

/** What a page's reply and the `detect` command show of a packaged actor. */
export interface PackagedActor extends ActorRef {
  kind: ActorKind;
  description: string;
  asOf?: string;
  wikidata?: string;
}

/**
 * The packaged knowledge base ready to detect with, kept by the worker for its whole life. Nothing is
 * built per actor when it loads: actors, alias entries and fuzzy blocks are made on first use.
 */
export class PackagedBase {
  readonly kb: CompiledKb;
  readonly matcher: FlatTrie<AliasEntry>;
  readonly fuzzy: FuzzyIndex;
  private readonly refs: (ActorRef | undefined)[] = [];

  constructor(file: ArrayBuffer) {
    this.kb = readKb(file);
    const kb = this.kb;
    this.matcher = new FlatTrie<AliasEntry>(kb.trie, (k) => ({
      actor: this.ref(kb.entryActor[k] as number),
      role: ROLES[kb.entryRole[k] as number] as AliasRole,
      rules: [...kb.rules.subarray(kb.ruleStart[k], kb.ruleStart[k + 1])] as CaseRule[],
    }));
    this.fuzzy = new PackedFuzzy(kb, (i) => this.ref(i));
  }

  /** Number of packaged actors. */
  get size(): number {
    return this.kb.actorCount;
  }

  /** True when the base has an actor with this id (no details read). */
  has(id: string): boolean {
    return this.kb.indexOf(id) >= 0;
  }

  /** The packaged actor with this id, or null. */
  actor(id: string): PackagedActor | null {
    const i = this.kb.indexOf(id);
    if (i < 0) return null;
    const { description, asOf, wikidata } = this.kb.details(i);
    return {
      ...this.ref(i),
      kind: KINDS[this.kb.kinds[i] as number] as ActorKind,
      description,
      ...(asOf ? { asOf } : {}),
      ...(wikidata ? { wikidata } : {}),
    };
  }

  /** Every packaged actor id, in the file's order. */
  ids(): readonly string[] {
    return this.kb.ids;
  }

  private ref(i: number): ActorRef {
    let ref = this.refs[i];
    if (!ref) {
      const country = this.kb.countries.slice(2 * i, 2 * i + 2).trim();
      ref = {
        id: this.kb.ids[i] as string,
        name: this.kb.names[i] as string,
        kind: KINDS[this.kb.kinds[i] as number] as ActorKind,
        ...(country ? { country } : {}),
      };
      this.refs[i] = ref;
    }
    return ref;
  }
}

/** Loads a compiled file (see `compileKb`); throws when it is not one. */
export function packagedBase(file: ArrayBuffer): PackagedBase {
  return new PackagedBase(file);
}

/** The fuzzy index over the file's blocks: a block's aliases are made when a look-up first reads it. */
class PackedFuzzy extends FuzzyIndex {
  private readonly made: (FuzzyAlias[] | undefined)[] = [];

  constructor(
    private readonly kb: CompiledKb,
    private readonly actor: (i: number) => ActorRef,
  ) {
    super([]);
    for (const block of kb.blocks) {
      // A block is named by its first two code units and the length in decimal.
      this.mayHaveBlock[blockBit(block, Number(block.slice(2)))] = 1;
    }
  }

  protected override block(name: string): readonly FuzzyAlias[] | undefined {
    // The file lists blocks in code-unit order: no map of 14,000 is built.
    const b = findSorted(this.kb.blocks.length, (k) => this.kb.blocks[k] as string, name);
    if (b < 0) return undefined;
    let list = this.made[b];
    if (!list) {
      const keys = this.kb.blockKeys(b);
      const first = this.kb.blockStart[b] as number;
      list = [];
      for (let k = first; k < (this.kb.blockStart[b + 1] as number); k++)
        list.push({
          key: keys[k - first] as string,
          actor: this.actor(this.kb.fuzzyActor[k] as number),
          role: ROLES[this.kb.fuzzyRole[k] as number] as AliasRole,
        });
      this.made[b] = list;
    }
    return list;
  }
}
