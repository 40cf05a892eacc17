import { useEffect, useState } from 'preact/hooks';
import type { PageState, RelatedAnalysis } from '../../lib/messaging/contract';
import type { Note } from '../../lib/model';
import { safeHttpUrl } from '../format';
import { t } from '../i18n';
import type { PopupServices, TabInfo } from './services';

/** Everything the popup loads when it opens. */
export interface PageData {
  loading: boolean;
  /** `null` when the content script has not read the page (browser pages, not an article, no script). */
  page: PageState | null;
  /** The page notes can be written on: the read page, or an http(s) tab the script skipped; else null. */
  notePage: { url: string; title: string } | null;
  related: RelatedAnalysis[];
  notes: Note[];
  /** Why related analyses and notes could not be loaded, in words for the reader; null when they were. */
  contextError: string | null;
  setNotes(update: (notes: Note[]) => Note[]): void;
  /** Reads the page and its context again (after saving it, or a switch changed), keeping the view meanwhile. */
  reload(): void;
}

/** Loads the page state from the content script, then the analyses and notes that go with it. */
export function usePageData(services: PopupServices, tab: TabInfo): PageData {
  const [loading, setLoading] = useState(true);
  const [page, setPage] = useState<PageState | null>(null);
  const [related, setRelated] = useState<RelatedAnalysis[]>([]);
  const [notes, setNotes] = useState<Note[]>([]);
  const [contextError, setContextError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // A page the content script runs in but did not read still tells its URL: the tab alone may not
  // (no `tabs` permission), and without it the popup could not switch a switched-off site back on.
  const [unread, setUnread] = useState<{ url: string; title: string } | null>(null);
  const tabUrl = safeHttpUrl(tab.url);
  const notePage = page
    ? { url: page.url, title: page.title }
    : (unread ?? (tabUrl ? { url: tabUrl, title: tab.title ?? '' } : null));

  useEffect(() => {
    let live = true;
    (async () => {
      const state = await services.pageState();
      // An error here is the normal case on pages without a content script; the popup says so
      // in plain words instead of showing "Receiving end does not exist".
      const known = state.ok ? state.value : null;
      const read = known?.read === false ? null : known;
      const unreadUrl = known && !read ? safeHttpUrl(known.url) : undefined;
      const url = read?.url ?? unreadUrl ?? tabUrl;
      if (!live) return;
      setPage(read);
      setUnread(unreadUrl && known ? { url: unreadUrl, title: known.title } : null);
      if (url) {
        const context = await services.pageContext({
          url,
          actorIds: read?.actors.map((actor) => actor.id) ?? [],
          topicIds: read?.topics.map((topic) => topic.id) ?? [],
        });
        if (!live) return;
        if (context.ok) {
          setRelated(context.value.related);
          setNotes(context.value.notes);
          setContextError(null);
        } else {
          setContextError(t('errorLoadContext', context.error));
        }
      }
      setLoading(false);
    })();
    return () => {
      live = false;
    };
    // `generation` only asks for another pass; the body does not read it.
  }, [services, tabUrl, generation]);

  const reload = () => setGeneration((n) => n + 1);
  return { loading, page, notePage, related, notes, contextError, setNotes, reload };
}
