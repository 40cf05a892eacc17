import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '@/components/i18n';
import { watchHighlightStates } from '@/lib/page/highlight-style';
import { watchHoverIntent } from '@/lib/page/hover-intent';
import { actorOfHighlight } from '@/lib/page/own-nodes';
import type { Cards } from '@/lib/page/session';
import { background, reportFailure } from './background-client';
import { CardHost } from './card-host';

/** Opens the actor card on hover or focus of a highlight, which is painted stronger meanwhile. */
export function startCards(ctx: ContentScriptContext): Cards {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  let request = 0;
  const card = new CardHost(document, {
    onOpenAnalysis: (analysisId) => {
      background('openAnalysis', { analysisId }).then((r) => r.ok || reportFailure('openAnalysis', r.error));
    },
    onClose: () => {
      const anchor = card.anchor;
      card.hide();
      anchor?.focus();
    },
  });

  watchHighlightStates(document, controller.signal);
  watchHoverIntent(document, {
    signal: controller.signal,
    inCard: (node) => card.contains(node),
    close: () => card.hide(),
    open: async (highlight) => {
      // The actor as this script noted it, never the attribute: the page can rewrite that.
      const actorId = actorOfHighlight(highlight);
      if (actorId === null) return;
      const mine = ++request;
      card.show(highlight, { status: 'loading' });
      const reply = await background('actorCard', { actorId, url: location.href });
      if (mine !== request || card.anchor !== highlight) return; // another card opened meanwhile
      if (reply.ok) card.show(highlight, { status: 'ready', data: reply.value });
      else {
        reportFailure('actorCard', reply.error);
        card.show(highlight, { status: 'error', error: t('cardUnavailable') });
      }
    },
  });
  const reposition = () => card.place();
  window.addEventListener('scroll', reposition, { passive: true, capture: true, signal: controller.signal });
  window.addEventListener('resize', reposition, { passive: true, signal: controller.signal });
  return {
    stop() {
      controller.abort();
      card.destroy();
    },
    view: () => card.view(),
  };
}
