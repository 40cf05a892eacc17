import { describe, expect, test } from 'vitest';
import { authorize, type Caller } from '../background/handlers';
import { SourceError } from '../sources/source-error';
import { createClient, isContextInvalidated } from './client';
import { type BackgroundMethods, CONTENT_SCRIPT_METHODS } from './contract';
import { createRouter } from './router';
import { parseRequest, REQUEST_SCHEMAS } from './schemas';

interface Methods {
  echo: { request: { text: string }; reply: string };
  fail: { request: Record<string, never>; reply: null };
  refuse: { request: Record<string, never>; reply: null };
}

const route = createRouter<Methods, string>(
  {
    echo: ({ text }, caller) => `${caller}:${text}`,
    fail: () => {
      throw new Error('broken');
    },
    refuse: () => {
      throw new SourceError('sourceFailStatus', '404 Not Found');
    },
  },
  (method, caller) => (caller === 'stranger' && method === 'echo' ? 'Not for you.' : null),
);

describe('router and client', () => {
  const client = createClient<Methods>(async (message) => route(message, 'me'));
  test('a call comes back as data', async () => {
    expect(await client('echo', { text: 'hi' })).toEqual({ ok: true, value: 'me:hi' });
  });
  test('a thrown error comes back as { ok: false } with its message', async () => {
    expect(await client('fail', {})).toEqual({ ok: false, error: 'broken' });
  });
  test('an error with a message name keeps its name and what fills it, beside the English', async () => {
    expect(await client('refuse', {})).toEqual({
      ok: false,
      error: 'the server answered 404 Not Found',
      words: { key: 'sourceFailStatus', params: ['404 Not Found'] },
    });
  });
  test.each([
    ['a name that is not text', { key: 7, params: [] }],
    ['parameters that are not a list of text', { key: 'sourceFailStatus', params: [404] }],
    ['no parameters', { key: 'sourceFailStatus' }],
  ])('words with %s are dropped on receipt; the text stays', async (_, words) => {
    const forged = createClient<Methods>(async () => ({ ok: false, error: 'no', words }));
    expect(await forged('fail', {})).toEqual({ ok: false, error: 'no' });
  });
  test('an error reply without text is no answer', async () => {
    const odd = createClient<Methods>(async () => ({ ok: false, error: { key: 'x' } }));
    expect(await odd('fail', {})).toEqual({ ok: false, error: 'No answer to "fail".' });
  });
  test('messages that are not ours are left to other listeners', () => {
    for (const message of [
      null,
      'echo',
      { type: 'echo' },
      { backstory: 'toString' },
      { backstory: 'nope' },
    ]) {
      expect(route(message, 'me')).toBeUndefined();
    }
  });
  test('a refused caller gets the reason and the handler does not run', async () => {
    expect(await route({ backstory: 'echo', payload: { text: 'x' } }, 'stranger')).toEqual({
      ok: false,
      error: 'Not for you.',
    });
  });
  test('a dead receiver or an odd reply is an error, never a throw', async () => {
    const dead = createClient<Methods>(() => Promise.reject(new Error('Extension context invalidated.')));
    const odd = createClient<Methods>(async () => 'hello');
    const reply = await dead('echo', { text: '' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && isContextInvalidated(reply.error)).toBe(true);
    expect(await odd('echo', { text: '' })).toEqual({ ok: false, error: 'No answer to "echo".' });
  });
});

describe('authorize', () => {
  const methods = [
    'detect',
    'actorCard',
    'openAnalysis',
    'pageContext',
    'saveNote',
    'deleteNote',
    'restoreNote',
    'getActor',
    'getAnalysis',
  ] as const satisfies readonly (keyof BackgroundMethods)[];
  const content: Caller = { context: 'content', tabId: 1 };
  const extension: Caller = { context: 'extension' };
  test.each(methods)(
    '%s: content scripts only for their three calls; pages for all; strangers never',
    (method) => {
      expect(authorize(method, content) === null).toBe(CONTENT_SCRIPT_METHODS.has(method));
      expect(authorize(method, extension)).toBeNull();
      expect(authorize(method, null)).toBe('Unknown sender.');
    },
  );
});

describe('request schemas', () => {
  const route = createRouter<BackgroundMethods, null>(
    Object.fromEntries(
      Object.keys(REQUEST_SCHEMAS).map((method) => [method, async (payload: unknown) => payload]),
    ) as never,
    () => null,
    parseRequest,
  );
  test.each([
    ['detect', { text: 42 }, 'Malformed detect request (text)'],
    [
      'saveNote',
      { text: 'x', url: 'https://a', pageTitle: 't', quote: { exact: 'e' } },
      'Malformed saveNote request (quote.prefix)',
    ],
    ['setSiteEnabled', { site: '', enabled: true }, 'Malformed setSiteEnabled request (site)'],
    [
      'restoreNote',
      { note: { id: 'n1', text: 'x', url: 'https://a', pageTitle: 't', createdAt: '1', updatedAt: 1 } },
      'Malformed restoreNote request (note.createdAt)',
    ],
    ['pageContext', { url: 'u', actorIds: 'all', topicIds: [] }, 'Malformed pageContext request (actorIds)'],
  ] as const)('%s with %j is refused before its handler', async (method, payload, error) => {
    const reply = await route({ backstory: method, payload }, null);
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toContain(error);
  });
  test('a fitting request reaches the handler without keys it does not know', async () => {
    const reply = await route({ backstory: 'deleteNote', payload: { id: 'n1', extra: 'x' } }, null);
    expect(reply).toEqual({ ok: true, value: { id: 'n1' } });
  });
});
