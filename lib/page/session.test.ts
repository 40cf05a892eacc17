// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageDetection, Result } from '../messaging/contract';
import { MAX_PAGE_TEXT } from './collect';
import { type Cards, PageSession } from './session';

/** Names the fake worker knows, with their actors; `user:` ones are the reader's own. */
const KNOWN: Record<string, string> = {
  'Hakan Fidan': 'person:hakan-fidan',
  Ankara: 'state:TR',
  'Defne Aras': 'user:0b7c2a8e-4f6d-4a53-9d0c-2f4b1c9e7a11',
};

const PARAGRAPH = 'Hakan Fidan flew from Ankara to meet Defne Aras. '.repeat(6);
const ARTICLE = `<main><article><h1>Talks</h1>${`<p>${PARAGRAPH}</p>`.repeat(4)}<div id="updates"></div></article></main>`;

/** The worker: every known name is a confident mention; what was sent is kept. */
function fakeWorker() {
  const sent: string[] = [];
  let hold: Promise<void> | null = null;
  const detect = async (text: string): Promise<Result<PageDetection>> => {
    sent.push(text);
    if (hold) await hold;
    const mentions = Object.entries(KNOWN).flatMap(([name, actorId]) =>
      [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + name.length,
        actorId,
        type: 'PER' as const,
        confidence: 1,
        strong: false,
      })),
    );
    const ids = [...new Set(mentions.map((m) => m.actorId))];
    return {
      ok: true,
      value: {
        off: false,
        mentions,
        actors: ids.map((id) => ({ id, name: id, kind: 'person' as const, description: '' })),
        shipped: ids.filter((id) => !id.startsWith('user:')),
        topics: [],
      },
    };
  };
  return {
    detect,
    sent,
    /** Holds replies until the returned function is called. */
    hold(): () => void {
      let release = () => {};
      hold = new Promise((resolve) => {
        release = () => {
          hold = null;
          resolve();
        };
      });
      return release;
    },
  };
}

let ctx: ContentScriptContext;
let worker: ReturnType<typeof fakeWorker>;
let session: PageSession;
const cards: Cards = { stop: () => {}, view: () => ({}) as never };

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = ARTICLE;
  ctx = new ContentScriptContext('content');
  worker = fakeWorker();
  session = new PageSession({
    doc: document,
    signal: ctx.signal,
    detect: worker.detect,
    startCards: () => cards,
    report: () => {},
    liveGapMs: 0,
  });
});
afterEach(() => ctx.abort());

const marks = () =>
  [...document.querySelectorAll<HTMLElement>('[data-backstory-actor]')].map(
    (el) => el.dataset.backstoryActor,
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ids in the page', () => {
  test("the reader's own actor shows an opaque id, the same within the page; shipped ones their own", async () => {
    expect(await session.scan()).toBe(true);
    const shown = new Set(marks());
    expect(shown.has('person:hakan-fidan')).toBe(true);
    expect(shown.has('state:TR')).toBe(true);
    expect(document.body.innerHTML).not.toContain('user:');
    const opaque = [...shown].filter((id) => id?.startsWith('page:'));
    expect(opaque).toHaveLength(1);
    // The popup still gets the real actor, counted on our own highlights.
    const actors = session.state().actors;
    expect(actors.find((a) => a.id === KNOWN['Defne Aras'])?.count).toBe(24);
  });

  test('another page load gets another opaque id', async () => {
    await session.scan();
    const first = marks().find((id) => id?.startsWith('page:'));
    session.clear();
    const next = new PageSession({
      doc: document,
      signal: ctx.signal,
      detect: worker.detect,
      startCards: () => cards,
      report: () => {},
    });
    await next.scan();
    const second = marks().find((id) => id?.startsWith('page:'));
    expect(second).toMatch(/^page:[0-9a-f]{16}$/);
    expect(second).not.toBe(first);
  });

  test("a page's look-alikes and rewritten attributes do not change what the popup counts", async () => {
    await session.scan();
    const forged = document.createElement('backstory-highlight');
    forged.dataset.backstoryActor = 'person:sergey-lavrov';
    document.querySelector('h1')?.append(forged);
    for (const el of document.querySelectorAll<HTMLElement>('[data-backstory-actor="state:TR"]'))
      el.dataset.backstoryActor = 'person:sergey-lavrov';
    const ids = session.state().actors.map((a) => [a.id, a.count]);
    expect(ids).toContainEqual(['state:TR', 24]);
    expect(ids.map(([id]) => id)).not.toContain('person:sergey-lavrov');
  });
});

describe('races and live additions', () => {
  test('updates the page adds while a reading waits for the worker are all highlighted', async () => {
    await session.scan();
    const release = worker.hold();
    for (let n = 1; n <= 6; n++) {
      const p = document.createElement('p');
      p.id = `u${n}`;
      p.textContent = `Update ${n}: Hakan Fidan spoke again.`;
      document.getElementById('updates')?.append(p);
      await sleep(120); // past the watcher's quiet time: readings start while others wait
    }
    release();
    await vi.waitFor(
      () => {
        for (let n = 1; n <= 6; n++)
          expect(document.querySelector(`#u${n} [data-backstory-actor]`), `update ${n}`).not.toBeNull();
      },
      { timeout: 5000 },
    );
  });

  test('updates the page adds while its first reading waits for the worker are highlighted after it', async () => {
    const release = worker.hold();
    const scanning = session.scan();
    await vi.waitFor(() => expect(worker.sent).toHaveLength(1));
    for (let n = 1; n <= 3; n++) {
      const p = document.createElement('p');
      p.id = `early${n}`;
      p.textContent = `Early update ${n}: Hakan Fidan landed.`;
      document.getElementById('updates')?.append(p);
      await sleep(120);
    }
    release();
    await scanning;
    await vi.waitFor(
      () => {
        for (let n = 1; n <= 3; n++)
          expect(document.querySelector(`#early${n} [data-backstory-actor]`), `update ${n}`).not.toBeNull();
      },
      { timeout: 5000 },
    );
    // Each read once: the first reading's text did not hold them, and they were read after it.
    expect(worker.sent.filter((text) => text.includes('Early update 1'))).toHaveLength(1);
  });

  test('clearing while the worker answers leaves the page as it was', async () => {
    const before = document.body.innerHTML;
    const release = worker.hold();
    const scanning = session.scan();
    await vi.waitFor(() => expect(worker.sent).toHaveLength(1));
    session.clear();
    release();
    await scanning;
    expect(document.body.innerHTML).toBe(before);
  });

  test('the content script going away (an update) takes every highlight away', async () => {
    const before = document.body.innerHTML;
    await session.scan();
    expect(marks().length).toBeGreaterThan(0);
    ctx.abort();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('flooding', () => {
  test('a page with more text than the cap sends at most the cap', async () => {
    const huge = `<p>${'The talks went on into the night. '.repeat(150)}</p>`.repeat(
      Math.ceil(MAX_PAGE_TEXT / 4000) + 20,
    );
    document.body.innerHTML = `<main><article><h1>Long</h1>${huge}</article></main>`;
    await session.scan();
    expect(worker.sent).toHaveLength(1);
    expect(worker.sent[0]?.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
    expect(worker.sent[0]?.length).toBeGreaterThan(MAX_PAGE_TEXT - 6000);
  });
});
