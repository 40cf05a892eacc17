import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMethods, PageDetection, PageState } from '@/lib/messaging/contract';
import { createRouter } from '@/lib/messaging/router';
import { findArticleRoot } from '@/lib/page/article-root';
import { collectText } from '@/lib/page/collect';
import { applyHighlights, type Highlights } from '@/lib/page/highlight';
import { installHighlightStyle } from '@/lib/page/highlight-style';
import { background, reportFailure } from './background-client';
import { startCards } from './cards';

/** Reads the article, highlights its known actors, and answers the popup while the page lives. */
export async function startPage(ctx: ContentScriptContext): Promise<void> {
  let state: PageState | null = null;
  listenToExtension(ctx, () => state);

  const root = findArticleRoot(document);
  if (root === null) return;
  const { text, segments } = collectText(root);
  if (text.trim() === '') return;

  const reply = await background('detect', { text });
  if (!reply.ok) return reportFailure('detect', reply.error);
  if (ctx.isInvalid) return;

  const removeStyle = installHighlightStyle(document);
  const highlights = applyHighlights(
    segments,
    reply.value.mentions.flatMap((m) =>
      m.actorId ? [{ start: m.start, end: m.end, actorId: m.actorId }] : [],
    ),
  );
  state = pageState(reply.value, highlights);
  const stopCards = startCards(ctx);
  ctx.onInvalidated(() => {
    stopCards();
    highlights.remove();
    removeStyle();
  });
}

function pageState(detection: PageDetection, highlights: Highlights): PageState {
  const counts = new Map<string, number>();
  for (const element of highlights.elements) {
    const id = element.dataset.backstoryActor ?? '';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const actors = detection.actors
    .filter((actor) => counts.has(actor.id))
    .map((actor) => ({ ...actor, count: counts.get(actor.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { url: location.href, title: document.title, actors, topics: detection.topics };
}

/** Answers the popup; only the extension's own pages can reach `runtime.onMessage` here. */
function listenToExtension(ctx: ContentScriptContext, current: () => PageState | null): void {
  const route = createRouter<ContentMethods, null>({ pageState: () => current() }, () => null);
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return route(message, null);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
