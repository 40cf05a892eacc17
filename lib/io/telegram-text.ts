/** One part of a Telegram message's `text` array or `text_entities` list. */
interface TextPart {
  type?: unknown;
  text?: unknown;
  href?: unknown;
}

/** What a message's text carries: the plain text, the links it cites and its hashtags (without '#'). */
export interface MessageText {
  text: string;
  links: string[];
  hashtags: string[];
}

const TITLE_MAX = 120;

/**
 * Flattens a message's text. `text` is a string or an array of strings and entity objects;
 * `text_entities` (newer exports, always an array) is preferred when present because it is complete.
 * Entity text is plain text: nothing here is ever HTML.
 */
export function messageText(text: unknown, entities: unknown): MessageText {
  const parts: unknown[] = Array.isArray(entities) && entities.length > 0 ? entities : toParts(text);
  let plain = '';
  const links = new Set<string>();
  const hashtags = new Set<string>();
  for (const part of parts) {
    if (typeof part === 'string') {
      plain += part;
      continue;
    }
    if (typeof part !== 'object' || part === null) continue;
    const { type, text: partText, href } = part as TextPart;
    const value = typeof partText === 'string' ? partText : '';
    plain += value;
    if (type === 'text_link' && typeof href === 'string') addLink(links, href);
    else if (type === 'link') addLink(links, value);
    else if (type === 'hashtag' && value.startsWith('#') && value.length > 1) hashtags.add(value.slice(1));
  }
  return { text: plain, links: [...links], hashtags: [...hashtags] };
}

function toParts(text: unknown): unknown[] {
  if (typeof text === 'string') return [text];
  return Array.isArray(text) ? text : [];
}

/** Keeps http(s) links only; a bare `example.org/x` link entity is read as https. */
function addLink(links: Set<string>, raw: string): void {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(candidate);
    if (url.protocol === 'http:' || url.protocol === 'https:') links.add(url.href);
  } catch {
    // Not a URL after all (a link entity on odd text): nothing to keep.
  }
}

/** A title from the text: its first line, or that line's first sentence when the line is long. */
export function titleOf(text: string): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (line.length <= TITLE_MAX) return line;
  const sentence = /^.+?[.!?](?=\s)/.exec(line)?.[0];
  if (sentence && sentence.length <= TITLE_MAX) return sentence;
  const cut = line.slice(0, TITLE_MAX - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > TITLE_MAX / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** `t.me/<username>/<post>` links: the channel a post link points into, and the post id. */
export function telegramPostLink(url: string): { username: string; post: number } | null {
  const match = /^https?:\/\/(?:t\.me|telegram\.me)\/(?!c\/|s\/)([A-Za-z][A-Za-z0-9_]{3,31})\/(\d+)\/?$/.exec(
    url,
  );
  return match?.[1] && match[2] ? { username: match[1], post: Number(match[2]) } : null;
}
