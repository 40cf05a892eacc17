import type {
  ActorSummary,
  BackgroundMethods,
  ContentMethods,
  NoteDraft,
  PageContext,
  PageState,
  Result,
  SavedPageDraft,
  SiteSettings,
} from '../../lib/messaging/contract';
import type { Note } from '../../lib/model';

/**
 * What the popup needs from the rest of the extension. `main.tsx` wires these to the content script
 * and the background; tests pass fakes. None of them throws: failures come back as `{ ok: false }`.
 */
export interface PopupServices {
  /** The content script's view of the tab; `null` (or an error) when no content script read it. */
  pageState(): Promise<Result<PageState | null>>;
  pageContext(request: BackgroundMethods['pageContext']['request']): Promise<Result<PageContext>>;
  saveNote(draft: NoteDraft): Promise<Result<Note>>;
  /** Deletes a note at once; replies with it as it was, for Undo (null when it was already gone). */
  deleteNote(id: string): Promise<Result<Note | null>>;
  /** Stores a deleted note again exactly as `deleteNote` replied with it. */
  restoreNote(note: Note): Promise<Result<null>>;
  openAnalysis(id: string): Promise<Result<null>>;
  /** The tab's HTML as it is now, from the content script; parsed in the popup, never in the page. */
  articleSnapshot(): Promise<Result<ContentMethods['articleSnapshot']['reply']>>;
  saveAnalysis(draft: SavedPageDraft): Promise<Result<BackgroundMethods['saveAnalysis']['reply']>>;
  siteSettings(url: string): Promise<Result<SiteSettings>>;
  setSiteEnabled(site: string, enabled: boolean): Promise<Result<SiteSettings>>;
  setPaused(paused: boolean): Promise<Result<null>>;
  openOptions(): Promise<Result<null>>;
  /** What the reader can do with a learned actor of the page (issue 12). */
  learned: LearnedActions;
}

/** The options page's actions on a learned actor, through the background (`LearnedMethods`). */
export interface LearnedActions {
  confirm(actorId: string): Promise<Result<ActorSummary>>;
  dismiss(actorId: string): Promise<Result<null>>;
  /** Renames it and adds the aliases given. */
  edit(actorId: string, name: string, addAliases: string[]): Promise<Result<ActorSummary>>;
  merge(fromId: string, intoId: string): Promise<Result<ActorSummary>>;
  /** Actors to merge into, by name or alias. */
  find(query: string): Promise<Result<ActorSummary[]>>;
}

/** What the browser itself says about the tab, for pages the content script did not read. */
export interface TabInfo {
  /** Absent when the browser does not reveal it (no host permission for the page). */
  url?: string;
  title?: string;
}
