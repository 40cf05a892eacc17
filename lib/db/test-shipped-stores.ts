/**
 * The stores of each shipped database version, written out as they shipped: the migration tests'
 * frozen copies (house style, rule 14), kept apart from database.ts so that an edit to a shipped
 * version there shows up as a failing upgrade here. Never edit one; a new version adds its own.
 */
export const SHIPPED_V1 = {
  actors: 'id, kind, name',
  analyses: 'id, url, publishedAt, origin, *actorIds, *topicIds',
  mentions: 'key, analysisId, actorId',
  topics: 'id',
  notes: 'id, url, actorId, createdAt',
  settings: 'key',
};

export const SHIPPED_V2 = {
  ...SHIPPED_V1,
  analyses: 'id, url, publishedAt, origin, *actorIds, *topicIds, *words',
  importJournal: '++seq, importId',
};

export const SHIPPED_V3 = {
  ...SHIPPED_V2,
  analyses: 'id, url, publishedAt, *actorIds',
  mentions: null,
  mentionBlocks: 'key',
  searchBlocks: 'key',
  searchTerms: 'key',
};

export const SHIPPED_V4 = { ...SHIPPED_V3, analyses: 'id, url' };

export const SHIPPED_V5 = { ...SHIPPED_V4, actors: 'id, kind, name, mine' };

/** Version 6 added `nameSightings`, version 8 `sources` and `sourceItems` (7 was never shipped). */
export const SHIPPED_V8 = {
  ...SHIPPED_V5,
  nameSightings: 'key',
  sources: 'id',
  sourceItems: 'analysisId, sourceId',
};

/** Versions 9 and 10 changed no store. */
export const SHIPPED_V10 = { ...SHIPPED_V8 };
