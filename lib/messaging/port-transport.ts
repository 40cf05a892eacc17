import type { Transport } from './client';

/** The name of the port a content script opens to the background. */
export const PAGE_PORT = 'backstory-page';

/** What this module needs of a `runtime.Port`. */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Envelope {
  seq: number;
  message?: unknown;
  reply?: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).seq === 'number';
}

/**
 * A transport over one long-lived port, opened by `open()` before the first call (a content script
 * opens it while it reads the page, so the connection is ready when the text is). In Chromium a
 * one-off `runtime.sendMessage` to the worker took 10-20 ms there and back on saved news pages, most
 * of the time from `load` to the first highlights. When a port closes (the worker stopped), the calls
 * waiting on it are sent again through `fallback` if `retryable` says they can run twice, and answered
 * empty (the client reports "No answer") if not; the next call opens a new port.
 */
export function portTransport(
  connect: () => PortLike,
  fallback: Transport,
  retryable: (message: unknown) => boolean = () => true,
): Transport & { open(): void } {
  type Call = { message: unknown; resolve(reply: unknown): void; reject(e: unknown): void };
  let current: { port: PortLike; waiting: Map<number, Call> } | null = null;
  let seq = 0;
  const open = () => {
    if (current) return current;
    const opened = { port: connect(), waiting: new Map<number, Call>() };
    current = opened;
    opened.port.onMessage.addListener((envelope) => {
      if (!isEnvelope(envelope)) return;
      const call = opened.waiting.get(envelope.seq);
      if (!call) return;
      opened.waiting.delete(envelope.seq);
      call.resolve(envelope.reply);
    });
    opened.port.onDisconnect.addListener(() => {
      if (current === opened) current = null;
      const calls = [...opened.waiting.values()];
      opened.waiting.clear();
      for (const call of calls) {
        if (retryable(call.message)) fallback(call.message).then(call.resolve, call.reject);
        else call.resolve(undefined);
      }
    });
    return opened;
  };
  const transport = (message: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      seq += 1;
      let line: ReturnType<typeof open> | null = null;
      try {
        line = open();
        line.waiting.set(seq, { message, resolve, reject });
        line.port.postMessage({ seq, message } satisfies Envelope);
      } catch {
        // A port that cannot send (closed under us): the request never left, the one-off message
        // takes it.
        line?.waiting.delete(seq);
        if (current === line) current = null;
        fallback(message).then(resolve, reject);
      }
    });
  return Object.assign(transport, { open: () => void open() });
}

/**
 * The background's side: answers each envelope on a port with `answer`'s reply, under the same
 * sequence number. Messages that are not envelopes are ignored.
 */
export function servePort(port: PortLike, answer: (message: unknown) => Promise<unknown> | undefined): void {
  port.onMessage.addListener((envelope) => {
    if (!isEnvelope(envelope)) return;
    const send = (reply: unknown) => {
      try {
        port.postMessage({ seq: envelope.seq, reply } satisfies Envelope);
      } catch {
        // The page went away before the answer: nobody is waiting.
      }
    };
    // No answer (not one of ours) is sent as such: the caller gets "No answer", not a wait forever.
    (answer(envelope.message) ?? Promise.resolve(undefined)).then(send, () => send(undefined));
  });
}
