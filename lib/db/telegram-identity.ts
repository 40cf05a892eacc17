import type { AnalysisDraft } from './analyses';
import type { BackstoryDB } from './database';

/**
 * One Telegram post is one analysis, whichever way it came: a Telegram Desktop export names it
 * `tg:<chat id>:<post>`, the channel's public preview (which never shows the numeric chat id)
 * `tg:@<username>:<post>`. Both give the post's `https://t.me/<username>/<post>` link when the
 * username is known, so a post whose link is already stored under another id takes that id.
 * Usernames are compared without case, as Telegram does. Returns the drafts, changed in place.
 */
export async function adoptStoredTelegramIds(
  db: BackstoryDB,
  drafts: AnalysisDraft[],
): Promise<AnalysisDraft[]> {
  const posts = drafts.filter((d) => d.origin === 'telegram' && d.url !== '');
  if (posts.length === 0) return drafts;
  const urls = [...new Set(posts.map((d) => d.url))];
  const stored = new Map<string, string>();
  await db.analyses
    .where('url')
    .anyOfIgnoreCase(urls)
    .each((analysis) => {
      if (analysis.origin === 'telegram') stored.set(analysis.url.toLowerCase(), analysis.id);
    });
  for (const draft of posts) draft.id = stored.get(draft.url.toLowerCase()) ?? draft.id;
  return drafts;
}
