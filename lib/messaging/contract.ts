/**
 * Every message a Backstory context may send, by direction, with its request and reply types.
 * Nothing else crosses a context boundary; `client.ts` is the only way to send one.
 */
import type { EntityMention } from '../detect/types';
import type { TextQuote } from '../io/types';
import type { Actor, ActorKind, Note } from '../model';

/** The part of an actor a card or a list shows. */
export interface ActorSummary {
  id: string;
  name: string;
  kind: ActorKind;
  description: string;
  asOf?: string;
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
  url: string;
  title: string;
  actors: PageActor[];
  topics: PageTopic[];
}

export interface PageDetection {
  /** Confident mentions of known actors, offsets into the text that was sent. */
  mentions: EntityMention[];
  actors: ActorSummary[];
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

/** Calls a content script or an extension page makes to the background. */
export interface BackgroundMethods {
  detect: { request: { text: string }; reply: PageDetection };
  actorCard: { request: { actorId: string; url: string }; reply: CardData };
  openAnalysis: { request: { analysisId: string }; reply: null };
  pageContext: { request: { url: string; actorIds: string[]; topicIds: string[] }; reply: PageContext };
  saveNote: { request: NoteDraft; reply: Note };
  deleteNote: { request: { id: string }; reply: null };
  getActor: { request: { actorId: string }; reply: Actor | null };
  getAnalysis: { request: { analysisId: string }; reply: AnalysisView | null };
}

/** Calls an extension page makes to a tab's content script. */
export interface ContentMethods {
  pageState: { request: Record<string, never>; reply: PageState | null };
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

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope<M, K extends keyof M = keyof M> {
  backstory: K;
  payload: M[K] extends { request: infer R } ? R : never;
}

export type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
export type ReplyOf<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;
