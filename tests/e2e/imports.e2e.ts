import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countOf, importEnded, pickImportFile } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { BROWSERS, type TestPage } from './support/types';

// Issue 14, "Imports roll back by the wall clock": two imports started in two options tabs at once
// ran together and could clobber each other. They now run one after the other (Web Locks).

// In-page helpers: each is serialised on its own, so nothing from this file may be used inside.

function statusIncludes(text: string): boolean {
  return (
    document.querySelector('[data-testid=import-running] [role=status]')?.textContent?.includes(text) ?? false
  );
}

function reportOf(): { added: string; text: string } | null {
  const report = document.querySelector<HTMLElement>('[data-testid=import-report]');
  return report ? { added: report.dataset.added ?? '', text: report.textContent ?? '' } : null;
}

/**
 * What the library holds, read from the extension's own database: the analyses these imports bring
 * (the seed adds its samples meanwhile), the title of `id`, and the import journal's rows.
 */
async function library(id: string): Promise<{ analyses: number; title: string | null; journal: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('backstory');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(['analyses', 'importJournal'], 'readonly');
  const ask = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const [analyses, row, journal] = await Promise.all([
    ask(tx.objectStore('analyses').count(IDBKeyRange.bound('two-tabs:', 'two-tabs:\uffff'))),
    ask(tx.objectStore('analyses').get(id)),
    ask(tx.objectStore('importJournal').count()),
  ]);
  db.close();
  return { analyses, title: (row as { title?: string } | undefined)?.title ?? null, journal };
}

/** JSON Lines of analyses `from` to `to` - 1, titled `title` and their number. */
function lines(from: number, to: number, title: string): string {
  return Array.from({ length: to - from }, (_, i) =>
    JSON.stringify({
      id: `two-tabs:${from + i}`,
      title: `${title} ${from + i}`,
      text: `Hakan Fidan met Russia's envoys in Ankara and Istanbul, round ${from + i}. Turkey wants the talks back.`,
      publishedAt: '2025-01-01T00:00:00Z',
    }),
  ).join('\n');
}

describe.each(BROWSERS)('two imports in two tabs in %s', (name) => {
  let session: Session;
  let first: TestPage;
  let second: TestPage;

  beforeAll(async () => {
    session = await startSession(name);
    first = await session.browser.openExtensionPage('options.html');
    second = await session.browser.openExtensionPage('options.html');
    for (const page of [first, second]) {
      await page.waitFor('the import control', countOf, '[data-testid=import-file]');
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  test('run one after the other; both complete and neither clobbers the other', async () => {
    await first.evaluate(pickImportFile, [lines(0, 3000, 'First'), 'first.jsonl'] as [string, string]);
    await first.waitFor('the first import to start', countOf, '[data-testid=import-running]');
    await second.evaluate(pickImportFile, [lines(2500, 3500, 'Second'), 'second.jsonl'] as [string, string]);
    await second.waitFor(
      'the second import to wait for the first',
      statusIncludes,
      'Waiting for the import in another tab',
    );
    await first.waitFor('the first import to end', importEnded, null, 120_000);
    await second.waitFor('the second import to end', importEnded, null, 120_000);
    const [a, b] = [await first.evaluate(reportOf, null), await second.evaluate(reportOf, null)];
    expect(a).toMatchObject({ added: '3000' });
    expect(b).toMatchObject({ added: '500' });
    // The 500 records both files hold were the first file's when the second ran: updated.
    expect(b?.text).toMatch(/500 updated/);
    const after = await first.evaluate(library, 'two-tabs:2750');
    expect(after).toEqual({ analyses: 3500, title: 'Second 2750', journal: 0 });
  }, 300_000);

  test('no request left 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
    expect(unexpectedProxyHits(session.browser.proxied)).toEqual([]);
  });
});
