/**
 * A source could not be read, with the reason in words the reader understands ("the server answered
 * 404 Not Found"). It is shown as the source's status; nothing from that check is written.
 */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** The message to show for any failure: a SourceError's own words, anything else with context. */
export function sourceErrorMessage(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `the source could not be read: ${text}`;
}
