import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ActorSummary, CardView, PageState, PageTopic, ReadTiming } from '@/lib/messaging/contract';
import { looksLikeArticle } from '@/lib/page/article-check';
import { findArticleRoot } from '@/lib/page/article-root';
import { collectTextInSlices } from '@/lib/page/collect';
import { applyHighlightsInSlices, HIGHLIGHT_TAG, type Highlights } from '@/lib/page/highlight';
import { followColorScheme, paintHighlight, tintFor } from '@/lib/page/highlight-style';
import { yieldToPage } from '@/lib/page/yield';
import { background, reportFailure } from './background-client';
import { type Cards, startCards } from './cards';
import { watchAdditions } from './live';

/**
 * Backstory on one page: reads the article, highlights its known actors, keeps up with text the page
 * adds later, and can be cleared (site switched off) or read again (settings changed, new URL).
 */
export class PageSession {
  #highlights: Highlights[] = [];
  #actors = new Map<string, ActorSummary>();
  #topics: PageTopic[] = [];
  #read = false;
  #generation = 0;
  #timing: ReadTiming | undefined;
  #teardown: (() => void)[] = [];
  #cards: Cards | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.clear());
  }

  /** What the popup shows for this page; `read: false` with empty lists when Backstory did not read it. */
  state(): Omit<PageState, 'selection'> {
    if (!this.#read)
      return { read: false, url: location.href, title: document.title, actors: [], topics: [] };
    const counts = new Map<string, number>();
    for (const element of document.querySelectorAll<HTMLElement>(HIGHLIGHT_TAG)) {
      const id = element.dataset.backstoryActor ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const actors = [...this.#actors.values()]
      .filter((actor) => counts.has(actor.id))
      .map((actor) => ({ ...actor, count: counts.get(actor.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const timing = this.#timing ? { timing: this.#timing } : {};
    return { read: true, url: location.href, title: document.title, actors, topics: this.#topics, ...timing };
  }

  /**
   * Reads the page, if it is an article and Backstory may read it here. False when the page did not
   * look like an article (yet: a page's scripts may still be adding it).
   */
  async scan(): Promise<boolean> {
    const generation = ++this.#generation;
    // The script's own start (evaluating it, opening the port) was a task of its own: the page gets the
    // thread back before the article check and the first slice of collecting.
    await yieldToPage();
    if (generation !== this.#generation) return true;
    if (!looksLikeArticle(document)) return false;
    const root = findArticleRoot(document);
    if (root === null) return false;
    const timing: ReadTiming = { collectMs: 0, sendMs: 0, highlightMs: 0, firstHighlightsAfterMs: null };
    const found = await this.#highlight(root, generation, timing);
    this.#timing = timing;
    if (generation !== this.#generation) return true;
    if (!found) {
      this.clear();
      return true;
    }
    this.#read = true;
    const cards = startCards(this.ctx);
    this.#cards = cards;
    this.#teardown.push(
      followColorScheme(document),
      () => {
        cards.stop();
        this.#cards = null;
      },
      watchAdditions(root, (node) => this.#highlight(node, generation), this.ctx),
    );
    return true;
  }

  /** What the card shows; null while the page is not read. */
  cardView(): CardView | null {
    return this.#cards?.view() ?? null;
  }

  /** Takes every highlight, the card and the watchers away, leaving the page as it was. */
  clear(): void {
    this.#generation++;
    for (const stop of this.#teardown.splice(0)) stop();
    for (const highlights of this.#highlights.splice(0)) highlights.remove();
    this.#actors.clear();
    this.#topics = [];
    this.#timing = undefined;
    this.#read = false;
  }

  async rescan(): Promise<void> {
    this.clear();
    await this.scan();
  }

  /**
   * Detects and highlights under `root`; false when Backstory is off here or the call failed. Notes
   * the main-thread time of each step in `timing`, when given.
   */
  async #highlight(root: Element, generation: number, timing?: ReadTiming): Promise<boolean> {
    const started = performance.now();
    const collecting = busyClock();
    const { text, segments } = await collectTextInSlices(root, collecting.pause);
    if (timing) timing.collectMs = collecting.busyMs();
    if (generation !== this.#generation || this.ctx.isInvalid) return false;
    if (text.trim() === '') return true;
    const sending = performance.now();
    const call = background('detect', { text });
    // The text is copied for the worker before `postMessage` returns: that copy is ours to count.
    if (timing) timing.sendMs = performance.now() - sending;
    const reply = await call;
    if (!reply.ok) {
      reportFailure('detect', reply.error);
      return false;
    }
    if (reply.value.off || generation !== this.#generation || this.ctx.isInvalid) return false;
    for (const actor of reply.value.actors) this.#actors.set(actor.id, actor);
    if (this.#topics.length === 0) this.#topics = reply.value.topics;
    const spans = reply.value.mentions.flatMap((m) =>
      m.actorId ? [{ start: m.start, end: m.end, actorId: m.actorId }] : [],
    );
    // Strong: the library has something on the actor (see `paintHighlight` on what the page can see).
    const strong = new Set(reply.value.mentions.flatMap((m) => (m.strong && m.actorId ? [m.actorId] : [])));
    const highlighting = busyClock();
    const highlights = await applyHighlightsInSlices(segments, spans, highlighting.pause, {
      // Once the layout is read: the page's background is then known without a style recalculation.
      beforeWrapping: (first) => {
        const tint = tintFor(first);
        return (element) =>
          paintHighlight(
            element,
            tint,
            strong.has(element.dataset.backstoryActor ?? '') ? 'strong' : 'light',
          );
      },
    });
    if (timing) {
      timing.highlightMs = highlighting.busyMs();
      // No pause at all: the whole page was highlighted in its first slice, which ends now.
      const firstAt = Number.isNaN(highlighting.firstAt) ? performance.now() : highlighting.firstAt;
      timing.firstHighlightsAfterMs = highlights.elements.length > 0 ? firstAt - started : null;
    }
    // Cleared while the slices ran: these came after the clear-up and must go too.
    if (generation !== this.#generation) highlights.remove();
    else this.#highlights.push(highlights);
    return true;
  }
}

/**
 * A clock for a sliced job: `pause` yields to the page and keeps the time spent away, so `busyMs` is
 * the job's own main-thread time. `firstAt` is when the first pause began (the first slice's end).
 */
function busyClock() {
  const start = performance.now();
  let away = 0;
  const clock = {
    firstAt: Number.NaN,
    async pause() {
      const left = performance.now();
      if (Number.isNaN(clock.firstAt)) clock.firstAt = left;
      await yieldToPage();
      away += performance.now() - left;
    },
    busyMs: () => performance.now() - start - away,
  };
  return clock;
}
