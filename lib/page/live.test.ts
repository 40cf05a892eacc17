// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test } from 'vitest';
import { outermost, watchAdditions } from './live';
import { markOwn } from './own-nodes';

let controller: AbortController;
beforeEach(() => {
  document.body.innerHTML = '<article><p>Intro.</p><div id="updates"></div></article>';
  controller = new AbortController();
});
afterEach(() => controller.abort());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const updates = () => document.getElementById('updates') as HTMLElement;

function addUpdate(n: number): HTMLElement {
  const entry = document.createElement('section');
  entry.id = `u${n}`;
  entry.innerHTML = `<time>Update ${n}</time><p>Text of update ${n}.</p>`;
  updates().append(entry);
  return entry;
}

test('a live blog posting faster than a batch is read loses no update', async () => {
  const read: string[] = [];
  watchAdditions(
    document.body,
    async (added) => {
      for (const el of added) read.push(el.id);
      await sleep(40); // a reading takes longer than the page's pace: updates arrive meanwhile
    },
    { signal: controller.signal, quietMs: 20, maxWaitMs: 60 },
  );
  // Every 15 ms for 600 ms, like the 150 ms for 6 s of the end-to-end story, ten times faster.
  for (let n = 1; n <= 40; n++) {
    addUpdate(n);
    await sleep(15);
  }
  await sleep(400);
  expect([...read].sort()).toEqual(Array.from({ length: 40 }, (_, i) => `u${i + 1}`).sort());
  expect(new Set(read).size).toBe(read.length); // each once
});

test("Backstory's own nodes are not additions, by identity; the page's are", async () => {
  const batches: string[][] = [];
  watchAdditions(document.body, async (added) => void batches.push(added.map((el) => el.id || el.tagName)), {
    signal: controller.signal,
    quietMs: 10,
  });
  const paragraph = document.querySelector('p') as HTMLElement;
  const ours = document.createElement('backstory-highlight');
  markOwn(ours);
  const split = (paragraph.firstChild as Text).splitText(3);
  markOwn(split);
  paragraph.append(ours);
  await sleep(60);
  expect(batches).toEqual([]);
  // Text the page adds right after ours is the page's, and is read.
  paragraph.append(' More from Ankara.');
  await sleep(60);
  expect(batches).toEqual([['P']]);
});

test('an update added inside another one in the same batch is read once, with it', async () => {
  const batches: string[][] = [];
  watchAdditions(document.body, async (added) => void batches.push(added.map((el) => el.id)), {
    signal: controller.signal,
    quietMs: 10,
  });
  const outer = addUpdate(1);
  const inner = document.createElement('p');
  inner.id = 'inner';
  outer.append(inner);
  await sleep(60);
  expect(batches).toEqual([['u1']]);
});

test('outermost keeps the elements no other one holds', () => {
  document.body.innerHTML = '<div id="a"><p id="b"><span id="c"></span></p></div><p id="d"></p>';
  const byId = (id: string) => document.getElementById(id) as Element;
  const set = new Set(['c', 'b', 'd'].map(byId));
  expect(outermost(set, document.body).map((el) => el.id)).toEqual(['b', 'd']);
  expect(outermost(new Set(['a', 'c'].map(byId)), document.body).map((el) => el.id)).toEqual(['a']);
});

test('rate: readings start at least gapMs apart, and nothing is lost meanwhile', async () => {
  const starts: number[] = [];
  const read: string[] = [];
  watchAdditions(
    document.body,
    async (added) => {
      starts.push(performance.now());
      for (const el of added) read.push(el.id);
    },
    { signal: controller.signal, quietMs: 5, maxWaitMs: 10, gapMs: 100 },
  );
  for (let n = 1; n <= 20; n++) {
    addUpdate(n);
    await sleep(10);
  }
  await sleep(350);
  expect(read.length).toBe(20);
  for (let i = 1; i < starts.length; i++)
    expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(95);
});

test('stops with the signal', async () => {
  const read: string[] = [];
  watchAdditions(document.body, async (added) => void read.push(...added.map((el) => el.id)), {
    signal: controller.signal,
    quietMs: 10,
  });
  controller.abort();
  addUpdate(1);
  await sleep(50);
  expect(read).toEqual([]);
});
