import { substitute } from '../i18n/format';

/**
 * Why a source could not be read, in English with `$1`, `$2` for what varies. Each name is a message
 * of the interface's catalogues too (`public/_locales/<language>/messages.json`, the English one word
 * for word, which a unit test keeps), so the options page says it in the reader's language; the
 * English text is the error's `.message` (for logs) and is stored beside the name with the source.
 */
export const SOURCE_FAILURES = {
  sourceFailNotAllowed: "Backstory may not read $1 yet: allow it with the source's Allow button",
  sourceFailStatus: 'the server answered $1',
  sourceFailTimeout: 'the server did not answer within $1 s',
  sourceFailUnreachable: 'the server could not be reached (refused, unreachable, or redirecting in a loop)',
  sourceFailTooLarge: 'the answer is larger than $1 MB',
  sourceFailPageNoFeed: 'the address serves an HTML page, not a feed, and the page names no feed',
  sourceFailFeedElsewhere: "the page's feed is on another site: add $1 itself",
  sourceFailJson: 'the feed is not valid JSON',
  sourceFailHtml: 'the address serves an HTML page, not a feed',
  sourceFailXml: 'the feed is not well-formed XML (line $1: $2)',
  sourceFailNotFeed: 'the document is not an RSS, Atom or JSON feed',
  sourceFailNotAddress: 'this is not a web address, a t.me link or an @channel',
  sourceFailChannelName: '@$1 is not a Telegram channel name',
  sourceFailScheme: 'only http and https addresses can be read',
  sourceFailCredentials: 'addresses with a user name or password are not read',
  sourceFailNotPreview: 'the page is not the public preview of a Telegram channel',
  sourceFailOther: 'the source could not be read: $1',
} as const;

/** The name of one reason a source could not be read. */
export type SourceFailureKey = keyof typeof SOURCE_FAILURES;

/** Why a source could not be read: the message name, what fills it, and the English text. */
export interface SourceFailure {
  key: SourceFailureKey;
  params: string[];
  text: string;
}

/** Whether a stored name is one of today's reasons (a row may hold one a later version wrote). */
export function isSourceFailureKey(key: string): key is SourceFailureKey {
  return Object.hasOwn(SOURCE_FAILURES, key);
}

/**
 * A source could not be read, with the reason in words the reader understands ("the server answered
 * 404 Not Found"). It is shown as the source's status; nothing from that check is written.
 */
export class SourceError extends Error {
  override name = 'SourceError';
  readonly key: SourceFailureKey;
  readonly params: string[];

  constructor(key: SourceFailureKey, ...params: (string | number)[]) {
    const words = params.map(String);
    super(substitute(SOURCE_FAILURES[key], words));
    this.key = key;
    this.params = words;
  }
}

/** The reason to store and show for any failure: a SourceError's own, anything else with context. */
export function sourceFailure(error: unknown): SourceFailure {
  const failure =
    error instanceof SourceError
      ? error
      : new SourceError('sourceFailOther', error instanceof Error ? error.message : String(error));
  return { key: failure.key, params: failure.params, text: failure.message };
}
