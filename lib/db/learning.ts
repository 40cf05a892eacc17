import Dexie from 'dexie';
import { type Learned, Learner, type PendingName } from '../learn/learner';
import { noteNameKeys } from '../learn/note-names';
import type { NameSighting } from '../learn/sightings';
import type { Actor, Analysis, Mention } from '../model';
import { yieldToPage } from '../yield';
import type { BackstoryDB } from './database';
import { journal } from './import-journal';
import { mentionSetOf } from './mention-sets';
import { actorRows, newBlockId } from './search-terms';
import { getSetting } from './settings';

/** A name the reader dismissed (never learned again) or merged into another actor. */
export interface DismissedName {
  key: string;
  form: string;
  /** The actor it was merged into, when it was. */
  into?: string;
}

/** The setting that keeps the dismissed names (settings are in every backup). */
export const DISMISSED_NAMES = 'dismissedNames';

/** One analysis and the names it uses, as learning takes them. */
export interface NamedAnalysis {
  analysis: Pick<Analysis, 'id' | 'source' | 'publishedAt'>;
  names: readonly NameSighting[];
}

/** What the database knows about names before a write learns from them: read once per import. */
export interface LearningContext {
  learned: Map<string, Actor>;
  dismissed: Set<string>;
  noted: Set<string>;
}

export async function learningContext(db: BackstoryDB): Promise<LearningContext> {
  const [mine, dismissed, notes] = await Promise.all([
    db.actors.where('mine').equals(1).toArray(),
    getSetting<DismissedName[]>(db, DISMISSED_NAMES, []),
    db.notes.toArray(),
  ]);
  return {
    learned: new Map(mine.flatMap((a) => (a.learned ? [[a.learned.key, a] as const] : []))),
    dismissed: new Set(dismissed.map((d) => d.key)),
    noted: new Set(notes.flatMap((n) => noteNameKeys(n.text))),
  };
}

/** The tables learning writes: the caller's transaction must cover them. */
export function learningTables(db: BackstoryDB) {
  return [
    db.actors,
    db.analyses,
    db.nameSightings,
    db.mentionBlocks,
    db.searchBlocks,
    db.searchTerms,
    db.importJournal,
  ];
}

/** The longest the learner runs before it hands the thread back (a frame's worth). */
export const LEARN_SLICE_MS = 16;

/** A learned actor's mention in one analysis, as the analysis's mention set takes it. */
export type LearnedMention = Omit<Mention, 'analysisId'>;

/**
 * Learns from the names that just-written analyses use, and writes what it learned in one
 * transaction: new learned actors, forms of learned actors, their mentions in those analyses (an
 * adding mention block, see `MentionBlock.adds`), their search listings and the names still waiting.
 * With `importId`, every change is journalled so the import's rollback undoes it. Updates `context`
 * with the actors it wrote. Returns what it learned.
 */
export async function learnFrom(
  db: BackstoryDB,
  written: readonly NamedAnalysis[],
  context?: LearningContext,
  importId?: string,
): Promise<Learned> {
  const ctx = context ?? (await learningContext(db));
  return db.transaction('rw', learningTables(db), async () => {
    const { learned } = await learnWithin(db, written, ctx, importId);
    return learned;
  });
}

/**
 * `learnFrom` inside the caller's transaction (over `learningTables`). The learned mentions in the
 * analyses of `inHand`, which the caller is about to write, are not written: they come back in
 * `handed`, by analysis, for the caller to write with its analyses (an import chunk is so written
 * once, not written and then rewritten with what it taught).
 */
export async function learnWithin(
  db: BackstoryDB,
  written: readonly NamedAnalysis[],
  ctx: LearningContext,
  importId?: string,
  inHand: ReadonlySet<string> = new Set(),
): Promise<{ learned: Learned; handed: Map<string, LearnedMention[]> }> {
  const keys = [...new Set(written.flatMap((w) => w.names.map((n) => n.key)))];
  const stored = (await db.nameSightings.bulkGet(keys)).filter((p): p is PendingName => p !== undefined);
  const learner = new Learner({ pending: stored, ...ctx });
  let since = performance.now();
  for (const { analysis, names } of written) {
    learner.add(
      { analysisId: analysis.id, source: analysis.source, publishedAt: analysis.publishedAt },
      names,
    );
    // An import chunk's pass was one task of a second or more: the options page froze. The thread is
    // handed back between slices; `waitFor` keeps the transaction open meanwhile.
    if (performance.now() - since > LEARN_SLICE_MS) {
      await Dexie.waitFor(yieldToPage());
      since = performance.now();
    }
  }
  const learned = learner.result();
  const handed = new Map<string, LearnedMention[]>();
  const elsewhere: Learned['mentions'] = [];
  for (const m of learned.mentions) {
    if (!inHand.has(m.seen.analysisId)) {
      elsewhere.push(m);
      continue;
    }
    const list = handed.get(m.seen.analysisId) ?? [];
    list.push(mentionOf(m));
    handed.set(m.seen.analysisId, list);
  }
  await write(db, learned, elsewhere, stored, importId);
  for (const actor of learned.actors) if (actor.learned) ctx.learned.set(actor.learned.key, actor);
  return { learned, handed };
}

function mentionOf({ actorId, seen }: Learned['mentions'][number]): LearnedMention {
  return { actorId, count: seen.count, firstOffset: seen.firstOffset, firstLength: seen.firstLength };
}

async function write(
  db: BackstoryDB,
  learned: Learned,
  mentions: Learned['mentions'],
  stored: PendingName[],
  importId?: string,
) {
  const note = (table: string, added: string[], replaced: unknown[]) =>
    importId ? journal(db, importId, table, added, replaced) : Promise.resolve();
  const storedKeys = new Set(stored.map((p) => p.key));
  const before = new Map(stored.map((p) => [p.key, p]));
  await db.nameSightings.bulkPut(learned.pending);
  await db.nameSightings.bulkDelete(learned.learnedKeys);
  await note(
    'nameSightings',
    learned.pending.filter((p) => !storedKeys.has(p.key)).map((p) => p.key),
    [...learned.pending, ...learned.learnedKeys.map((key) => ({ key }))].flatMap((p) => {
      const old = before.get(p.key);
      return old ? [old] : [];
    }),
  );
  if (learned.actors.length === 0) return;
  const oldActors = await db.actors.bulkGet(learned.actors.map((a) => a.id));
  await db.actors.bulkPut(learned.actors);
  await note(
    'actors',
    learned.actors.filter((_, i) => oldActors[i] === undefined).map((a) => a.id),
    oldActors.filter((a) => a !== undefined),
  );
  if (mentions.length === 0) return;
  // Each analysis's new mentions in one set of an adding block.
  const byAnalysis = new Map<string, { publishedAt: string; mentions: Learned['mentions'] }>();
  for (const m of mentions) {
    const entry = byAnalysis.get(m.seen.analysisId) ?? { publishedAt: m.seen.publishedAt, mentions: [] };
    entry.mentions.push(m);
    byAnalysis.set(m.seen.analysisId, entry);
  }
  const block = newBlockId();
  const sets = [...byAnalysis].map(([id, { publishedAt, mentions }]) =>
    mentionSetOf({ id, publishedAt, topicIds: [] }, mentions.map(mentionOf)),
  );
  await db.mentionBlocks.put({ key: block, sets, adds: true });
  const ids = [...byAnalysis.keys()];
  const analyses = (await db.analyses.bulkGet(ids)).filter((a): a is Analysis => a !== undefined);
  const updated = analyses.map((a) => {
    const added = (byAnalysis.get(a.id)?.mentions ?? []).map((m) => m.actorId);
    return { ...a, actorIds: [...new Set([...a.actorIds, ...added])] };
  });
  await db.analyses.bulkPut(updated);
  const search = actorRows(
    updated.map((a) => ({
      id: a.id,
      publishedAt: a.publishedAt,
      actorIds: (byAnalysis.get(a.id)?.mentions ?? []).map((m) => m.actorId),
    })),
  );
  await db.searchBlocks.put(search.block);
  await db.searchTerms.bulkPut(search.terms);
  await note(
    'analyses',
    [],
    analyses.map((analysis) => ({ analysis })),
  );
  await note('mentionBlocks', [block], []);
  await note('searchBlocks', [search.block.key], []);
  await note(
    'searchTerms',
    search.terms.map((t) => t.key),
    [],
  );
}

/**
 * Learns from a note the reader wrote: a name one analysis used and the note writes becomes an
 * actor. Returns what it learned.
 */
export async function learnFromNote(db: BackstoryDB, text: string): Promise<Learned> {
  const keys = noteNameKeys(text);
  const waiting = (await db.nameSightings.bulkGet(keys)).filter((p): p is PendingName => p !== undefined);
  const ctx = await learningContext(db);
  for (const key of keys) ctx.noted.add(key);
  const written = waiting.flatMap((p) =>
    p.seen.map((seen) => ({
      analysis: { id: seen.analysisId, source: seen.source, publishedAt: seen.publishedAt },
      names: [
        {
          key: p.key,
          type: p.type,
          forms: p.forms,
          count: seen.count,
          firstOffset: seen.firstOffset,
          firstLength: seen.firstLength,
        },
      ],
    })),
  );
  return learnFrom(db, written, ctx);
}
