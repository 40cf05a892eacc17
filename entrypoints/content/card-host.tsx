import { render } from 'preact';
import { ActorCard, type ActorCardState } from '@/components/ActorCard';
import { CARD_CSS, CARD_HEIGHT, CARD_WIDTH } from '@/components/card-styles';
import { uiDirection } from '@/components/i18n';
import type { CardView } from '@/lib/messaging/contract';
import { placeCard } from '@/lib/page/card-place';
import { pageTheme } from '@/lib/page/page-theme';

export interface CardHostOptions {
  onOpenAnalysis(analysisId: string): void;
  onClose(): void;
}

/** Gap between a highlight and its card, in CSS pixels. */
const GAP = 6;

/**
 * The host's look, every property `!important`: a page rule (`backstory-card { display: none
 * !important }`) cannot hide the card from the reader, and an inline `!important` beats any page rule.
 * The size is fixed (see CARD_CSS): the host sits in the page, which can measure it, so it must not
 * grow with the reader's analyses and notes (issue 14).
 */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  'z-index': '2147483647',
  display: 'none',
  width: `${CARD_WIDTH}px`,
  height: `${CARD_HEIGHT}px`,
  'max-height': '70vh',
  'max-width': `calc(100vw - ${2 * GAP}px)`,
};

/**
 * The hover card's place in the page: a `<backstory-card>` element with its own closed shadow root, so
 * the page's CSS cannot reach the card and the card's cannot reach the page, and the page's scripts
 * cannot read what the card shows (the reader's notes and analyses): `element.shadowRoot` is null to
 * them. Only this script holds the root.
 */
export class CardHost {
  readonly element: HTMLElement;
  readonly #shadow: ShadowRoot;
  readonly #container: HTMLElement;
  #anchor: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly options: CardHostOptions,
  ) {
    this.element = doc.createElement('backstory-card');
    // Fixed and topmost; `all: initial` so page rules on unknown elements cannot move or hide it.
    for (const [name, value] of Object.entries(HOST_STYLE))
      this.element.style.setProperty(name, value, 'important');
    this.#shadow = this.element.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.#container = doc.createElement('div');
    this.#shadow.append(style, this.#container);
  }

  /** Shows the card next to `anchor` with `state`; call again to update it. */
  show(anchor: HTMLElement, state: ActorCardState): void {
    if (!this.element.isConnected) this.doc.documentElement.append(this.element);
    if (this.#anchor !== anchor) {
      // Dark next to a dark page, light next to a light one; the system's setting when the page is silent.
      const theme = pageTheme(anchor);
      if (theme === null) this.element.removeAttribute('data-theme');
      else this.element.dataset.theme = theme;
    }
    this.#anchor = anchor;
    render(
      <ActorCard state={state} onOpenAnalysis={this.options.onOpenAnalysis} onClose={this.options.onClose} />,
      this.#container,
    );
    this.#set('display', 'block');
    this.place();
  }

  /** Hides the card and empties it: the reader's notes are in the page only while they are shown. */
  hide(): void {
    this.#anchor = null;
    this.#set('display', 'none');
    render(null, this.#container);
  }

  get anchor(): HTMLElement | null {
    return this.#anchor;
  }

  /** True when a node is the card or inside it. */
  contains(node: EventTarget | null): boolean {
    return node instanceof Node && (node === this.element || this.element.contains(node));
  }

  #set(name: string, value: string): void {
    this.element.style.setProperty(name, value, 'important');
  }

  /**
   * Below the highlight when it fits, above it otherwise, opening toward the interface's reading
   * direction; never off-screen sideways. The card's size is fixed, so where it goes depends on the
   * highlight's place only, never on what it shows.
   */
  place(): void {
    if (this.#anchor === null) return;
    const view = this.doc.documentElement;
    const { top, left } = placeCard({
      anchor: this.#anchor.getBoundingClientRect(),
      width: this.element.offsetWidth,
      height: this.element.offsetHeight,
      viewWidth: view.clientWidth,
      viewHeight: view.clientHeight,
      direction: uiDirection(),
      gap: GAP,
    });
    this.#set('top', `${top}px`);
    this.#set('left', `${left}px`);
  }

  /** Moves keyboard focus into the card (its first control). */
  focus(): void {
    this.#shadow.querySelector<HTMLElement>('button, a[href], [tabindex="0"]')?.focus();
  }

  /**
   * What the card shows now, as text, for the extension's own pages (the end-to-end tests read the
   * card this way: the page cannot). `markup` counts elements that only markup smuggled in from an
   * analysis or a note could have made.
   */
  view(): CardView {
    const title = this.#shadow.querySelector('[data-testid=card-title]');
    const open = this.element.style.display !== 'none' && title !== null && title.getClientRects().length > 0;
    const squash = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const texts = (selector: string) => [...this.#shadow.querySelectorAll(selector)].map(squash);
    const card = this.#shadow.querySelector('.bs-card');
    return {
      open,
      title: open ? squash(title) : '',
      text: squash(this.#container),
      analyses: texts('[data-testid=card-analysis]'),
      notes: texts('[data-testid=card-note]'),
      background: open && card !== null ? getComputedStyle(card).backgroundColor : null,
      markup: this.#shadow.querySelectorAll('img, script, iframe, [onerror], [onload], [onmouseover]').length,
      rtl: [...this.#shadow.querySelectorAll('[dir], bdi')]
        .filter((element) => getComputedStyle(element).direction === 'rtl')
        .map(squash),
      html: open ? this.#shadow.innerHTML : '',
    };
  }

  destroy(): void {
    render(null, this.#container);
    this.element.remove();
  }
}
