/**
 * Functions run inside an extension page (popup, options) through `TestPage.evaluate`, to do what
 * the background or another extension context would do. Serialised on their own: nothing from outside.
 */

interface MessagingHost {
  browser?: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
  chrome?: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
}

/** What the background does for the next/previous-actor command: `focusHighlight` to the tab. */
export function sendFocusHighlight([tabId, direction]: [number, 1 | -1]): Promise<unknown> {
  const host = globalThis as unknown as MessagingHost;
  const api = host.browser ?? host.chrome;
  if (!api) throw new Error('No extension API in this page.');
  return api.tabs.sendMessage(tabId, { backstory: 'focusHighlight', payload: { direction } });
}

/** Switches Backstory on or off for `site`, as the popup's switch does. */
export function sendSetSiteEnabled([site, enabled]: [string, boolean]): Promise<unknown> {
  const host = globalThis as unknown as MessagingHost;
  const api = host.browser ?? host.chrome;
  if (!api) throw new Error('No extension API in this page.');
  return api.runtime.sendMessage({ backstory: 'setSiteEnabled', payload: { site, enabled } });
}

/** Asks the background to add a source, as the options page's form does after its own checks. */
export function sendAddSource(input: string): Promise<unknown> {
  const host = globalThis as unknown as MessagingHost;
  const api = host.browser ?? host.chrome;
  if (!api) throw new Error('No extension API in this page.');
  return api.runtime.sendMessage({ backstory: 'addSource', payload: { input } });
}

/** The site settings the background holds for `url`. */
export function sendSiteSettings(url: string): Promise<unknown> {
  const host = globalThis as unknown as MessagingHost;
  const api = host.browser ?? host.chrome;
  if (!api) throw new Error('No extension API in this page.');
  return api.runtime.sendMessage({ backstory: 'siteSettings', payload: { url } });
}

/** Picks `text` as file `name` in the options page's import input (as options.e2e.ts does). */
export function pickImportFile([text, name]: [string, string]): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]');
  if (!input) throw new Error('No import input.');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/x-ndjson' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function importReport(): { added: string; text: string } | null {
  const report = document.querySelector<HTMLElement>('[data-testid=import-report]');
  const error = document.querySelector('[data-testid=import-error]');
  if (error) return { added: 'error', text: error.textContent ?? '' };
  return report ? { added: report.dataset.added ?? '', text: report.textContent ?? '' } : null;
}

/** Types `query` into the options search and resolves when the count answers that query. */
export async function searchFor(query: string): Promise<string[]> {
  const input = document.querySelector<HTMLInputElement>('[data-testid=search-input]');
  const count = document.querySelector('[data-testid=search-count]');
  if (!input || !count) throw new Error('No search box.');
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const started = performance.now();
  while (count.getAttribute('data-query') !== query.trim()) {
    if (performance.now() - started > 10_000) throw new Error(`The search for "${query}" did not answer.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return [...document.querySelectorAll('[data-testid=search-hit]')].map((hit) => hit.textContent ?? '');
}

export function isChecked(selector: string): boolean | null {
  const input = document.querySelector<HTMLInputElement>(selector);
  return input ? input.checked : null;
}

/** What the actor card shows in tab `tabId`, asked of its content script (the page cannot read it). */
export function sendCardView(tabId: number): Promise<unknown> {
  const host = globalThis as unknown as MessagingHost;
  const api = host.browser ?? host.chrome;
  if (!api) throw new Error('No extension API in this page.');
  return api.tabs.sendMessage(tabId, { backstory: 'cardView', payload: {} });
}
