import * as v from 'valibot';
import { isTimeInRange } from '../dates';
import { ACTOR_KINDS, ALIAS_ROLES } from '../model';

/**
 * Record schemas for imported JSON (JSON Lines and backups). Messages are written to follow the
 * field name: "publishedAt is not a date". Unknown keys are dropped, not refused, so files from newer
 * versions still import.
 */
const text = v.string('is not text');
const needed = v.pipe(text, v.trim(), v.nonEmpty('is empty'));
const time = v.pipe(
  v.number('is not a number'),
  v.integer('is not a whole number'),
  v.check(isTimeInRange, 'is not a time a date can hold'),
);
const date = v.pipe(
  text,
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
);
const webUrl = v.pipe(
  text,
  v.check((s) => s === '' || /^https?:\/\//i.test(s), 'is not an http(s) address'),
);
const words = v.array(text, 'is not a list of texts');

export const AnalysisSchema = v.object({
  id: v.optional(needed),
  url: v.optional(webUrl, ''),
  title: v.optional(text, ''),
  source: v.optional(text, ''),
  author: v.optional(text),
  publishedAt: date,
  text: needed,
  origin: v.optional(
    v.picklist(['sample', 'saved-page', 'telegram', 'import', 'feed'], 'is not a known origin'),
    'import',
  ),
  addedAt: v.optional(time),
  links: v.optional(words),
  hashtags: v.optional(words),
});

const kind = v.picklist(ACTOR_KINDS, 'is not person, state, organisation or place');
const role = v.picklist(ALIAS_ROLES, 'is not a known alias role');

export const ActorSchema = v.object({
  id: needed,
  name: needed,
  kind,
  description: v.optional(text, ''),
  aliases: v.optional(v.array(v.object({ text: needed, role }), 'is not a list'), []),
  country: v.optional(text),
  asOf: v.optional(text),
  source: v.optional(text),
  userAdded: v.optional(v.boolean('is not true or false')),
  wikidata: v.optional(text),
  retired: v.optional(text),
  learned: v.optional(
    v.object({
      key: needed,
      sources: v.optional(v.array(text, 'is not a list'), []),
      firstSeen: v.optional(v.nullable(v.object({ analysisId: needed, publishedAt: text })), null),
    }),
  ),
});

export const TopicSchema = v.object({
  id: needed,
  label: needed,
  terms: words,
  userAdded: v.optional(v.boolean('is not true or false')),
});

export const NoteSchema = v.object({
  id: needed,
  text: needed,
  url: needed,
  pageTitle: v.optional(text, ''),
  actorId: v.optional(needed),
  createdAt: time,
  updatedAt: time,
  quote: v.optional(v.object({ exact: text, prefix: v.optional(text, ''), suffix: v.optional(text, '') })),
});

export const SettingSchema = v.object({ key: needed, value: v.unknown() });

/** A subscribed feed or channel (issue 15): see `SourceBackup` in lib/sources/backup.ts. */
export const SourceSchema = v.object({
  kind: v.picklist(['feed', 'telegram'], 'is not feed or telegram'),
  url: v.pipe(
    needed,
    v.check((s) => /^https?:\/\//i.test(s), 'is not an http(s) address'),
  ),
  name: v.optional(text, ''),
  addedAt: time,
  intervalMinutes: v.optional(
    v.pipe(v.number('is not a number'), v.integer('is not a whole number'), v.minValue(1, 'is below 1')),
    120,
  ),
  paused: v.optional(v.boolean('is not true or false'), false),
  added: v.optional(
    v.pipe(v.number('is not a number'), v.integer('is not a whole number'), v.minValue(0, 'is negative')),
    0,
  ),
  items: v.optional(v.array(needed, 'is not a list of analysis ids'), []),
});

/**
 * Validates a record; the parsed value, or the first reason it is refused in plain words
 * ("text is missing", "aliases[2].role is not a known alias role").
 */
export function validate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; reason: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'it is not a JSON object' };
  }
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const field = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  const what = issue.input === undefined ? 'is missing' : issue.message;
  return { ok: false, reason: field ? `${field} ${what}` : what };
}
