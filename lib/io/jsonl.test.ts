import { describe, expect, test } from 'vitest';
import { hash } from '../hash';
import { jsonlRecords } from './jsonl';
import type { ImportRecord } from './records';

async function read(text: string): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const batch of jsonlRecords(new Blob([text]))) out.push(...batch.records);
  return out;
}

const ok = { id: 'a1', text: 'Body', publishedAt: '2025-01-02T03:04:05Z' };

describe('jsonlRecords', () => {
  test('reads analyses line by line, with defaults for what is optional', async () => {
    const [record] = await read(`${JSON.stringify(ok)}\r\n\n`);
    expect(record).toEqual({
      kind: 'analysis',
      position: 'line 1',
      draft: { ...ok, url: '', title: 'Body', source: '', origin: 'import' },
    });
  });

  test('a line without an id gets one from its content, the same every time', async () => {
    const line = JSON.stringify({ text: 'Same', publishedAt: '2025-01-01' });
    const [a, b] = await read(`${line}\n${line}\n`);
    expect(a?.kind === 'analysis' && a.draft.id).toMatch(/^import:[0-9a-z]+$/);
    expect(a?.kind === 'analysis' && b?.kind === 'analysis' && a.draft.id === b.draft.id).toBe(true);
  });

  test('a line’s address is stored as its page’s one identity; the id it gets is hashed as written', async () => {
    const raw = 'https://news.test/a?utm_source=tg#comments';
    const [withId, derived] = await read(
      `${JSON.stringify({ ...ok, url: raw })}\n${JSON.stringify({ text: 'Same', publishedAt: '2025-01-01', url: raw })}\n`,
    );
    expect(withId?.kind === 'analysis' && withId.draft.url).toBe('https://news.test/a');
    expect(derived?.kind === 'analysis' && derived.draft.url).toBe('https://news.test/a');
    // The id earlier versions gave this line (a hash of the address as written): a second import adds nothing.
    expect(derived?.kind === 'analysis' && derived.draft.id).toBe(`import:${hash(raw)}`);
  });

  test.each([
    ['not JSON', '{oops', 'the line is not valid JSON'],
    ['an array', '[1,2]', 'it is not a JSON object'],
    ['no text', JSON.stringify({ publishedAt: '2025-01-01' }), 'text is missing'],
    ['blank text', JSON.stringify({ ...ok, text: '   ' }), 'text is empty'],
    ['a bad date', JSON.stringify({ ...ok, publishedAt: 'yesterday' }), 'publishedAt is not a date'],
    [
      'a javascript: url',
      JSON.stringify({ ...ok, url: 'javascript:alert(1)' }),
      'url is not an http(s) address',
    ],
    ['links not a list', JSON.stringify({ ...ok, links: 'x' }), 'links is not a list of texts'],
    ['a link not text', JSON.stringify({ ...ok, links: ['x', 3] }), 'links[1] is not text'],
    ['an unknown origin', JSON.stringify({ ...ok, origin: 'web' }), 'origin is not a known origin'],
  ])('%s is reported by line and reason', async (_, line, reason) => {
    const records = await read(`${JSON.stringify(ok)}\n\n${line}\n`);
    expect(records[1]).toEqual({
      kind: 'skip',
      reason: 'invalid',
      position: 'line 3',
      problem: reason,
      at: [{ key: 'problemAtLine', params: ['3'] }],
      why: expect.objectContaining({
        why: expect.objectContaining({ key: expect.stringMatching(/^problem/) }),
      }),
    });
  });
});
