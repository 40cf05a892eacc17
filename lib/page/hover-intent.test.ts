// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { watchHoverIntent } from './hover-intent';

let controller: AbortController;
let events: string[];
let card: HTMLElement;
let mark: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<p>Talks with <backstory-highlight tabindex="0" data-backstory-actor="a">Fidan</backstory-highlight> and <span id="other">others</span></p><div id="card"><button>x</button></div>';
  mark = document.querySelector('backstory-highlight') as HTMLElement;
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

const move = (from: Element | null, to: Element | null) => {
  from?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: to }));
  to?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: from }));
};

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
  expect(events).toEqual(['open Fidan key']);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(events).toEqual(['open Fidan key', 'close']);
  expect(document.activeElement).toBe(mark);
});

test('nothing happens after the signal aborts', () => {
  controller.abort();
  mark.focus();
  move(null, mark);
  vi.advanceTimersByTime(1000);
  expect(events).toEqual([]);
});
