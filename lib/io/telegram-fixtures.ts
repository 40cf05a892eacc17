/**
 * Small hand-written Telegram Desktop exports for tests, in both layouts. Every skip reason and both
 * shapes of `text` appear. (The sample in shared/ is for evaluation scripts only.)
 */
export const CHANNEL = { name: 'Bosporus Notes', type: 'public_channel', id: 1500100200 };

const msg = (id: number, extra: Record<string, unknown>) => ({
  id,
  type: 'message',
  date: '2025-03-01T10:00:00',
  date_unixtime: String(1740823200 + id * 60),
  from: 'Bosporus Notes',
  from_id: 'channel1500100200',
  ...extra,
});

export const MESSAGES = [
  {
    id: 1,
    type: 'service',
    date: '2025-03-01T09:00:00',
    actor: 'Bosporus Notes',
    action: 'create_channel',
    text: '',
  },
  msg(2, { text: 'Hakan Fidan flew to Moscow.\nAnkara wants the Istanbul talks back.', text_entities: [] }),
  msg(3, {
    author: 'Desk',
    text: [
      { type: 'bold', text: 'Gas and mediation' },
      '\n\nTurkey buys Russian gas. See ',
      { type: 'text_link', text: 'the review', href: 'https://example.org/review' },
      ' and ',
      { type: 'link', text: 'https://t.me/bosporus_notes/2' },
      ' ',
      { type: 'hashtag', text: '#energy' },
    ],
  }),
  msg(4, { text: '', photo: '(File not included.)' }),
  msg(5, { text: '', poll: { question: 'Will they meet?', answers: [] } }),
  { id: 6, type: 'unsupported' },
  msg(7, {
    text: 'Second look: https://t.me/bosporus_notes/3',
    text_entities: [
      { type: 'plain', text: 'Second look: ' },
      { type: 'link', text: 'https://t.me/bosporus_notes/3' },
    ],
  }),
  msg(8, { text: 'After learning the name, this post has a link.', new_key_from_2030: { x: 1 } }),
  { id: 9, type: 'message', text: 'No date at all' },
];

/** What a channel's "Export chat history" writes. */
export const singleChannelExport = () => JSON.stringify({ ...CHANNEL, messages: MESSAGES }, null, 1);

/** What "Export Telegram data" writes: every chat of the account; only channels are read. */
export const accountExport = () =>
  JSON.stringify({
    about: 'Here is the data you requested.',
    personal_information: { first_name: 'Reader' },
    chats: {
      about: 'This page lists all chats from this export.',
      list: [
        { name: 'Friend', type: 'personal_chat', id: 42, messages: [msg(1, { text: 'private hello' })] },
        { ...CHANNEL, messages: MESSAGES.slice(0, 3) },
      ],
    },
    left_chats: {
      about: '',
      list: [
        {
          name: 'Old',
          type: 'private_channel',
          id: 77,
          messages: [msg(1, { text: 'Old news from Ankara.' })],
        },
      ],
    },
  });
