import { errorWords } from '../../lib/messaging/error-words';
import { libWords } from '../lib-words';

/**
 * The reason inside an error, in the interface's language when it names its message (a `SourceError`
 * thrown here, or one the background sent back as `words`), otherwise in the words it came with.
 */
export function message(error: unknown): string {
  const words = errorWords(error);
  return libWords(words?.key, words?.params) ?? (error instanceof Error ? error.message : String(error));
}
