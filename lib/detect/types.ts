import type { Actor, ActorKind, AliasRole } from '../model';

/** Entity types as NER scores them. A known actor counts as its kind (person PER, state/place LOC, organisation ORG). */
export type EntityType = 'PER' | 'LOC' | 'ORG';

export interface EntityMention {
  /** UTF-16 offsets into the input text: `text.slice(start, end)` is the mention. */
  start: number;
  end: number;
  /** The known actor meant, or null for a name that is not in the knowledge base. */
  actorId: string | null;
  type: EntityType;
  /** 0..1; the highlighter uses only mentions at or above `CONFIDENT`. */
  confidence: number;
  /**
   * How a known actor was named (absent for unknown names). A `demonym` mention ("Turkish officials")
   * links the actor but is an adjective, not a name: NER scoring leaves it out.
   */
  role?: AliasRole;
}

export interface TopicScore {
  topicId: string;
  /** Relative weight of the topic in the text (higher is stronger); 0 is never reported. */
  score: number;
  /** How many signal terms matched. */
  hits: number;
}

export interface Detection {
  mentions: EntityMention[];
  topics: TopicScore[];
  /** The text's language (ISO 639-1, by `language.ts`); absent when there is too little text to tell. */
  lang?: string;
}

export interface Detector {
  detect(text: string): Detection;
}

/** What the detector needs of an actor: the packaged knowledge base keeps only this in memory. */
export type ActorRef = Pick<Actor, 'id' | 'name' | 'kind' | 'country'>;

/** Mentions at or above this confidence are highlighted and indexed. */
export const CONFIDENT = 0.6;

export const ENTITY_TYPE_OF_KIND: Record<ActorKind, EntityType> = {
  person: 'PER',
  state: 'LOC',
  place: 'LOC',
  organisation: 'ORG',
};
