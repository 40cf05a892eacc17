import type { BrowserContext, CDPSession } from 'playwright-core';

/**
 * For `bench:content`'s cold-worker loads. Stops the extension's background service worker through the DevTools protocol, as Chromium does
 * after 30 s idle, so the next page meets a cold worker: `ServiceWorker.stopWorker` on the worker's
 * version (a page's CDP session sees every registration of the profile; `ServiceWorker.stopAllWorkers`
 * and `Target.closeTarget` left the extension's worker running in Chromium 156). Whether it is stopped
 * is read from the browser's own target list (`Target.getTargets`), not from Playwright's.
 */
export interface WorkerSwitch {
  /** Stops the worker and waits until its target is gone and stays gone 200 ms; throws otherwise. */
  stop(): Promise<void>;
  /** The worker's target id, or null while no worker of the extension runs. */
  running(): Promise<string | null>;
  /**
   * When the running worker started: its `performance.timeOrigin` (epoch ms, comparable with a page's),
   * or null when none runs. The target id stays the same across a restart; this does not.
   */
  startedAt(): Promise<number | null>;
  /**
   * The running worker's wake marks (lib/wake-marks.ts), in ms from its start, in the order they came;
   * empty when none runs.
   */
  marks(): Promise<{ step: string; at: number }[]>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}
interface Version {
  versionId: string;
  scriptURL: string;
  status: string;
  runningStatus: string;
}

export async function workerSwitch(context: BrowserContext, origin: string): Promise<WorkerSwitch> {
  const browser = context.browser();
  if (!browser) throw new Error('cold worker: no browser-level CDP session for this context');
  const root = await browser.newBrowserCDPSession();
  // A blank tab of our own holds the ServiceWorker domain's session.
  const tab = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(tab);
  const versions = new Map<string, Version>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => {
    for (const v of e.versions) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');

  const ours = (url: string) => url.startsWith(`${origin}/`);
  const running = async () => {
    const { targetInfos } = (await root.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return targetInfos.find((t) => t.type === 'service_worker' && ours(t.url))?.targetId ?? null;
  };
  let calls = 0;
  /** Evaluates an expression in a target through a session of the browser's (Playwright's own are its). */
  const evaluate = async (targetId: string, expression: string): Promise<unknown> => {
    const { sessionId } = (await root.send('Target.attachToTarget', { targetId, flatten: false })) as {
      sessionId: string;
    };
    try {
      const id = ++calls;
      const reply = new Promise<unknown>((resolve, reject) => {
        const listen = (e: { sessionId: string; message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
          if (e.sessionId !== sessionId || m.id !== id) return;
          root.off('Target.receivedMessageFromTarget', listen);
          if (m.result?.result && 'value' in m.result.result) resolve(m.result.result.value);
          else reject(new Error(`cold worker: evaluation failed: ${e.message}`));
        };
        root.on('Target.receivedMessageFromTarget', listen);
      });
      const message = JSON.stringify({
        id,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true },
      });
      await root.send('Target.sendMessageToTarget', { sessionId, message });
      return await reply;
    } finally {
      await root.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
  };
  return {
    running,
    async startedAt() {
      const targetId = await running();
      return targetId === null ? null : ((await evaluate(targetId, 'performance.timeOrigin')) as number);
    },
    async marks() {
      const targetId = await running();
      if (targetId === null) return [];
      const expression = `JSON.stringify(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstory:')).map((m) => ({ step: m.name.slice(10), at: m.startTime })))`;
      return JSON.parse((await evaluate(targetId, expression)) as string) as { step: string; at: number }[];
    },
    async stop() {
      const until = Date.now() + 10_000;
      const wait = async (what: string, done: () => boolean | Promise<boolean>) => {
        while (!(await done())) {
          if (Date.now() > until) throw new Error(`cold worker: ${what} after 10 s`);
          await tab.waitForTimeout(20);
        }
      };
      // A worker still installing is started again by Chromium: stop only an activated, running one.
      const live = () =>
        [...versions.values()].find(
          (v) => ours(v.scriptURL) && v.status === 'activated' && v.runningStatus === 'running',
        );
      await wait('no running, activated worker', () => live() !== undefined);
      await cdp.send('ServiceWorker.stopWorker', { versionId: (live() as Version).versionId });
      await wait('the worker is still running', async () => (await running()) === null);
      // And it stays stopped: nothing (an open port, an event) woke it again.
      await tab.waitForTimeout(200);
      if ((await running()) !== null) throw new Error('cold worker: the worker started again by itself');
    },
    async close() {
      await cdp.detach().catch(() => {});
      await tab.close().catch(() => {});
      await root.detach().catch(() => {});
    },
  };
}

/**
 * Waits until the worker has seeded the database to `version` (the `starterVersion` setting, written
 * last by lib/db/seed.ts), so that a cold start measures a wake and not a first install or a seed
 * resumed after the stop (which reads `kb/actors.json`). Read from an extension page, straight from
 * IndexedDB (no message waits for the seed). Returns how long it waited, in ms.
 */
export async function seeded(context: BrowserContext, origin: string, version: number): Promise<number> {
  const page = await context.newPage();
  const t0 = Date.now();
  try {
    await page.goto(`${origin}/popup.html`);
    for (;;) {
      const stored = await page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            indexedDB.databases().then(
              (dbs) => {
                if (!dbs.some((d) => d.name === 'backstory')) return resolve(null);
                const open = indexedDB.open('backstory');
                // Never create or upgrade the database here: that is the extension's to do.
                open.onupgradeneeded = () => open.transaction?.abort();
                open.onerror = () => resolve(null);
                open.onsuccess = () => {
                  const db = open.result;
                  if (!db.objectStoreNames.contains('settings')) {
                    db.close();
                    return resolve(null);
                  }
                  const get = db.transaction('settings').objectStore('settings').get('starterVersion');
                  get.onsuccess = () => {
                    db.close();
                    resolve((get.result as { value?: unknown } | undefined)?.value ?? null);
                  };
                  get.onerror = () => {
                    db.close();
                    resolve(null);
                  };
                };
              },
              () => resolve(null),
            );
          }),
      );
      if (typeof stored === 'number' && stored >= version) return Date.now() - t0;
      if (Date.now() - t0 > 180_000) throw new Error('cold worker: the seed did not finish in 3 minutes');
      await page.waitForTimeout(250);
    }
  } finally {
    await page.close();
  }
}
