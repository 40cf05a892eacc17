import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  captureDownloads,
  capturedCount,
  countOf,
  importEnded,
  lastCapturedText,
  pickImportFile,
  readReport,
  someTextIncludes,
  texts,
} from './support/in-page';
import { type Session, startSession } from './support/launch';
import { unexpectedProxyHits } from './support/network';
import { ROOT } from './support/paths';
import { BROWSERS, type TestPage } from './support/types';

const TELEGRAM_FIXTURE = resolve(ROOT, 'tests/e2e/fixtures/telegram-result.json');
/** The passage the reader selects in fidan-moscow.html; it crosses highlighted names. */
const PASSAGE = 'a long memory. Turkey has hosted every round of';
/** Part of the saved page's title that is its own: a sample analysis's title has "Fidan in Moscow" too. */
const SAVED_TITLE = 'mediation bid meets a cautious Kremlin';

// In-page helpers: each is serialised on its own, so nothing from this file may be used inside.

/** Selects `passage` in the article, across the highlight elements that split its text. */
function selectPassage(passage: string): boolean {
  for (const paragraph of document.querySelectorAll('article p')) {
    const at = (paragraph.textContent ?? '').indexOf(passage);
    if (at < 0) continue;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0;
      if (seen <= at && at < seen + length) range.setStart(node, at - seen);
      const end = at + passage.length;
      if (seen < end && end <= seen + length) range.setEnd(node, end - seen);
      seen += length;
    }
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() === passage;
  }
  return false;
}

/** Types `query` into the search box one key at a time, like a fast typist; resolves when its answer shows. */
async function searchLatency(query: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('[data-testid=search-input]');
  const count = document.querySelector('[data-testid=search-count]');
  if (!input || !count) throw new Error('No search box.');
  // The count says which query its hits answer; only the answer to the whole query counts.
  const answered = () => count.getAttribute('data-query') === query.trim();
  let last = 0;
  for (let i = 1; i <= query.length; i++) {
    input.value = query.slice(0, i);
    last = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // A fast typist: 60 ms between keys.
    if (i < query.length) await new Promise((resolve) => setTimeout(resolve, 60));
  }
  while (!answered()) {
    if (performance.now() - last > 5000) throw new Error('The search did not answer.');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return performance.now() - last;
}

function clearSearch(): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid=search-input]');
  if (!input) return;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function absent(text: string): boolean {
  return !document.body.textContent?.includes(text);
}

function statusIs(text: string): boolean {
  return document.querySelector('[data-testid=save-page-status]')?.textContent === text;
}

describe.each(BROWSERS)('options page and popup additions in %s', (name) => {
  let session: Session;
  let options: TestPage;

  async function openPopupFor(page: TestPage): Promise<TestPage> {
    const tabId = await session.browser.tabIdOf(page);
    const popup = await session.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    // A loaded machine (2 cores, other browsers running) took over 10 s in Firefox.
    await popup.waitFor('the note form in the popup', countOf, '[data-testid=note-input]', 30_000);
    return popup;
  }

  async function writeNote(popup: TestPage, text: string): Promise<void> {
    await popup.type('[data-testid=note-input]', text);
    await popup.click('[data-testid=note-save]');
    await popup.waitFor('the saved note', someTextIncludes, ['[data-testid=note]', text]);
  }

  const deleteButton = (note: string) =>
    `[data-testid=note] button[aria-label^="Delete note: ${note.slice(0, 20)}"]`;

  async function importThroughOptions(text: string, file: string) {
    await options.evaluate(pickImportFile, [text, file] as [string, string]);
    await options.waitFor(`the import of ${file} to end`, importEnded, null, 60_000);
    const report = await options.evaluate(readReport, null);
    if (!report) {
      const error = await options.evaluate(texts, '[data-testid=import-error]');
      throw new Error(`The import of ${file} failed: ${error.join(' ')}`);
    }
    return report;
  }

  beforeAll(async () => {
    session = await startSession(name);
    options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the import control', countOf, '[data-testid=import-file]');
  });

  afterAll(async () => {
    await session?.close();
  });

  test('imports a Telegram export through the file input and reports added and skipped', async () => {
    const report = await importThroughOptions(await readFile(TELEGRAM_FIXTURE, 'utf8'), 'result.json');
    // 3 posts with text; a service message, a photo without caption, a poll, an unsupported message
    // and a post without a date are skipped, the last one listed as a problem by position.
    expect(report).toMatchObject({ added: '3', skipped: '5' });
    expect(report.text).toContain('message 6 (id 106): the message has no readable date');
    // Importing the same file again adds nothing: the posts keep their ids.
    expect(await importThroughOptions(await readFile(TELEGRAM_FIXTURE, 'utf8'), 'result.json')).toMatchObject(
      {
        added: '0',
        skipped: '5',
      },
    );
  });

  // Speed is measured by `npm run bench:db`, not asserted here: this checks that typing gets the answer.
  test('search answers the whole typed query, analyses and notes as text', async () => {
    await options.evaluate(clearSearch, null);
    await options.evaluate(searchLatency, 'fidan moscow');
    const hits = await options.evaluate(texts, '[data-testid=search-hit]');
    expect(
      hits.some((hit) => hit.includes('Hakan Fidan flew to Moscow')),
      hits.join(' | '),
    ).toBe(true);
  });

  test('saves a page from the popup; it becomes related context for another article', async () => {
    const article = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    const popup = await openPopupFor(article);
    await popup.click('[data-testid=save-page]');
    await popup.waitFor('"Saved" after saving the page', statusIs, 'Saved', 30_000);
    await popup.click('[data-testid=save-page]');
    await popup.waitFor('"Updated" after saving it again', statusIs, 'Updated', 30_000);
    await popup.close();
    await article.close();

    const followup = await session.browser.newPage(session.pageUrl('energy-followup.html'));
    // Read first: a popup opened before the page is read shows no related list and is not refreshed.
    await followup.waitFor('the follow-up to be read', countOf, '[data-backstory-actor]', 15_000);
    const related = await openPopupFor(followup);
    await related.waitFor('the saved page among related analyses', someTextIncludes, [
      '[data-testid=related-analysis]',
      SAVED_TITLE,
    ]);
    await related.close();
    await followup.close();
  });

  test('the saved page opened again with #x or ?utm_source=y shows its notes and does not offer itself', async () => {
    const plain = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    const note = `On the plain address in ${name} ${Date.now().toString(36)}`;
    const popup = await openPopupFor(plain);
    await writeNote(popup, note);
    await popup.close();
    await plain.close();
    for (const suffix of ['#x', '?utm_source=y', '?utm_source=y#x']) {
      const page = await session.browser.newPage(session.pageUrl(`fidan-moscow.html${suffix}`));
      await page.waitFor(`the article at ${suffix} to be read`, countOf, '[data-backstory-actor]', 15_000);
      const again = await openPopupFor(page);
      await again.waitFor(`the note at ${suffix}`, someTextIncludes, ['[data-testid=note]', note]);
      const related = await again.evaluate(texts, '[data-testid=related-analysis]');
      // Other analyses are still offered (the sample, the imported posts); the page itself is not.
      expect(related.length, `related analyses at ${suffix}`).toBeGreaterThan(0);
      expect(related.filter((text) => text.includes(SAVED_TITLE))).toEqual([]);
      await again.close();
      await page.close();
    }
  });

  test('a note deleted in the popup comes back with Undo, still there when the popup opens again', async () => {
    const article = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    const note = `Undo in ${name} ${Date.now().toString(36)}`;
    let popup = await openPopupFor(article);
    await writeNote(popup, note);
    await popup.click(deleteButton(note));
    await popup.waitFor('the note to be gone', absent, note);
    await popup.waitFor('the Undo offer', countOf, '[data-testid=undo]');
    await popup.click('[data-testid=undo]');
    await popup.waitFor('the note back after Undo', someTextIncludes, ['[data-testid=note]', note]);
    await popup.close();

    popup = await openPopupFor(article);
    await popup.waitFor('the note after reopening', someTextIncludes, ['[data-testid=note]', note]);
    // Deleted again and the popup closed during the Undo offer: deleted for good.
    await popup.click(deleteButton(note));
    await popup.waitFor('the Undo offer', countOf, '[data-testid=undo]');
    await popup.close();
    popup = await openPopupFor(article);
    // The note form shows once the notes are loaded.
    expect(await popup.evaluate(absent, note)).toBe(true);
    await popup.close();
    await article.close();
  });

  test('a note quoting a selected passage survives a backup export and re-import', async () => {
    const article = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    await article.waitFor('the article to be read', countOf, '[data-backstory-actor]', 15_000);
    expect(await article.evaluate(selectPassage, PASSAGE)).toBe(true);
    const note = `Quoted in ${name} ${Date.now().toString(36)}`;

    let popup = await openPopupFor(article);
    await popup.waitFor('the quoted passage in the note form', someTextIncludes, [
      '[data-testid=note-quote]',
      PASSAGE,
    ]);
    await popup.type('[data-testid=note-input]', note);
    await popup.click('[data-testid=note-save]');
    await popup.waitFor('the saved note', someTextIncludes, ['[data-testid=note] blockquote', PASSAGE]);

    await options.evaluate(captureDownloads, null);
    await options.click('[data-testid=export-backup]');
    await options.waitFor('the backup export', capturedCount, null, 30_000);
    const backup = await options.evaluate(lastCapturedText, null);
    expect(backup).toContain(note);
    expect(backup).toContain(PASSAGE);

    // Delete the note, then bring it back from the backup.
    await popup.click(deleteButton(note));
    await popup.waitFor('the note to be gone', absent, note);
    await popup.close();

    const report = await importThroughOptions(backup, 'backstory-backup.json');
    expect(report.text).toMatch(/1 note added/);

    popup = await openPopupFor(article);
    await popup.waitFor('the note back, with its quote', someTextIncludes, ['[data-testid=note]', note]);
    const notes = await popup.evaluate(texts, '[data-testid=note] blockquote');
    expect(notes).toContain(PASSAGE);
    await popup.close();
    await article.close();
  });

  test('no request left 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
    expect(unexpectedProxyHits(session.browser.proxied)).toEqual([]);
  });
});
