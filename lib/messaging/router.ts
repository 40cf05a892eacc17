import type { ReplyOf, RequestOf, Result } from './contract';
import { errorWords } from './error-words';

export type Handlers<M, C> = {
  [K in keyof M]: (payload: RequestOf<M, K>, caller: C) => Promise<ReplyOf<M, K>> | ReplyOf<M, K>;
};

/** Decides whether a caller may call a method; returns the reason when not. */
export type Authorize<M, C> = (method: keyof M, caller: C) => string | null;

/**
 * Turns a method map into a `runtime.onMessage` listener body. Messages that are not ours return
 * undefined (so other listeners may answer); ours always get a `Result`, never a thrown error,
 * because an `Error` does not survive structured cloning in every browser. An error with a message
 * name and parameters (a `SourceError`) sends them beside its text, as `words`.
 */
export function createRouter<M, C>(
  handlers: Handlers<M, C>,
  authorize: Authorize<M, C>,
  /** Checks and cleans a payload before its handler sees it; by default it is passed as it came. */
  parse: (method: keyof M, payload: unknown) => Result<unknown> = (_, payload) => ({
    ok: true,
    value: payload,
  }),
) {
  return (message: unknown, caller: C): Promise<Result<unknown>> | undefined => {
    const method = methodOf<M>(message, handlers as object);
    if (method === null) return undefined;
    const refusal = authorize(method, caller);
    if (refusal !== null) return Promise.resolve({ ok: false, error: refusal });
    const parsed = parse(method, (message as { payload?: unknown }).payload ?? {});
    if (!parsed.ok) return Promise.resolve(parsed);
    return (async () => {
      try {
        const value = await handlers[method](parsed.value as RequestOf<M, typeof method>, caller);
        return { ok: true, value };
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        const words = errorWords(error);
        return words ? { ok: false, error: text, words } : { ok: false, error: text };
      }
    })();
  };
}

function methodOf<M>(message: unknown, handlers: object): keyof M | null {
  if (typeof message !== 'object' || message === null) return null;
  const name = (message as { backstory?: unknown }).backstory;
  if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return null;
  return name as keyof M;
}

export type { ReplyOf, RequestOf };
