import { isoDate } from '../dates';
import type { AnalysisDraft } from '../db/analyses';
import { streamJsonValues } from './json-stream';
import { englishOf, type Words, words } from './problems';
import { type ImportRecord, invalid, type RecordBatch } from './records';
import { messageText, telegramPostLink, titleOf } from './telegram-text';

/** A chat as far as the export has told so far: its fields come before its messages. */
export interface TelegramChat {
  id?: string;
  name?: string;
  type?: string;
  /** The public @username, when known: only then do posts get a t.me link. */
  username?: string;
  /** Message ids seen so far, and votes for the username from links to those posts. */
  seen: Set<number>;
  votes: Map<string, number>;
}

/** Votes a username needs: two links from the channel to its own earlier posts. */
const USERNAME_VOTES = 2;
const CHANNEL_TYPES = new Set(['public_channel', 'private_channel']);
const LISTS = ['chats', 'left_chats'];

export function newChat(fields: Partial<TelegramChat> = {}): TelegramChat {
  return { seen: new Set(), votes: new Map(), ...fields };
}

/**
 * Reads one exported message. Service, unsupported, empty and poll-only messages are skipped with
 * their reason; a message without an id or a date is invalid. The chat learns its username from
 * links to its own earlier posts (the export does not carry it for channels).
 */
export function messageRecord(
  chat: TelegramChat,
  message: unknown,
  position: string,
  at?: Words[],
): ImportRecord {
  if (typeof message !== 'object' || message === null)
    return invalid(position, words('problemNotMessage'), at);
  const m = message as Record<string, unknown>;
  if (m.type === 'service') return { kind: 'skip', position, reason: 'service message' };
  if (m.type !== 'message') return { kind: 'skip', position, reason: 'unsupported' };
  if (typeof m.id !== 'number') return invalid(position, words('problemNoId'), at);
  const publishedAt = dateOf(m);
  if (publishedAt === null) return invalid(position, words('problemNoDate'), at);
  if (publishedAt === OUT_OF_RANGE) {
    return invalid(position, words('problemDateRange', String(m.date_unixtime)), at);
  }
  const { text, links, hashtags } = messageText(m.text, m.text_entities);
  if (text.trim() === '') return { kind: 'skip', position, reason: m.poll ? 'poll only' : 'empty' };
  learnUsername(chat, links);
  chat.seen.add(m.id);
  const author = typeof m.author === 'string' && m.author ? m.author : m.from;
  const chatId = chat.id ?? 'unknown';
  const publicChat = chat.type === 'public_channel' || chat.type === undefined;
  const draft: AnalysisDraft = {
    id: `tg:${chatId}:${m.id}`,
    url: chat.username && publicChat ? `https://t.me/${chat.username}/${m.id}` : '',
    title: titleOf(text),
    source: chat.name || 'Telegram',
    publishedAt,
    text,
    origin: 'telegram',
    links,
    hashtags,
    ...(typeof author === 'string' && author ? { author } : {}),
  };
  return { kind: 'analysis', position, draft };
}

const OUT_OF_RANGE = 'out of range';

/**
 * The message's date as ISO text; null when it has none, `OUT_OF_RANGE` when `date_unixtime` is a
 * number no date can hold (`toISOString` threw on it and failed the whole import, issue 14).
 */
function dateOf(m: Record<string, unknown>): string | null {
  const seconds = Number(m.date_unixtime);
  if (typeof m.date_unixtime === 'string' && Number.isFinite(seconds) && seconds > 0) {
    return isoDate(seconds * 1000) ?? OUT_OF_RANGE;
  }
  // Old exports have only `date`, in local time without a zone: read it as UTC rather than guess.
  const time =
    typeof m.date === 'string' ? Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(m.date) ? m.date : `${m.date}Z`) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function learnUsername(chat: TelegramChat, links: readonly string[]): void {
  if (chat.username) return;
  for (const link of links) {
    const post = telegramPostLink(link);
    if (!post || !chat.seen.has(post.post)) continue;
    const votes = (chat.votes.get(post.username) ?? 0) + 1;
    chat.votes.set(post.username, votes);
    if (votes >= USERNAME_VOTES) chat.username = post.username;
  }
}

const PATHS = [
  '$.id',
  '$.name',
  '$.type',
  '$.messages.*',
  ...LISTS.flatMap((list) => ['id', 'name', 'type', 'messages.*'].map((key) => `$.${list}.list.*.${key}`)),
];

/**
 * Streams a Telegram Desktop export (`result.json`), either one chat (`messages` at the top) or the
 * whole account (`chats.list[*].messages`, where only channels are read). `channelUsername` gives
 * the public @username of a single-chat export, which the export itself does not contain.
 */
export async function* telegramRecords(
  blob: Blob,
  options: { channelUsername?: string; signal?: AbortSignal } = {},
): AsyncGenerator<RecordBatch> {
  const single = newChat(
    options.channelUsername ? { username: options.channelUsername.replace(/^@/, '') } : {},
  );
  const chats = new Map<string, TelegramChat>();
  for await (const { values, progress } of streamJsonValues(blob, PATHS, options.signal)) {
    const records: ImportRecord[] = [];
    for (const { path, value } of values) {
      const inList = LISTS.includes(String(path[0]));
      const chatKey = inList ? `${path[0]}.${path[2]}` : '';
      let chat = inList ? chats.get(chatKey) : single;
      if (!chat) {
        chat = newChat();
        chats.set(chatKey, chat);
      }
      const field = inList ? path[3] : path[0];
      const index = Number(inList ? path[4] : path[1]);
      if (field === 'messages') {
        const id = (value as { id?: unknown } | null)?.id;
        const at = [
          ...(inList
            ? [
                chat.name === undefined
                  ? words('problemAtChatUnnamed', Number(path[2]) + 1)
                  : words('problemAtChat', Number(path[2]) + 1, chat.name),
              ]
            : []),
          typeof id === 'number'
            ? words('problemAtMessageId', index + 1, id)
            : words('problemAtMessage', index + 1),
        ];
        const position = at.map((said) => englishOf(said)).join(', ');
        const isChannel = !inList || CHANNEL_TYPES.has(chat.type ?? '');
        records.push(
          isChannel
            ? messageRecord(chat, value, position, at)
            : { kind: 'skip', position, reason: 'not a channel' },
        );
      } else if (field === 'id' && (typeof value === 'number' || typeof value === 'string'))
        chat.id = String(value);
      else if (field === 'name' && typeof value === 'string') chat.name = value;
      else if (field === 'type' && typeof value === 'string') chat.type = value;
    }
    yield { records, ...progress };
  }
}
