import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMethods } from '@/lib/messaging/contract';
import { createRouter } from '@/lib/messaging/router';
import { focusNextHighlight } from '@/lib/page/highlight-focus';
import { NavigationReads } from '@/lib/page/navigation';
import { PageSession } from '@/lib/page/session';
import { cleanSnapshot } from '@/lib/page/snapshot';
import { quoteSelection } from '@/lib/page/text-quote';
import { background, connectBackground, reportFailure } from './background-client';
import { startCards } from './cards';

/** Starts Backstory on this page and answers the extension's pages while it lives. */
export async function startPage(ctx: ContentScriptContext): Promise<void> {
  connectBackground();
  const session = new PageSession({
    doc: document,
    signal: ctx.signal,
    detect: (text) => background('detect', { text }),
    startCards: () => startCards(ctx),
    report: reportFailure,
  });
  // The scan runs first, up to its first pause: the page's text goes to the worker before anything else
  // is set up, and the listeners below are in place long before the popup can ask.
  const scanning = session.scan();
  listenToExtension(ctx, session);
  // Single-page sites change the URL without a reload: the article is a new one. The page can fire
  // this event itself, and change its URL in a loop: `NavigationReads` reads only a new URL, spaced out.
  const navigation = new NavigationReads(session, { signal: ctx.signal, url: () => location.href });
  ctx.addEventListener(window, 'wxt:locationchange', () => navigation.changed());
  const article = await scanning;
  // The script runs once the HTML is parsed (document_end), so the reader sees highlights as soon as the
  // article can be read. A page whose scripts build the article after that gets a second look at `load`.
  if (!article && document.readyState !== 'complete')
    ctx.addEventListener(window, 'load', () => void session.scan(), { once: true });
}

/** Only the extension's own pages can reach `runtime.onMessage` here; the id check is a second lock. */
function listenToExtension(ctx: ContentScriptContext, session: PageSession): void {
  const route = createRouter<ContentMethods, null>(
    {
      pageState: () => ({ ...session.state(), selection: quoteSelection(document.getSelection()) }),
      refresh: async () => {
        await session.rescan();
        return null;
      },
      focusHighlight: ({ direction }) => {
        focusNextHighlight(document, direction === -1 ? -1 : 1);
        return null;
      },
      articleSnapshot: () => ({ url: location.href, title: document.title, html: cleanSnapshot(document) }),
      cardView: () => session.cardView(),
    },
    () => null,
  );
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return route(message, null);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
