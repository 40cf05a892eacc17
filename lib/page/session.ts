import type {
  ActorSummary,
  CardView,
  PageDetection,
  PageState,
  PageTopic,
  ReadTiming,
  Result,
} from '../messaging/contract';
import { yieldToPage } from '../yield';
import { looksLikeArticle } from './article-check';
import { findArticleRoot } from './article-root';
import { busyClock } from './busy-clock';
import { collectTextInSlices } from './collect';
import { applyHighlightsInSlices, type Highlights } from './highlight';
import { followColorScheme, paintHighlight, tintFor } from './highlight-style';
import { watchAdditions } from './live';
import { actorOfHighlight } from './own-nodes';
import { PageIds } from './page-ids';

/** The hover cards of a read page (entrypoints/content/cards.ts). */
export interface Cards {
  /** Removes the card and its listeners. */
  stop(): void;
  view(): CardView;
}

/** What a session needs from the extension: injected, so this runs under Vitest without WXT. */
export interface SessionDeps {
  doc: Document;
  /** Aborts when the content script is invalidated (WXT's `ctx.signal`): everything stops. */
  signal: AbortSignal;
  detect(text: string): Promise<Result<PageDetection>>;
  startCards(): Cards;
  /** Logs a failed call (see background-client.ts). */
  report(what: string, error: string): void;
  /** Least time between two readings of what the page added (a page churning its DOM waits). */
  liveGapMs?: number;
}

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
  /** Aborted by `clear`: the watchers and the cards of one reading. */
  #reading = new AbortController();
  #cards: Cards | null = null;
  /** Per page load, so an opaque id never outlives the page (see `PageIds`). */
  readonly #ids = new PageIds();

  constructor(private readonly deps: SessionDeps) {
    deps.signal.addEventListener('abort', () => this.clear());
  }

  /** What the popup shows for this page; `read: false` with empty lists when Backstory did not read it. */
  state(): Omit<PageState, 'selection'> {
    const { doc } = this.deps;
    const url = doc.location?.href ?? '';
    if (!this.#read) return { read: false, url, title: doc.title, actors: [], topics: [] };
    // Counted on our own highlights, by identity: the page can add look-alikes and change attributes.
    const counts = new Map<string, number>();
    for (const highlights of this.#highlights) {
      for (const element of highlights.elements) {
        const id = element.isConnected ? actorOfHighlight(element) : null;
        if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const actors = [...this.#actors.values()]
      .filter((actor) => counts.has(actor.id))
      .map((actor) => ({ ...actor, count: counts.get(actor.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const timing = this.#timing ? { timing: this.#timing } : {};
    return { read: true, url, title: doc.title, actors, topics: this.#topics, ...timing };
  }

  /**
   * Reads the page, if it is an article and Backstory may read it here. False when the page did not
   * look like an article (yet: a page's scripts may still be adding it).
   */
  async scan(): Promise<boolean> {
    const generation = ++this.#generation;
    const { doc } = this.deps;
    // The script's own start (evaluating it, opening the port) was a task of its own: the page gets the
    // thread back before the article check and the first slice of collecting.
    await yieldToPage();
    if (generation !== this.#generation) return true;
    if (!looksLikeArticle(doc)) return false;
    const root = findArticleRoot(doc);
    if (root === null) return false;
    const timing: ReadTiming = { collectMs: 0, sendMs: 0, highlightMs: 0, firstHighlightsAfterMs: null };
    const signal = this.#reading.signal;
    // Watching starts before the first reading: what a live page adds while the text is collected and
    // detected (seconds on a busy machine) is queued and read after it, not lost.
    let firstReadDone = () => {};
    const after = new Promise<void>((resolve) => {
      firstReadDone = resolve;
    });
    const gapMs = this.deps.liveGapMs ?? LIVE_GAP_MS;
    watchAdditions(root, (added) => this.#highlight(added, generation), { signal, gapMs, after });
    const found = await this.#highlight(root, generation, timing).finally(firstReadDone);
    this.#timing = timing;
    if (generation !== this.#generation) return true;
    if (!found) {
      this.clear();
      return true;
    }
    this.#read = true;
    const cards = this.deps.startCards();
    this.#cards = cards;
    signal.addEventListener('abort', () => {
      cards.stop();
      this.#cards = null;
    });
    const stopScheme = followColorScheme(doc);
    signal.addEventListener('abort', stopScheme);
    return true;
  }

  /** What the card shows; null while the page is not read. */
  cardView(): CardView | null {
    return this.#cards?.view() ?? null;
  }

  /** Takes every highlight, the card and the watchers away, leaving the page as it was. */
  clear(): void {
    this.#generation++;
    this.#reading.abort();
    this.#reading = new AbortController();
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
   * Detects and highlights under `roots`; false when Backstory is off here or the call failed. Notes
   * the main-thread time of each step in `timing`, when given.
   */
  async #highlight(roots: Element | Element[], generation: number, timing?: ReadTiming): Promise<boolean> {
    const started = performance.now();
    const stale = () => generation !== this.#generation || this.deps.signal.aborted;
    const collecting = busyClock();
    const { text, segments } = await collectTextInSlices(roots, collecting.pause);
    if (timing) timing.collectMs = collecting.busyMs();
    if (stale()) return false;
    if (text.trim() === '') return true;
    const sending = performance.now();
    const call = this.deps.detect(text);
    // The text is copied for the worker before `postMessage` returns: that copy is ours to count.
    if (timing) timing.sendMs = performance.now() - sending;
    const reply = await call;
    if (!reply.ok) {
      this.deps.report('detect', reply.error);
      return false;
    }
    if (reply.value.off || stale()) return false;
    for (const actor of reply.value.actors) this.#actors.set(actor.id, actor);
    if (this.#topics.length === 0) this.#topics = reply.value.topics;
    const shipped = new Set(reply.value.shipped);
    const spans = reply.value.mentions.flatMap((m) =>
      m.actorId
        ? [
            {
              start: m.start,
              end: m.end,
              actorId: m.actorId,
              mark: this.#ids.markFor(m.actorId, shipped.has(m.actorId)),
            },
          ]
        : [],
    );
    const highlighting = busyClock();
    const highlights = await applyHighlightsInSlices(segments, spans, highlighting.pause, {
      // Once the layout is read: the page's background is then known without a style recalculation.
      beforeWrapping: (first) => {
        const tint = tintFor(first);
        return (element) => paintHighlight(element, tint);
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

/** Least time between two readings of additions: at most one detection a second from DOM churn. */
const LIVE_GAP_MS = 1000;
