import { browser } from 'wxt/browser';
import { createClient, isContextInvalidated } from '@/lib/messaging/client';
import type { BackgroundMethods } from '@/lib/messaging/contract';
import { PAGE_PORT, portTransport } from '@/lib/messaging/port-transport';

/**
 * The content script's line to the background worker: a port, opened by `connectBackground` as the
 * script starts (see port-transport.ts), with one-off messages when the port closes.
 */
const transport = portTransport(
  () => browser.runtime.connect({ name: PAGE_PORT }),
  (message) => browser.runtime.sendMessage(message),
  // Reads can be asked again if the worker stopped with them; opening an analysis (a new tab) not.
  (message) => (message as { backstory?: unknown }).backstory !== 'openAnalysis',
);
export const background = createClient<BackgroundMethods>(transport);

/** Opens the port now, so that it is ready by the time the page's text is. */
export function connectBackground(): void {
  try {
    transport.open();
  } catch (error) {
    // After an update the old script has no extension any more; calls will say so.
    reportFailure('connect', error instanceof Error ? error.message : String(error));
  }
}

const reported = new Set<string>();

/**
 * Logs a failed call once per kind. After an update the old content script loses its extension:
 * that is expected and stays quiet.
 */
export function reportFailure(what: string, error: string): void {
  if (isContextInvalidated(error) || reported.has(what)) return;
  reported.add(what);
  console.warn(`[Backstory] ${what} failed: ${error}`);
}
