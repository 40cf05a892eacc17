/**
 * The records Backstory keeps. Every context (content script, background, popup, options) speaks in
 * these types; the database stores them as they are.
 */

/** What an actor is. A state's capital used for its government is an alias of the state. */
export const ACTOR_KINDS = ['person', 'state', 'organisation', 'place'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * How an alias names its actor. Detection uses the role: a `capital` or `metonym` names the
 * government only in some contexts, a `demonym` ("Turkish") is an adjective, a `surname` alone is
 * weaker than a full name.
 */
export const ALIAS_ROLES = [
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
] as const;
export type AliasRole = (typeof ALIAS_ROLES)[number];

export interface Alias {
  text: string;
  role: AliasRole;
}

export interface Actor {
  /** Stable id: `state:TR`, `person:hakan-fidan`, `org:nato`, `place:istanbul`, `user:<uuid>`. */
  id: string;
  name: string;
  kind: ActorKind;
  /** One line: who or what this is. */
  description: string;
  aliases: Alias[];
  /** ISO 3166-1 alpha-2 code of the state this actor is or belongs to, when there is one. */
  country?: string;
  /** The date (YYYY-MM-DD) the description was true as of, for facts that change (offices). */
  asOf?: string;
  /** Where the facts come from (a data package or a curated source). */
  source?: string;
  /** True for actors the reader added or edited; starter-data refreshes leave them alone. */
  userAdded?: boolean;
  /** The actor's Wikidata item (`Q…`), where the source gives it. */
  wikidata?: string;
  /**
   * Set on a starter actor a newer starter knowledge base no longer has, kept because the reader has
   * notes on it: the version of the knowledge base that dropped it (see `seedStarterData`). Detection
   * must not match a retired actor; its card and its notes stay.
   */
  retired?: string;
  /**
   * Set on an actor learned from the reader's library (issue 12, `lib/learn`): the name key its forms
   * meet under, the sources that named it and where it was first seen. Confirming the actor removes it
   * (the actor is then the reader's own); renaming keeps it.
   */
  learned?: LearnedFrom;
}

/** Where a learned actor comes from. */
export interface LearnedFrom {
  key: string;
  sources: string[];
  firstSeen: { analysisId: string; publishedAt: string } | null;
}

export interface Topic {
  /** Stable id, e.g. `mediation`, `sanctions`, `energy`. */
  id: string;
  label: string;
  /** Words and phrases that signal the topic (matched case-insensitively, whole words). */
  terms: string[];
  userAdded?: boolean;
}

/** Where an analysis came from. */
/** `feed`: an entry of a feed the reader subscribed to (see lib/sources). */
export type AnalysisOrigin = 'sample' | 'saved-page' | 'telegram' | 'import' | 'feed';

export interface Analysis {
  /** Stable id: a hash of the URL for saved pages, `tg:<channel>:<post>` for Telegram posts. */
  id: string;
  /** http(s) URL of the original, or '' when there is none. */
  url: string;
  title: string;
  /** Publication or channel name. */
  source: string;
  author?: string;
  /** ISO 8601 date-time. */
  publishedAt: string;
  text: string;
  /** Actors detected in the text (denormalised from mentions for the multi-entry index). */
  actorIds: string[];
  /** Topics detected in the text. */
  topicIds: string[];
  /** The text's language (ISO 639-1) as detection identified it; absent when it could not tell. */
  lang?: string;
  origin: AnalysisOrigin;
  /** Epoch ms when it entered the database. */
  addedAt: number;
  /** Links the analysis cites (Telegram posts keep theirs). */
  links?: string[];
  /** Hashtags without the '#'. */
  hashtags?: string[];
}

/** One actor in one analysis: how often, and where first (for the "why related" snippet). */
export interface Mention {
  analysisId: string;
  actorId: string;
  count: number;
  /** Where the first mention starts in the analysis text, and its length. */
  firstOffset: number;
  firstLength: number;
}

export interface Note {
  id: string;
  text: string;
  /** The page the note was written on (always set). */
  url: string;
  pageTitle: string;
  /** Set when the note is on an actor: it then comes back wherever that actor appears. */
  actorId?: string;
  createdAt: number;
  updatedAt: number;
  /** The passage the note is about, when the reader had text selected. */
  quote?: TextQuote;
}

/** A quoted passage, as a W3C Web Annotation TextQuoteSelector. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}
