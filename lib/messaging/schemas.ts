import * as v from 'valibot';
import { ACTOR_KINDS } from '../db/highlight-prefs';
import type { BackgroundMethods, RequestOf, Result } from './contract';

/** Ids, URLs and titles are short; anything longer is not from our own pages. */
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(2_000));
const url = v.pipe(v.string(), v.maxLength(8_000));
const shortText = v.pipe(v.string(), v.maxLength(2_000));
const longText = v.pipe(v.string(), v.maxLength(2_000_000));
const ids = v.pipe(v.array(id), v.maxLength(5_000));
const none = v.object({});
const quote = v.object({ exact: longText, prefix: shortText, suffix: shortText });

type Schemas = { [K in keyof BackgroundMethods]: v.GenericSchema<unknown, RequestOf<BackgroundMethods, K>> };

/** The shape of every request the background accepts. */
export const REQUEST_SCHEMAS: Schemas = {
  detect: v.object({ text: longText }),
  actorCard: v.object({ actorId: id, url }),
  openAnalysis: v.object({ analysisId: id }),
  pageContext: v.object({ url, actorIds: ids, topicIds: ids }),
  saveNote: v.object({
    text: longText,
    url,
    pageTitle: shortText,
    actorId: v.optional(id),
    quote: v.optional(quote),
  }),
  deleteNote: v.object({ id }),
  restoreNote: v.object({
    note: v.object({
      id,
      text: longText,
      url,
      pageTitle: shortText,
      actorId: v.optional(id),
      quote: v.optional(quote),
      createdAt: v.number(),
      updatedAt: v.number(),
    }),
  }),
  getActor: v.object({ actorId: id }),
  getAnalysis: v.object({ analysisId: id }),
  knowledgeChanged: none,
  siteSettings: v.object({ url }),
  setSiteEnabled: v.object({ site: id, enabled: v.boolean() }),
  setPaused: v.object({ paused: v.boolean() }),
  setHighlightPrefs: v.object({
    kinds: v.pipe(v.array(v.picklist(ACTOR_KINDS)), v.maxLength(ACTOR_KINDS.length)),
  }),
  addSource: v.object({ input: url }),
  refreshSource: v.object({ id }),
  setSourcePaused: v.object({ id, paused: v.boolean() }),
  removeSource: v.object({ id, withAnalyses: v.boolean() }),
  confirmLearned: v.object({ actorId: id }),
  dismissLearned: v.object({ actorId: id }),
  editActor: v.object({
    actorId: id,
    name: shortText,
    addAliases: v.pipe(v.array(shortText), v.maxLength(100)),
  }),
  mergeActor: v.object({ fromId: id, intoId: id }),
  findActors: v.object({
    query: shortText,
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  }),
  saveAnalysis: v.object({
    url,
    title: shortText,
    source: shortText,
    author: v.optional(shortText),
    publishedAt: v.optional(shortText),
    text: longText,
  }),
} as Schemas;

/**
 * The payload as the handler may trust it (unknown keys dropped), or the first problem in words.
 * A message that does not fit is refused before any handler runs, whoever sent it.
 */
export function parseRequest(method: keyof BackgroundMethods, payload: unknown): Result<unknown> {
  const result = v.safeParse(REQUEST_SCHEMAS[method], payload);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `Malformed ${method} request${path ? ` (${path})` : ''}: ${issue.message}` };
}
