// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { trusted } from '../../tests/unit/events';
import { watchHoverIntent } from './hover-intent';
import { markOwnHighlight } from './own-nodes';

let controller: AbortController;
let events: string[];
let card: HTMLElement;
let mark: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p>Talks with <backstory-highlight tabindex="0" data-backstory-actor="a">Fidan</backstory-highlight> and <span id="other">others</span></p><div id="card"><button>x</button></div>';
  mark = document.querySelector('backstory-highlight') as HTMLElement;
  markOwnHighlight(mark, 'person:hakan-fidan');
  card = document.getElementById('card') as HTMLElement;
  events = [];
  controller = new AbortController();
  watchHoverIntent(document, {
    signal: controller.signal,
    open: (el, byKeyboard) => events.push(`open ${el.textContent} ${byKeyboard ? 'key' : 'mouse'}`),
    close: () => events.push('close'),
    inCard: (node) => node instanceof Node && card.contains(node),
  });
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

/** The reader's pointer moving; `synthetic` for a page's own dispatched events. */
const move = (from: Element | null, to: Element | null, synthetic = false) => {
  const as = synthetic ? <E extends Event>(e: E) => e : trusted;
  from?.dispatchEvent(as(new MouseEvent('mouseout', { bubbles: true, relatedTarget: to })));
  to?.dispatchEvent(as(new MouseEvent('mouseover', { bubbles: true, relatedTarget: from })));
};
const focus = (element: Element) =>
  element.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));

test('opens after a pause on the name, not when the pointer only passes', () => {
  move(null, mark);
  move(mark, document.getElementById('other'));
  vi.advanceTimersByTime(1000);
  expect(events).toEqual([]);
  move(null, mark);
  vi.advanceTimersByTime(200);
  expect(events).toEqual(['open Fidan mouse']);
});

test('stays open while the pointer travels into the card, closes after leaving both', () => {
  move(null, mark);
  vi.advanceTimersByTime(200);
  move(mark, card);
  vi.advanceTimersByTime(1000);
  expect(events).toEqual(['open Fidan mouse']);
  move(card, document.getElementById('other'));
  vi.advanceTimersByTime(400);
  expect(events).toEqual(['open Fidan mouse', 'close']);
});

test('keyboard focus opens at once and Escape closes and keeps focus on the name', () => {
  mark.focus();
  focus(mark);
  expect(events).toEqual(['open Fidan key']);
  document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  expect(events).toEqual(['open Fidan key', 'close']);
  expect(document.activeElement).toBe(mark);
});

test("a page's look-alike opens nothing, whatever the event; nor do its synthetic events on ours", () => {
  const forged = document.createElement('backstory-highlight');
  forged.dataset.backstoryActor = 'person:hakan-fidan';
  forged.tabIndex = 0;
  forged.textContent = 'Hakan Fidan';
  document.body.append(forged);
  move(null, forged);
  focus(forged);
  vi.advanceTimersByTime(1000);
  expect(events).toEqual([]);
  move(null, mark, true);
  mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  vi.advanceTimersByTime(1000);
  expect(events).toEqual([]);
});

test('nothing happens after the signal aborts', () => {
  controller.abort();
  focus(mark);
  move(null, mark);
  vi.advanceTimersByTime(1000);
  expect(events).toEqual([]);
});
