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
 * one-off `runtime.sendMessage` to the worker took 10-20 ms there and back on saved news pages; most
 * of the time from `load` to the first highlights. Calls waiting when the port closes (the worker
 * stopped) are sent again through `fallback`; the next call opens a new port.
 */
export function portTransport(connect: () => PortLike, fallback: Transport): Transport & { open(): void } {
  let port: PortLike | null = null;
  let seq = 0;
  const waiting = new Map<
    number,
    { message: unknown; resolve(reply: unknown): void; reject(e: unknown): void }
  >();
  const open = (): PortLike => {
    if (port) return port;
    const opened = connect();
    port = opened;
    opened.onMessage.addListener((envelope) => {
      if (!isEnvelope(envelope)) return;
      const call = waiting.get(envelope.seq);
      if (!call) return;
      waiting.delete(envelope.seq);
      call.resolve(envelope.reply);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      const calls = [...waiting.values()];
      waiting.clear();
      for (const call of calls) fallback(call.message).then(call.resolve, call.reject);
    });
    return opened;
  };
  const transport = (message: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      seq += 1;
      waiting.set(seq, { message, resolve, reject });
      try {
        open().postMessage({ seq, message } satisfies Envelope);
      } catch {
        // A port that cannot send (closed under us): the one-off message does the job.
        waiting.delete(seq);
        port = null;
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
