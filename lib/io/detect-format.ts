import type { ImportFormat } from './types';

/** How much of the start of a file is enough to tell its format. */
const HEAD_BYTES = 64 * 1024;

/** Keys only a Telegram export has at its top level (not escaped: inside a string they would be `\"`). */
const TELEGRAM_KEY = /(?<!\\)"(messages|chats|left_chats|personal_information)"\s*:/;
const TELEGRAM_TYPE =
  /(?<!\\)"type"\s*:\s*"(public_channel|private_channel|saved_messages|personal_chat|bot_chat|private_group|private_supergroup|public_supergroup|replies)"/;
const BACKUP = /(?<!\\)"format"\s*:\s*"backstory-backup"/;

/**
 * Tells a file's format from the start of its content, never its name: a Backstory backup names its
 * format, a Telegram export has `messages` or `chats`, JSON Lines has a JSON object on its first line.
 * Null when it is none of these.
 */
export function sniffFormat(head: string): ImportFormat | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{')) return null;
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (BACKUP.test(text)) return 'backstory-backup';
  const lineIsObject = parsesAsObject(firstLine);
  // A one-line Telegram export is one object too: its keys decide.
  if (lineIsObject && !TELEGRAM_KEY.test(firstLine)) return 'analyses-jsonl';
  if (TELEGRAM_KEY.test(text) || TELEGRAM_TYPE.test(text)) return 'telegram';
  // The first line is longer than the head: judge by how it starts.
  if (firstLine === text && /^\{\s*"(id|url|title|text)"\s*:/.test(text)) return 'analyses-jsonl';
  return null;
}

/** Reads the head of a file and sniffs its format; null when Backstory cannot read it. */
export async function detectFormat(file: Blob): Promise<ImportFormat | null> {
  const head = await file.slice(0, HEAD_BYTES).arrayBuffer();
  return sniffFormat(new TextDecoder().decode(head));
}

function parsesAsObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
