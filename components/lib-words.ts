import { isImportProblemKey, type Problem } from '../lib/io/problems';
import { isSourceFailureKey } from '../lib/sources/source-error';
import { t } from './i18n';

/**
 * What `lib/` wrote as a message name and its parameters (why a source could not be read, why an
 * import record was refused and where it is), in the interface's language; null for a name this
 * version does not know (a row a later version wrote), when the caller shows the stored English.
 */
export function libWords(key: string | undefined, params: readonly string[] = []): string | null {
  if (key !== undefined && (isImportProblemKey(key) || isSourceFailureKey(key))) return t(key, ...params);
  return null;
}

/** A refused record's reason, after the field's path ("publishedAt: не дата"); null as above. */
export function problemWords(problem: Problem | undefined): string | null {
  const why = libWords(problem?.why.key, problem?.why.params);
  if (why === null || problem === undefined) return null;
  return problem.field ? t('reportProblemField', problem.field, why) : why;
}
