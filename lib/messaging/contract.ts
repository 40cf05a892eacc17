/**
 * Every message a Backstory context may send, by direction, with its request and reply types.
 * Nothing else crosses a context boundary; `client.ts` is the only way to send one.
 */

import type { HighlightPrefs } from '../db/highlight-prefs';
import type { EntityMention } from '../detect/types';
import type { Actor, ActorKind, Note, TextQuote } from '../model';
import type { Source } from '../sources/model';

/** The part of an actor a card or a list shows. */
export interface ActorSummary {
  id: string;
  name: string;
  kind: ActorKind;
  description: string;
  asOf?: string;
  /** True for an actor learned from the reader's library (issue 12) that they have not confirmed. */
  learned?: boolean;
}

/** A piece of text split around the words that make it relevant; always rendered as text. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** A prior analysis offered as context, with why. */
export interface RelatedAnalysis {
  id: string;
  title: string;
  source: string;
  url: string;
  publishedAt: string;
  snippet: Snippet;
  score: number;
  sharedActorIds: string[];
  sharedTopicIds: string[];
}

/** One actor found on a page, with how often it appears. */
export interface PageActor extends ActorSummary {
  count: number;
}

export interface PageTopic {
  id: string;
  label: string;
  score: number;
}

/** What the content script knows about its page. */
export interface PageState {
  /**
   * False when Backstory did not read this page (not an article, switched off, paused): the lists are
   * empty, but the URL still lets the popup show the site switch and take a note on the page.
   */
  read: boolean;
  url: string;
  title: string;
  /** The passage selected in the page when asked, to quote in a note. */
  selection: TextQuote | null;
  actors: PageActor[];
  topics: PageTopic[];
  /** Main-thread time the first reading of the page took, by step; absent when it was not read. */
  timing?: ReadTiming;
}

/**
 * Main-thread time of one reading of a page, in ms, waits excluded: collecting the text and handing it
 * to the worker (the content script's share of detection), then highlighting (DOM changes and the
 * layout checks that keep lines from re-wrapping).
 */
export interface ReadTiming {
  collectMs: number;
  sendMs: number;
  highlightMs: number;
  /** Wall-clock time from the start of reading to the first highlights. */
  firstHighlightsAfterMs: number | null;
}

export interface PageDetection {
  /** True when the reader switched Backstory off for this site or paused it: nothing was read. */
  off: boolean;
  /**
   * Confident mentions of known actors the reader wants highlighted (see `HighlightPrefs`), offsets
   * into the text that was sent.
   */
  mentions: EntityMention[];
  actors: ActorSummary[];
  /**
   * Of `actors`, those the shipped knowledge base has: their ids may show in the page. The others get
   * an opaque id there (see lib/page/page-ids.ts).
   */
  shipped: string[];
  topics: PageTopic[];
}

export interface CardData {
  actor: ActorSummary;
  analyses: RelatedAnalysis[];
  notes: Note[];
}

export interface PageContext {
  related: RelatedAnalysis[];
  notes: Note[];
}

export interface NoteDraft {
  text: string;
  url: string;
  pageTitle: string;
  /** Absent for a note on the page itself. */
  actorId?: string;
  quote?: TextQuote;
}

/**
 * Calls the options page makes about sources (issue 15, answered by lib/sources/handlers.ts). The
 * page reads the sources themselves from the database; these change them.
 */
export interface SourceMethods {
  /** Adds a feed or channel (the page has asked for its host permission) and starts its first check. */
  addSource: { request: { input: string }; reply: Source };
  /** Starts a check now; the source's row shows it running and its outcome. */
  refreshSource: { request: { id: string }; reply: null };
  setSourcePaused: { request: { id: string; paused: boolean }; reply: null };
  /** Replies with the host permission given back, if no other source needed it. */
  removeSource: { request: { id: string; withAnalyses: boolean }; reply: { released: string | null } };
}

/**
 * What the popup and side panel do with an actor learned from the library (issue 12): the options
 * page's actions (lib/db/learned-admin.ts, lib/db/actors-admin.ts), answered by
 * lib/background/learned-handlers.ts, which then rebuilds the detector and refreshes the tabs.
 */
export interface LearnedMethods {
  /** Keeps a learned actor as the reader's own. */
  confirmLearned: { request: { actorId: string }; reply: ActorSummary };
  /** Removes a learned actor; its name is never learned again. */
  dismissLearned: { request: { actorId: string }; reply: null };
  /** Renames an actor and adds aliases (each a name the actor is also written as). */
  editActor: { request: { actorId: string; name: string; addAliases: string[] }; reply: ActorSummary };
  /** Merges an actor into another; a learned actor's name is then not learned again. */
  mergeActor: { request: { fromId: string; intoId: string }; reply: ActorSummary };
  /** Actors whose name or an alias contains `query` (folded), the reader's and stored packaged ones. */
  findActors: { request: { query: string; limit: number }; reply: ActorSummary[] };
}

/** Calls a content script or an extension page makes to the background. */
export interface BackgroundMethods extends SourceMethods, LearnedMethods {
  detect: { request: { text: string }; reply: PageDetection };
  actorCard: { request: { actorId: string; url: string }; reply: CardData };
  openAnalysis: { request: { analysisId: string }; reply: null };
  pageContext: { request: { url: string; actorIds: string[]; topicIds: string[] }; reply: PageContext };
  saveNote: { request: NoteDraft; reply: Note };
  /**
   * Deletes a note at once and replies with it as it was (null when it was not there): the page that
   * asked offers Undo, which gives it back to `restoreNote`. Nothing waits on the page that asked, so a
   * popup closed during the Undo offer leaves the note deleted.
   */
  deleteNote: { request: { id: string }; reply: Note | null };
  /** Puts a deleted note back exactly as `deleteNote` gave it (id, text, quote, actor, dates). */
  restoreNote: { request: { note: Note }; reply: null };
  getActor: { request: { actorId: string }; reply: Actor | null };
  getAnalysis: { request: { analysisId: string }; reply: AnalysisView | null };
  /** After actors, topics or analyses changed elsewhere (options page, import): rebuild, refresh tabs. */
  knowledgeChanged: { request: Record<string, never>; reply: null };
  siteSettings: { request: { url: string }; reply: SiteSettings };
  setSiteEnabled: { request: { site: string; enabled: boolean }; reply: SiteSettings };
  setPaused: { request: { paused: boolean }; reply: null };
  /** Stores which actors pages highlight and refreshes the tabs; replies with what was stored. */
  setHighlightPrefs: { request: HighlightPrefs; reply: HighlightPrefs };
  /** Stores (or updates, same URL) an analysis the reader saved; replies with what was stored. */
  saveAnalysis: { request: SavedPageDraft; reply: { id: string; created: boolean; actorIds: string[] } };
}

/** A page the reader saves as an analysis, extracted by the caller (Readability in the popup). */
export interface SavedPageDraft {
  url: string;
  title: string;
  source: string;
  author?: string;
  publishedAt?: string;
  text: string;
}

/** Whether Backstory reads a site, as the popup's switch shows it. */
export interface SiteSettings {
  /** Null for pages that are not web pages. */
  site: string | null;
  enabled: boolean;
  paused: boolean;
  disabledSites: string[];
}

/** Calls an extension page makes to a tab's content script. */
export interface ContentMethods {
  pageState: { request: Record<string, never>; reply: PageState | null };
  /** Settings or knowledge changed: read the page again, or take the highlights away. */
  refresh: { request: Record<string, never>; reply: null };
  /** Moves focus to the next or previous highlight (the keyboard command), which opens its card. */
  focusHighlight: { request: { direction: 1 | -1 }; reply: null };
  /** The page's HTML as it is now, for saving it as an analysis (parsed by the caller, never here). */
  articleSnapshot: { request: Record<string, never>; reply: { url: string; title: string; html: string } };
  /** What the actor card shows in this tab; null before the page is read. */
  cardView: { request: Record<string, never>; reply: CardView | null };
}

/**
 * Calls the background makes to the extension's own pages: the side panel answers them (the
 * context menu's "Note on this selection" while the panel is already open).
 */
export interface PanelMethods {
  /** Show tab `tabId` with the note form quoting the selection (`text` when the page gives none). */
  noteOnSelection: { request: { tabId: number; text: string }; reply: null };
}

/** The actor card as its tab's content script sees it (its shadow root is closed to the page). */
export interface CardView {
  open: boolean;
  title: string;
  /** All the card's text, whitespace collapsed. */
  text: string;
  analyses: string[];
  notes: string[];
  /** The card's painted background while open. */
  background: string | null;
  /** Elements in the card that only injected markup could have made (images, scripts, handlers). */
  markup: number;
  /** The text of each element of the card that reads right to left (an Arabic title, say). */
  rtl: string[];
  /**
   * The card's shadow tree as markup, styles included, for the accessibility check of the tests
   * (axe cannot enter a closed shadow root). Only extension pages can ask for a card view.
   */
  html: string;
}

/** An analysis as the viewer page shows it. */
export interface AnalysisView {
  id: string;
  title: string;
  source: string;
  author?: string;
  url: string;
  publishedAt: string;
  text: string;
  actors: ActorSummary[];
}

/** The only calls a web page's content script may make; the rest need an extension page. */
export const CONTENT_SCRIPT_METHODS: ReadonlySet<keyof BackgroundMethods> = new Set([
  'detect',
  'actorCard',
  'openAnalysis',
]);

/**
 * Why a call failed as a message name of the interface's catalogues and what fills it (a
 * `SourceError`'s `key` and `params`), so the page shows it in the reader's language: an `Error`
 * crossing the messaging keeps only its text.
 */
export interface ErrorWords {
  key: string;
  params: string[];
}

/** A call's outcome; `error` is English, `words` (when the error had them) say it in any language. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; words?: ErrorWords };

export type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
export type ReplyOf<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;
