import { describe, expect, test } from 'vitest';
import type { ImportRecord } from './records';
import { telegramRecords } from './telegram';
import { accountExport, CHANNEL, singleChannelExport } from './telegram-fixtures';
import { messageText, titleOf } from './telegram-text';

async function read(json: string, options = {}): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const batch of telegramRecords(new Blob([json]), options)) records.push(...batch.records);
  return records;
}

const summary = (r: ImportRecord) =>
  r.kind === 'analysis'
    ? r.draft.id
    : r.kind === 'skip'
      ? `${r.reason}${r.problem ? `: ${r.problem}` : ''}`
      : r.kind;

describe('telegramRecords', () => {
  test('single-channel export: posts become analyses, the rest is skipped with its reason', async () => {
    const records = await read(singleChannelExport());
    expect(records.map((r) => [r.position, summary(r)])).toEqual([
      ['message 1 (id 1)', 'service message'],
      ['message 2 (id 2)', 'tg:1500100200:2'],
      ['message 3 (id 3)', 'tg:1500100200:3'],
      ['message 4 (id 4)', 'empty'],
      ['message 5 (id 5)', 'poll only'],
      ['message 6 (id 6)', 'unsupported'],
      ['message 7 (id 7)', 'tg:1500100200:7'],
      ['message 8 (id 8)', 'tg:1500100200:8'],
      ['message 9 (id 9)', 'invalid: the message has no readable date'],
    ]);
  });

  test('a post keeps channel, date, author, links and hashtags; array text is flattened', async () => {
    const records = await read(singleChannelExport());
    const post = records.find((r) => r.kind === 'analysis' && r.draft.id === 'tg:1500100200:3');
    expect(post).toMatchObject({
      draft: {
        title: 'Gas and mediation',
        source: 'Bosporus Notes',
        author: 'Desk',
        publishedAt: new Date((1740823200 + 180) * 1000).toISOString(),
        origin: 'telegram',
        links: ['https://example.org/review', 'https://t.me/bosporus_notes/2'],
        hashtags: ['energy'],
        text: 'Gas and mediation\n\nTurkey buys Russian gas. See the review and https://t.me/bosporus_notes/2 #energy',
      },
    });
  });

  test('the username is learnt from links to its own posts; earlier posts stay without a link', async () => {
    const urls = (await read(singleChannelExport())).flatMap((r) =>
      r.kind === 'analysis' ? [r.draft.url] : [],
    );
    expect(urls).toEqual(['', '', 'https://t.me/bosporus_notes/7', 'https://t.me/bosporus_notes/8']);
  });

  test('a given username links every post of a public channel', async () => {
    const records = await read(singleChannelExport(), { channelUsername: '@bosporus_notes' });
    const first = records.find((r) => r.kind === 'analysis');
    expect(first?.kind === 'analysis' && first.draft.url).toBe('https://t.me/bosporus_notes/2');
  });

  test('account export: channels of both lists are read, other chats are skipped', async () => {
    const records = await read(accountExport());
    expect(records.map(summary)).toEqual([
      'not a channel',
      'service message',
      'tg:1500100200:2',
      'tg:1500100200:3',
      'tg:77:1',
    ]);
    expect(records[2]?.position).toBe('chat 2 (Bosporus Notes), message 2 (id 2)');
  });

  // Issue 14, "Bad dates": `toISOString` threw on this one message and failed the whole import.
  test('a message whose date_unixtime no date can hold is skipped and reported; the rest are read', async () => {
    const post = (id: number, date_unixtime: string) => ({
      id,
      type: 'message',
      date_unixtime,
      text: `Post ${id}`,
    });
    const json = JSON.stringify({
      ...CHANNEL,
      messages: [post(1, '1740823200'), post(2, '99999999999999'), post(3, '1740823260')],
    });
    expect((await read(json)).map(summary)).toEqual([
      'tg:1500100200:1',
      "invalid: the message's date_unixtime (99999999999999) is out of range",
      'tg:1500100200:3',
    ]);
  });
});

describe('message text', () => {
  test.each([
    ['a plain string', 'Just text', undefined, 'Just text'],
    ['an array of parts', ['A ', { type: 'bold', text: 'B' }], undefined, 'A B'],
    ['entities over text', 'ignored', [{ type: 'plain', text: 'E' }], 'E'],
    ['nothing', undefined, undefined, ''],
  ])('%s', (_, text, entities, expected) => {
    expect(messageText(text, entities).text).toBe(expected);
  });

  test('only http(s) links are kept', () => {
    const parts = [
      { type: 'text_link', text: 'x', href: 'javascript:alert(1)' },
      { type: 'link', text: 'example.org/a' },
    ];
    expect(messageText(parts, undefined).links).toEqual(['https://example.org/a']);
  });

  test.each([
    ['First line\nsecond', 'First line'],
    ['\n\n  Padded  \nx', 'Padded'],
    [`${'Short sentence.'} ${'word '.repeat(40)}`, 'Short sentence.'],
  ])('title of %j', (text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  test('a long first line without a sentence end is cut at a word, under 121 characters', () => {
    const title = titleOf('word '.repeat(60));
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('word…')).toBe(true);
  });
});
