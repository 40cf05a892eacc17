import { describe, expect, test, vi } from 'vitest';
import { type PortLike, portTransport, servePort } from './port-transport';

/** Two joined ports, as `runtime.connect` gives a content script and the background. */
function pair() {
  const listeners = { a: [] as ((m: unknown) => void)[], b: [] as ((m: unknown) => void)[] };
  const gone = { a: [] as (() => void)[], b: [] as (() => void)[] };
  let open = true;
  const side = (me: 'a' | 'b', other: 'a' | 'b'): PortLike => ({
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      // Delivered later and as a copy, like the browser's.
      const copy = structuredClone(message);
      queueMicrotask(() => {
        for (const l of listeners[other]) l(copy);
      });
    },
    onMessage: { addListener: (l) => listeners[me].push(l) },
    onDisconnect: { addListener: (l) => gone[me].push(l) },
  });
  return {
    page: side('a', 'b'),
    worker: side('b', 'a'),
    /** The worker stops: the page's side hears of it. */
    close() {
      open = false;
      for (const l of gone.a) l();
    },
  };
}

describe('portTransport', () => {
  test('answers each call with its own reply, over one port', async () => {
    const ports = pair();
    const connect = vi.fn(() => ports.page);
    servePort(ports.worker, async (message) => ({ echo: message }));
    const send = portTransport(connect, () => Promise.reject(new Error('not used')));
    send.open();
    const replies = await Promise.all([send('one'), send({ two: 2 }), send('three')]);
    expect(replies).toEqual([{ echo: 'one' }, { echo: { two: 2 } }, { echo: 'three' }]);
    expect(connect).toHaveBeenCalledTimes(1);
  });

  test('a message the worker does not answer resolves empty instead of waiting forever', async () => {
    const ports = pair();
    servePort(ports.worker, () => undefined);
    const send = portTransport(
      () => ports.page,
      () => Promise.reject(new Error('not used')),
    );
    expect(await send({ backstory: 'nothing' })).toBeUndefined();
  });

  test('calls waiting when the port closes go through the one-off message; the next call reconnects', async () => {
    const first = pair();
    const second = pair();
    const ports = [first.page, second.page];
    servePort(second.worker, async () => 'from the new port');
    // The first worker never answers: it stops with the call in flight.
    const fallback = vi.fn(async (message: unknown) => ({ fallback: message }));
    const send = portTransport(() => ports.shift() as PortLike, fallback);
    const waiting = send('detect');
    await Promise.resolve();
    first.close();
    expect(await waiting).toEqual({ fallback: 'detect' });
    expect(await send('again')).toBe('from the new port');
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  test('a call that may not run twice is answered empty when its port closes', async () => {
    const ports = pair();
    const fallback = vi.fn(async () => 'sent again');
    const send = portTransport(
      () => ports.page,
      fallback,
      (message) => message !== 'open a tab',
    );
    const waiting = send('open a tab');
    await Promise.resolve();
    ports.close();
    expect(await waiting).toBeUndefined();
    expect(fallback).not.toHaveBeenCalled();
  });

  test('a port that cannot connect leaves the call to the one-off message', async () => {
    const send = portTransport(
      () => {
        throw new Error('Extension context invalidated.');
      },
      async () => 'one-off',
    );
    expect(await send('detect')).toBe('one-off');
  });
});

describe('servePort', () => {
  test('ignores messages that are not envelopes', async () => {
    const ports = pair();
    const answer = vi.fn(async () => 'x');
    servePort(ports.worker, answer);
    ports.page.postMessage('not an envelope');
    ports.page.postMessage({ message: 'no seq' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answer).not.toHaveBeenCalled();
  });
});
