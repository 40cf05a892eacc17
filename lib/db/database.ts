import { Dexie, type EntityTable } from 'dexie';
import type { Actor, Analysis, Mention, Note, Topic } from '../model';

/** One key/value row of settings (starter-data version, disabled sites, ...). */
export interface Setting {
  key: string;
  value: unknown;
}

/** Mention rows carry a compound key so re-indexing an analysis replaces, never duplicates. */
export interface MentionRow extends Mention {
  key: string;
}

/**
 * The one database. Schema changes are new versions with an upgrade function and a test that data
 * written by the previous version survives (house style, rule 7): never edit a shipped version.
 */
export class BackstoryDB extends Dexie {
  actors!: EntityTable<Actor, 'id'>;
  analyses!: EntityTable<Analysis, 'id'>;
  mentions!: EntityTable<MentionRow, 'key'>;
  topics!: EntityTable<Topic, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'backstory') {
    super(name);
    this.version(1).stores({
      actors: 'id, kind, name',
      analyses: 'id, url, publishedAt, origin, *actorIds, *topicIds',
      mentions: 'key, analysisId, actorId',
      topics: 'id',
      notes: 'id, url, actorId, createdAt',
      settings: 'key',
    });
  }
}

export function mentionKey(analysisId: string, actorId: string): string {
  return `${analysisId}\u0000${actorId}`;
}
