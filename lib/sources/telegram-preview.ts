import { DomUtils, parseDocument } from 'htmlparser2';
import { htmlToText } from './html-text';
import { SourceError } from './source-error';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** One post of a public channel's web preview, as text. */
export interface PreviewPost {
  /** The channel's @username as the preview spells it. */
  username: string;
  post: number;
  publishedAt: string;
  text: string;
  links: string[];
  hashtags: string[];
  /** The post's signature, when the channel signs posts. */
  author?: string;
}

export interface PreviewPage {
  title: string;
  posts: PreviewPost[];
  /** The `before` cursor of the next older page; null when this page is the oldest. */
  before: number | null;
}

/** Telegram usernames: 4-32 characters, a letter first (t.me/<name>, @name). */
export const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

/** True for a page that looks like a channel's public preview (its message history). */
export function isTelegramPreview(html: string): boolean {
  return /class="[^"]*\btgme_channel_history\b/.test(html);
}

const hasClass = (element: Element, name: string) =>
  (DomUtils.getAttributeValue(element, 'class') ?? '').split(/\s+/).includes(name);

const byClass = (name: string, root: Element | Element[]) =>
  DomUtils.findAll((e) => hasClass(e, name), Array.isArray(root) ? root : [root]);

/**
 * Reads a channel's public web preview (`t.me/s/<name>`, newest posts last) without a DOM: each
 * post's id, date, text (quoted replies and forward headers left out), cited links and hashtags,
 * and the cursor to the page of older posts. Posts without text (a photo without caption) are
 * left out. Throws a `SourceError` when the page is not a channel preview (a private channel or
 * a user redirects to a page without posts).
 */
export function parseTelegramPreview(html: string, pageUrl: string): PreviewPage {
  const document = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true });
  const root = document.children.filter((n): n is Element => n.type === 'tag');
  const messages = byClass('tgme_widget_message', root).filter((e) => DomUtils.hasAttrib(e, 'data-post'));
  const history = byClass('tgme_channel_history', root);
  if (messages.length === 0 && history.length === 0) {
    throw new SourceError('sourceFailNotPreview');
  }
  const posts: PreviewPost[] = [];
  for (const message of messages) {
    const post = previewPost(message, pageUrl);
    if (post) posts.push(post);
  }
  const more = byClass('tme_messages_more', root)[0];
  const before = Number(more ? DomUtils.getAttributeValue(more, 'data-before') : Number.NaN);
  const titleMeta = DomUtils.findOne(
    (e) => e.name === 'meta' && DomUtils.getAttributeValue(e, 'property') === 'og:title',
    root,
  );
  return {
    title: (titleMeta ? DomUtils.getAttributeValue(titleMeta, 'content') : '')?.trim() ?? '',
    posts,
    before: Number.isInteger(before) && before > 0 ? before : null,
  };
}

function previewPost(message: Element, pageUrl: string): PreviewPost | null {
  const [username, id] = (DomUtils.getAttributeValue(message, 'data-post') ?? '').split('/');
  const post = Number(id);
  if (!username || !USERNAME.test(username) || !Number.isInteger(post) || post <= 0) return null;
  // The post's own text: not the quoted text of the post it replies to (`js-message_reply_text`).
  const body = byClass('js-message_text', message)[0];
  const time = DomUtils.findOne((e) => e.name === 'time' && DomUtils.hasAttrib(e, 'datetime'), [message]);
  const date = Date.parse(time ? (DomUtils.getAttributeValue(time, 'datetime') ?? '') : '');
  if (!body || Number.isNaN(date)) return null;
  const { text, links } = htmlToText(DomUtils.getOuterHTML(body), pageUrl);
  if (text === '') return null;
  const hashtags = [
    ...new Set([...text.matchAll(/(?:^|[^\p{L}\p{N}_])#([\p{L}\p{N}_]+)/gu)].map((m) => m[1] ?? '')),
  ];
  const signature = byClass('tgme_widget_message_from_author', message)[0];
  const author = signature ? DomUtils.textContent(signature).trim() : '';
  return {
    username,
    post,
    publishedAt: new Date(date).toISOString(),
    text,
    // Hashtag links point back into the preview's search (`?q=%23tag`): they are not citations.
    links: links.filter((link) => !new URL(link).search.startsWith('?q=')),
    hashtags,
    ...(author ? { author } : {}),
  };
}
