/**
 * Hands the thread back for a moment (to the page read, or to the options page an import runs in):
 * `scheduler.yield()` where the browser has it (the continuation keeps its priority), a zero timeout
 * elsewhere.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
