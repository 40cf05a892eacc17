import { expect, test } from 'vitest';
import { detectFormat, sniffFormat } from './detect-format';
import { accountExport, singleChannelExport } from './telegram-fixtures';

test.each([
  ['a channel export', singleChannelExport(), 'telegram'],
  ['an account export', accountExport(), 'telegram'],
  [
    'a one-line channel export',
    JSON.stringify({ name: 'x', type: 'public_channel', id: 1, messages: [] }),
    'telegram',
  ],
  ['a backup', '{"format":"backstory-backup","version":1,"actors":[]}', 'backstory-backup'],
  ['a pretty backup', '\uFEFF{\n  "format": "backstory-backup",\n  "version": 1\n}', 'backstory-backup'],
  ['JSON Lines', '{"id":"a","text":"x","publishedAt":"2025-01-01"}\n{"id":"b"}\n', 'analyses-jsonl'],
  [
    'JSON Lines naming Telegram inside a text',
    '{"text":"\\"messages\\": [] and \\"format\\":\\"backstory-backup\\""}\n',
    'analyses-jsonl',
  ],
  ['a JSON array', '[{"id":1}]', null],
  ['plain text', 'hello', null],
  ['an unrelated object over lines', '{\n "foo": 1\n}', null],
])('%s', (_, content, format) => {
  expect(sniffFormat(content)).toBe(format);
});

test('reads only the head of a large file', async () => {
  const line = `${JSON.stringify({ id: 'x', text: 'y'.repeat(1000), publishedAt: '2025-01-01' })}\n`;
  expect(await detectFormat(new Blob([line.repeat(200)]))).toBe('analyses-jsonl');
});
