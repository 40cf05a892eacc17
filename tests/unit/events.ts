/**
 * Marks an event as the browser's own, as the reader's pointer and keyboard make them: events a test
 * dispatches are untrusted, like a page's synthetic ones, which the content script ignores.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
