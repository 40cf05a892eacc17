import { browser } from 'wxt/browser';
import { createClient, isContextInvalidated } from '@/lib/messaging/client';
import type { BackgroundMethods } from '@/lib/messaging/contract';

/** The content script's line to the background worker. */
export const background = createClient<BackgroundMethods>((message) => browser.runtime.sendMessage(message));

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
