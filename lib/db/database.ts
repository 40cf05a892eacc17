import { Dexie, type EntityTable } from 'dexie';
import { markOwnActors } from './own-actors';
import type {
  Actor,
  Analysis,
  JournalRow,
  MentionBlock,
  Note,
  PendingName,
  SearchBlock,
  SearchTermRow,
  Setting,
  Source,
  SourceItem,
  Topic,
} from './schema';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';
import { upgradeToV4 } from './upgrade-v4';
import { upgradeToV5 } from './upgrade-v5';
import { upgradeToV10 } from './upgrade-v10';
import { upgradeToV11 } from './upgrade-v11';

/** Version 1, as shipped: never edit it (house style, rule 7). */
const V1 = {
  actors: 'id, kind, name',
  analyses: 'id, url, publishedAt, origin, *actorIds, *topicIds',
  mentions: 'key, analysisId, actorId',
  topics: 'id',
  notes: 'id, url, actorId, createdAt',
  settings: 'key',
};

/**
 * The one database. Schema changes are new versions with an upgrade function and a test that data
 * written by the previous version survives (house style, rule 7): never edit a shipped version. The
 * rows are typed in schema.ts; each upgrade imports only that and its frozen helpers (`frozen/`,
 * rule 14), never today's write path.
 *
 * Version 2: analyses carried their search `words` (a multi-entry index), and imports keep an undo
 * journal.
 * Version 3: for 100,000 analyses, writes that cost less: `mentionBlocks` (the mentions of many
 * analyses in one row) replace the `mentions` rows, search blocks (`searchBlocks`, `searchTerms`) replace the
 * `words` index, and the unused `origin` and `topicIds` indexes go (see upgrade-v3.ts).
 * Version 4: the `actorIds` and `publishedAt` indexes go. They were 7 of the 8 index entries written
 * per analysis and a sixth of an import's time. The search blocks list each analysis under its
 * actors instead, newest first like a word's (see upgrade-v4.ts).
 * Version 5: the reader's own actors (`userAdded`) are indexed as `mine`, so a waking worker reads
 * only them next to the packaged knowledge base, never all 20,000+ actors (see upgrade-v5.ts).
 * Version 6: `nameSightings`, the names one analysis used that may teach an actor once another
 * analysis or a note names them (issue 12, lib/db/learning.ts). Learned actors are actors (`learned`).
 * Version 8: the feeds and channels the reader subscribed to (`sources`, issue 15) and which
 * analyses each one added (`sourceItems`); new tables only, nothing to upgrade.
 * Version 10: search words folded as the detector folds them (see upgrade-v10.ts).
 * Version 11: one URL identity: stored notes and analyses under their page key (see upgrade-v11.ts).
 */
export class BackstoryDB extends Dexie {
  actors!: EntityTable<Actor, 'id'>;
  analyses!: EntityTable<Analysis, 'id'>;
  mentionBlocks!: EntityTable<MentionBlock, 'key'>;
  searchBlocks!: EntityTable<SearchBlock, 'key'>;
  searchTerms!: EntityTable<SearchTermRow, 'key'>;
  topics!: EntityTable<Topic, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  importJournal!: EntityTable<JournalRow, 'seq'>;
  sources!: EntityTable<Source, 'id'>;
  sourceItems!: EntityTable<SourceItem, 'analysisId'>;
  nameSightings!: EntityTable<PendingName, 'key'>;

  constructor(name = 'backstory') {
    super(name);
    this.version(1).stores(V1);
    this.version(2)
      .stores({ analyses: `${V1.analyses}, *words`, importJournal: '++seq, importId' })
      .upgrade(upgradeToV2);
    this.version(3)
      .stores({
        analyses: 'id, url, publishedAt, *actorIds',
        mentions: null,
        mentionBlocks: 'key',
        searchBlocks: 'key',
        searchTerms: 'key',
      })
      .upgrade(upgradeToV3);
    this.version(4).stores({ analyses: 'id, url' }).upgrade(upgradeToV4);
    this.version(5).stores({ actors: 'id, kind, name, mine' }).upgrade(upgradeToV5);
    // A new table only: nothing to upgrade (the names of analyses stored before are not learned from).
    this.version(6).stores({ nameSightings: 'key' });
    this.version(8).stores({ sources: 'id', sourceItems: 'analysisId, sourceId' });
    // Search words folded as the detector folds them (see upgrade-v10.ts). Version 9 is languages'.
    this.version(10).stores({}).upgrade(upgradeToV10);
    // Notes' and analyses' addresses as their page's one identity (see upgrade-v11.ts, lib/page-url.ts).
    this.version(11).stores({}).upgrade(upgradeToV11);
    // The rows are `Actor`s with the index field `mine` (see upgrade-v5.ts).
    markOwnActors(this.actors as unknown as Parameters<typeof markOwnActors>[0]);
  }
}
