import type { AnalysisDraft } from '../db/analyses';
import { hash } from '../hash';
import { titleOf } from '../io/telegram-text';
import { canonicalUrl } from '../page-url';
import { savedPageId } from '../saved-page';
import type { FeedEntry } from './parse-feed';
import type { PreviewPost } from './telegram-preview';

/**
 * A feed entry as an analysis, or null when it has no text and no title. The id is the article's
 * own (`page:<canonical URL>`, as when the reader saves it), so the same article from two feeds or
 * saved by hand is one analysis; an entry without a link is named by its feed and its guid (or its
 * title and text). An entry without a date takes the time it was first read.
 */
export function entryDraft(
  entry: FeedEntry,
  feed: { url: string; title: string },
  now: number,
): AnalysisDraft | null {
  const text = entry.text || entry.title;
  if (text.trim() === '') return null;
  const url = entry.url ? canonicalUrl(entry.url) : null;
  const id =
    (url && savedPageId(url)) ?? `feed:${hash(`${feed.url}\n${entry.key ?? `${entry.title}\n${text}`}`)}`;
  return {
    id,
    url: url ?? '',
    title: entry.title || titleOf(text),
    source: feed.title || new URL(feed.url).hostname,
    ...(entry.author ? { author: entry.author } : {}),
    publishedAt: entry.publishedAt ?? new Date(now).toISOString(),
    text,
    origin: 'feed',
    links: entry.links,
  };
}

/**
 * A post of a channel's public preview as an analysis. Its id names the channel by username (the
 * preview never shows the numeric id an export uses); `adoptStoredTelegramIds` makes it the export's
 * analysis when that one is stored, by the post's t.me link.
 */
export function postDraft(post: PreviewPost, channelTitle: string): AnalysisDraft {
  return {
    id: `tg:@${post.username.toLowerCase()}:${post.post}`,
    url: `https://t.me/${post.username}/${post.post}`,
    title: titleOf(post.text),
    source: channelTitle || `@${post.username}`,
    ...(post.author ? { author: post.author } : {}),
    publishedAt: post.publishedAt,
    text: post.text,
    origin: 'telegram',
    links: post.links,
    hashtags: post.hashtags,
  };
}
