import type { ReplyOf, RequestOf, Result } from './contract';
import { isErrorWords } from './error-words';

/** Sends one raw message and resolves with the other side's raw reply. */
export type Transport = (message: unknown) => Promise<unknown>;

export type Client<M> = <K extends keyof M & string>(
  method: K,
  payload: RequestOf<M, K>,
) => Promise<Result<ReplyOf<M, K>>>;

/**
 * A typed sender over a transport (`browser.runtime.sendMessage`, or `tabs.sendMessage` bound to a
 * tab). Never throws: a dead receiver or a reply of the wrong shape comes back as `{ ok: false }`.
 */
export function createClient<M>(transport: Transport): Client<M> {
  return async (method, payload) => {
    try {
      const reply = await transport({ backstory: method, payload });
      if (!isResult(reply)) return { ok: false, error: `No answer to "${method}".` };
      if (reply.ok) return reply as Result<never>;
      // Only what an error reply may hold: its text, and its words when they have the right shape.
      const { error, words } = reply as { error?: unknown; words?: unknown };
      const text = typeof error === 'string' ? error : `No answer to "${method}".`;
      return isErrorWords(words) ? { ok: false, error: text, words } : { ok: false, error: text };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** True for the error a content script gets after the extension was updated or reloaded. */
export function isContextInvalidated(error: string): boolean {
  return /context invalidated|receiving end does not exist/i.test(error);
}
