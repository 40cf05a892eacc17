import { substitute } from '../i18n/format';
import { isSourceFailureKey, SOURCE_FAILURES } from '../sources/source-error';

/**
 * Why one record of an import was not imported, and where it is, in English with `$1`, `$2` for what
 * varies. Each name is a message of the interface's catalogues too (the English one word for word,
 * which a unit test keeps), so the import report lists problems in the reader's language; the
 * English text stays in the report beside the name. Field reasons follow the field's path
 * ("publishedAt is not a date"); the path itself is the file's own and is never translated.
 */
export const IMPORT_PROBLEMS = {
  problemNotText: 'is not text',
  problemEmpty: 'is empty',
  problemNotNumber: 'is not a number',
  problemNotWhole: 'is not a whole number',
  problemTimeRange: 'is not a time a date can hold',
  problemNotDate: 'is not a date',
  problemNotWebAddress: 'is not an http(s) address',
  problemNotTextList: 'is not a list of texts',
  problemNotOrigin: 'is not a known origin',
  problemNotActorKind: 'is not person, state, organisation or place',
  problemNotAliasRole: 'is not a known alias role',
  problemNotList: 'is not a list',
  problemNotBoolean: 'is not true or false',
  problemNotSourceKind: 'is not feed or telegram',
  problemBelowOne: 'is below 1',
  problemNegative: 'is negative',
  problemNotIdList: 'is not a list of analysis ids',
  problemMissing: 'is missing',
  problemNotObject: 'it is not a JSON object',
  problemLineNotJson: 'the line is not valid JSON',
  problemNotMessage: 'it is not a message object',
  problemNoId: 'the message has no id',
  problemNoDate: 'the message has no readable date',
  problemDateRange: "the message's date_unixtime ($1) is out of range",
  problemUnknownSetting: 'is not a setting Backstory knows',
  problemNotNameList: 'is not a list of names',
  problemNotNamed: 'is not a name with a key and a form',
  problemNotSiteList: 'is not a list of sites',
  problemNotSite: 'is not a site name',
  problemNotObjectValue: 'is not an object',
  problemNotMode: 'is not all or library',
  problemNotKindList: 'is not a list of person, state, organisation or place',
  problemOther: '$1',
  problemAtLine: 'line $1',
  problemAtMessage: 'message $1',
  problemAtMessageId: 'message $1 (id $2)',
  problemAtChat: 'chat $1 ($2)',
  problemAtChatUnnamed: 'chat $1 (unnamed)',
} as const;

/** The name of one reason (or place) of an import problem. */
export type ImportProblemKey = keyof typeof IMPORT_PROBLEMS;

/** A message name and what fills its `$1`, `$2`: words the interface can say in its language. */
export interface Words {
  /** A name of `IMPORT_PROBLEMS`, or of `SOURCE_FAILURES` for a source a backup could not restore. */
  key: string;
  params: string[];
}

/** Why a record was refused: the reason's words, after the field's path when it is a field's. */
export interface Problem {
  field?: string;
  why: Words;
}

/** Whether a stored name is one of today's problems (a report may hold one a later version wrote). */
export function isImportProblemKey(key: string): key is ImportProblemKey {
  return Object.hasOwn(IMPORT_PROBLEMS, key);
}

/** The words of `key` with what fills it. */
export function words(key: ImportProblemKey, ...params: (string | number)[]): Words {
  return { key, params: params.map(String) };
}

/** The English of a reason that has no parameters, for a schema's messages. */
export function english(key: ImportProblemKey): string {
  return IMPORT_PROBLEMS[key];
}

/** The English of `words` ("line 7"); '' for a name that is neither an import's nor a source's. */
export function englishOf(said: Words): string {
  if (isImportProblemKey(said.key)) return substitute(IMPORT_PROBLEMS[said.key], said.params);
  return isSourceFailureKey(said.key) ? substitute(SOURCE_FAILURES[said.key], said.params) : '';
}

/** The English of a problem: "publishedAt is not a date", "the message has no id". */
export function problemText(problem: Problem, whyText = englishOf(problem.why)): string {
  return problem.field ? `${problem.field} ${whyText}` : whyText;
}

/** The problem named by a schema's English message (today's or a library's own, kept as it is). */
export function problemOfMessage(field: string, message: string): Problem {
  const key = (Object.keys(IMPORT_PROBLEMS) as ImportProblemKey[]).find(
    (k) => IMPORT_PROBLEMS[k] === message,
  );
  return { ...(field ? { field } : {}), why: key ? words(key) : words('problemOther', message) };
}
