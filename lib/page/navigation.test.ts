import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { NavigationReads } from './navigation';

let url: string;
let events: string[];
let controller: AbortController;
let reads: NavigationReads;

beforeEach(() => {
  vi.useFakeTimers();
  url = 'https://news.example/a';
  events = [];
  controller = new AbortController();
  const page = {
    clear: () => void events.push('clear'),
    scan: async () => void events.push(`scan ${url}`),
  };
  reads = new NavigationReads(page, {
    signal: controller.signal,
    url: () => url,
    settleMs: 600,
    gapMs: 2000,
  });
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

test('a new URL is read once the site has rendered it', () => {
  url = 'https://news.example/b';
  reads.changed();
  vi.advanceTimersByTime(599);
  expect(events).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(events).toEqual(['clear', 'scan https://news.example/b']);
});

test("the event may come before the new URL is the page's (the Navigation API fires it first)", () => {
  reads.changed();
  url = 'https://news.example/b';
  vi.advanceTimersByTime(600);
  expect(events).toEqual(['clear', 'scan https://news.example/b']);
});

test('the event fired by the page with no new URL reads nothing', () => {
  for (let i = 0; i < 100; i++) reads.changed();
  vi.advanceTimersByTime(10_000);
  expect(events).toEqual([]);
});

test('a URL changing in a loop is read at most once per gap, and the last URL is read', () => {
  for (let i = 0; i < 1000; i++) {
    url = `https://news.example/${i}`;
    reads.changed();
    vi.advanceTimersByTime(10); // 100 changes a second for 10 s
  }
  vi.advanceTimersByTime(5000);
  const scans = events.filter((e) => e.startsWith('scan'));
  expect(scans.length).toBeLessThanOrEqual(6);
  expect(scans.at(-1)).toBe('scan https://news.example/999');
});
