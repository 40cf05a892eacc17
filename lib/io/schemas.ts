import * as v from 'valibot';
import { isTimeInRange } from '../dates';
import { ACTOR_KINDS, ALIAS_ROLES } from '../model';
import { english, type Problem, problemOfMessage, problemText, words } from './problems';

/**
 * Record schemas for imported JSON (JSON Lines and backups). Messages are written to follow the
 * field name: "publishedAt is not a date". Unknown keys are dropped, not refused, so files from newer
 * versions still import.
 */
const text = v.string(english('problemNotText'));
const needed = v.pipe(text, v.trim(), v.nonEmpty(english('problemEmpty')));
const time = v.pipe(
  v.number(english('problemNotNumber')),
  v.integer(english('problemNotWhole')),
  v.check(isTimeInRange, english('problemTimeRange')),
);
const date = v.pipe(
  text,
  v.check((s) => !Number.isNaN(Date.parse(s)), english('problemNotDate')),
);
const webUrl = v.pipe(
  text,
  v.check((s) => s === '' || /^https?:\/\//i.test(s), english('problemNotWebAddress')),
);
const texts = v.array(text, english('problemNotTextList'));

export const AnalysisSchema = v.object({
  id: v.optional(needed),
  url: v.optional(webUrl, ''),
  title: v.optional(text, ''),
  source: v.optional(text, ''),
  author: v.optional(text),
  publishedAt: date,
  text: needed,
  origin: v.optional(
    v.picklist(['sample', 'saved-page', 'telegram', 'import', 'feed'], english('problemNotOrigin')),
    'import',
  ),
  addedAt: v.optional(time),
  links: v.optional(texts),
  hashtags: v.optional(texts),
});

const kind = v.picklist(ACTOR_KINDS, english('problemNotActorKind'));
const role = v.picklist(ALIAS_ROLES, english('problemNotAliasRole'));

export const ActorSchema = v.object({
  id: needed,
  name: needed,
  kind,
  description: v.optional(text, ''),
  aliases: v.optional(v.array(v.object({ text: needed, role }), english('problemNotList')), []),
  country: v.optional(text),
  asOf: v.optional(text),
  source: v.optional(text),
  userAdded: v.optional(v.boolean(english('problemNotBoolean'))),
  wikidata: v.optional(text),
  retired: v.optional(text),
  learned: v.optional(
    v.object({
      key: needed,
      sources: v.optional(v.array(text, english('problemNotList')), []),
      firstSeen: v.optional(v.nullable(v.object({ analysisId: needed, publishedAt: text })), null),
    }),
  ),
});

export const TopicSchema = v.object({
  id: needed,
  label: needed,
  terms: texts,
  userAdded: v.optional(v.boolean(english('problemNotBoolean'))),
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
  kind: v.picklist(['feed', 'telegram'], english('problemNotSourceKind')),
  url: v.pipe(
    needed,
    v.check((s) => /^https?:\/\//i.test(s), english('problemNotWebAddress')),
  ),
  name: v.optional(text, ''),
  addedAt: time,
  intervalMinutes: v.optional(
    v.pipe(
      v.number(english('problemNotNumber')),
      v.integer(english('problemNotWhole')),
      v.minValue(1, english('problemBelowOne')),
    ),
    120,
  ),
  paused: v.optional(v.boolean(english('problemNotBoolean')), false),
  added: v.optional(
    v.pipe(
      v.number(english('problemNotNumber')),
      v.integer(english('problemNotWhole')),
      v.minValue(0, english('problemNegative')),
    ),
    0,
  ),
  items: v.optional(v.array(needed, english('problemNotIdList')), []),
});

/**
 * Validates a record; the parsed value, or the first reason it is refused in plain words
 * ("text is missing", "aliases[2].role is not a known alias role").
 */
export function validate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; reason: string; problem: Problem } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const problem = { why: words('problemNotObject') };
    return { ok: false, reason: problemText(problem), problem };
  }
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const field = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  const problem = problemOfMessage(
    field,
    issue.input === undefined ? english('problemMissing') : issue.message,
  );
  return { ok: false, reason: problemText(problem), problem };
}
