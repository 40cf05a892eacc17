import type { ErrorWords } from './contract';

/** At most this many parameters, each this long: more is not from our own code. */
const MAX_PARAMS = 10;
const MAX_LENGTH = 2_000;

/** Whether a value is an error's message name and parameters as a reply may carry them. */
export function isErrorWords(value: unknown): value is ErrorWords {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  return (
    typeof key === 'string' &&
    key.length > 0 &&
    key.length <= 100 &&
    Array.isArray(params) &&
    params.length <= MAX_PARAMS &&
    params.every((param) => typeof param === 'string' && param.length <= MAX_LENGTH)
  );
}

/**
 * The message name and parameters of an error that has them (a `SourceError`, or a `ReplyError` of a
 * reply that carried them); undefined for any other error, which the reader sees as its text.
 */
export function errorWords(error: unknown): ErrorWords | undefined {
  if (!(error instanceof Error)) return undefined;
  const { key, params } = error as Error & { key?: unknown; params?: unknown };
  const words = { key, params: Array.isArray(params) ? params.map(String) : params };
  return isErrorWords(words) ? { key: words.key, params: [...words.params] } : undefined;
}

/**
 * An error reply as an exception, for a page that throws what it cannot do: its text is the English
 * (for logs), and `key` and `params` say it in the reader's language when the reply carried them.
 */
export class ReplyError extends Error {
  override name = 'ReplyError';
  readonly key?: string;
  readonly params?: string[];

  constructor(text: string, words?: ErrorWords) {
    super(text);
    if (words) {
      this.key = words.key;
      this.params = words.params;
    }
  }
}
