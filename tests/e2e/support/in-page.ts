/**
 * Functions that run inside the browser through `TestPage.evaluate`/`waitFor`. Each one is serialised
 * on its own, so it must not use anything from outside its body (no imports, no helpers).
 */

export interface FoundHighlight {
  actor: string;
  text: string;
  /** The excluded region it sits in (`header`, `nav`, `footer`, `form`, `pre`, `code`), or null. */
  excludedIn: string | null;
  inArticle: boolean;
}

export function readHighlights(): FoundHighlight[] {
  return [...document.querySelectorAll<HTMLElement>('[data-backstory-actor]')].map((el) => ({
    actor: el.dataset.backstoryActor ?? '',
    text: (el.textContent ?? '').trim(),
    excludedIn: el.closest('header, nav, footer, form, pre, code')?.tagName.toLowerCase() ?? null,
    inArticle: el.closest('article') !== null,
  }));
}

export function hasHighlight(actor: string): boolean {
  return document.querySelector(`article [data-backstory-actor="${actor}"]`) !== null;
}

export function activeActor(): string | null {
  return (
    document.activeElement?.closest<HTMLElement>('[data-backstory-actor]')?.dataset.backstoryActor ?? null
  );
}

/** Drops focus and scrolls to the top, so Tab starts from the beginning of the document. */
export function resetFocus(): void {
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, 0);
}

export function texts(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

export function countOf(selector: string): number {
  return document.querySelectorAll(selector).length;
}

export function someTextIncludes([selector, text]: [string, string]): boolean {
  return [...document.querySelectorAll(selector)].some((el) => (el.textContent ?? '').includes(text));
}

/** Picks `text` (named `name`) in the options page's import input, as a reader choosing a file would. */
export function pickImportFile([text, name]: [string, string]): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]');
  if (!input) throw new Error('No import input.');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The options page's import report, once an import ended with one. */
export function readReport(): { added: string; skipped: string; text: string } | null {
  const report = document.querySelector<HTMLElement>('[data-testid=import-report]');
  if (!report) return null;
  return {
    added: report.dataset.added ?? '',
    skipped: report.dataset.skipped ?? '',
    text: report.textContent ?? '',
  };
}

export function importEnded(): boolean {
  return document.querySelector('[data-testid=import-report], [data-testid=import-error]') !== null;
}

/** Makes downloads land in `window.__backstoryBlobs` instead of the browser's download folder. */
export function captureDownloads(): void {
  const captured: Blob[] = [];
  (window as unknown as { __backstoryBlobs: Blob[] }).__backstoryBlobs = captured;
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) captured.push(blob);
    return create(blob);
  };
  HTMLAnchorElement.prototype.click = function click() {
    if (!this.download) HTMLElement.prototype.click.call(this);
  };
}

export function capturedCount(): number {
  return (window as unknown as { __backstoryBlobs?: Blob[] }).__backstoryBlobs?.length ?? 0;
}

export async function lastCapturedText(): Promise<string> {
  const blobs = (window as unknown as { __backstoryBlobs: Blob[] }).__backstoryBlobs;
  return (await blobs[blobs.length - 1]?.text()) ?? '';
}
