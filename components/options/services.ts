import type { HighlightPrefs } from '../../lib/db/highlight-prefs';
import type { Shortcut } from '../../lib/extension/shortcuts';
import type { ImportOptions, ImportReport, SearchHit } from '../../lib/io/types';
import type { Actor, Note } from '../../lib/model';
import type { Source } from '../../lib/sources/model';

/** A source with whether the browser lets Backstory read its host (a restored one may not, yet). */
export type SourceRow = Source & { allowed: boolean };

/** What the sources panel needs; `entrypoints/options/wire.ts` connects it, tests pass fakes. */
export interface SourcesServices {
  list(): Promise<SourceRow[]>;
  /** Asks for the source's host permission (on the reader's click), then adds it. */
  add(input: string): Promise<Source>;
  /** Asks for a stored source's host permission (on the reader's click), then checks it. */
  allow(source: Pick<Source, 'id' | 'url'>): Promise<void>;
  refresh(id: string): Promise<void>;
  setPaused(id: string, paused: boolean): Promise<void>;
  remove(id: string, withAnalyses: boolean): Promise<void>;
}

/** One entry of an actor's timeline, newest first as given. */
export type TimelineEntry =
  | { kind: 'analysis'; id: string; title: string; source: string; date: string }
  | { kind: 'note'; note: Note };

/** What deleting an actor did, and how to take it back. */
export interface DeletedActor {
  /** Notes that were on the actor and now stay on the pages they were written on. */
  notesKept: number;
  undo(): Promise<void>;
}

/** The three whole-library exports, by what the reader picks. */
export type ExportKind = 'backup' | 'annotations' | 'analyses';

/** Disabled sites and the global pause, as the background keeps them. */
export interface SitesState {
  disabledSites: string[];
  paused: boolean;
}

/**
 * What the options page needs. `entrypoints/options/wire.ts` connects these to the database (the
 * page shares the extension's origin) and to the background; tests pass fakes. Unlike the popup's
 * services these may reject: every caller shows the error's message to the reader.
 */
export interface OptionsServices {
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Undefined when the note is gone. */
  getNote(id: string): Promise<Note | undefined>;
  listActors(): Promise<Actor[]>;
  saveActor(actor: Actor): Promise<void>;
  mergeActors(fromId: string, intoId: string): Promise<void>;
  /** A learned actor (issue 12) becomes the reader's own. */
  confirmLearned(id: string): Promise<void>;
  /** A learned actor goes, and its name is never learned again. */
  dismissLearned(id: string): Promise<void>;
  deleteActor(id: string): Promise<DeletedActor>;
  timeline(actorId: string): Promise<TimelineEntry[]>;
  actorMarkdown(actorId: string): Promise<string>;
  importFile(file: File, options: ImportOptions): Promise<ImportReport>;
  exportFile(kind: ExportKind): Promise<Blob>;
  /** Starts a download of `blob` named `name`. */
  download(blob: Blob, name: string): void;
  sites(): Promise<SitesState>;
  setSiteEnabled(site: string, enabled: boolean): Promise<SitesState>;
  setPaused(paused: boolean): Promise<void>;
  /** Which actors pages highlight, as stored (the defaults when nothing valid is). */
  highlightPrefs(): Promise<HighlightPrefs>;
  /** Stores the prefs through the background, which refreshes the tabs; replies with what was stored. */
  setHighlightPrefs(prefs: HighlightPrefs): Promise<HighlightPrefs>;
  /** Tells the background that actors, topics or analyses changed: it rebuilds and refreshes tabs. */
  knowledgeChanged(): Promise<void>;
  /** How many actors the library holds, and the first seed's progress while it runs. */
  knowledgeStatus(): Promise<KnowledgeStatus>;
  /** True when the browser keeps the database even under storage pressure. */
  requestPersistence(): Promise<boolean>;
  /** The keyboard shortcuts as the browser has them set; absent where there are none to list. */
  shortcuts?(): Promise<Shortcut[]>;
  /** Where the reader changes the shortcuts in this browser. */
  shortcutHint?: string;
  /** Feeds and channels (issue 15); the Sources section shows only when given. */
  sources?: SourcesServices;
}

/** The knowledge base in the library: its size and version, or the first seed's progress. */
export interface KnowledgeStatus {
  actors: number;
  version: number;
  seeding: boolean;
  done: number;
  total: number;
}
