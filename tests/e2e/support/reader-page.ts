import { countOf, hasHighlight } from './in-page';
import { type ExtensionBrowser, POPUP_VIEWPORT, type TestPage } from './types';

/** Hakan Fidan, whom reader-article.html names in its opening paragraph. */
export const FIDAN = 'person:hakan-fidan';

/** Waits for a highlight of `actor` in the article of `page`. */
export async function waitForHighlight(page: TestPage, actor = FIDAN): Promise<void> {
  await page.waitFor(`a ${actor} highlight in ${page.url()}`, hasHighlight, actor, 15_000);
}

/** Opens the popup for the tab of `page`, sized as a toolbar popup, once its note form shows. */
export async function openPopupFor(browser: ExtensionBrowser, page: TestPage): Promise<TestPage> {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
  await popup.waitFor('the note form in the popup', countOf, '[data-testid=note-input]');
  return popup;
}

/** Polls the driver's own idea of the URL: an in-page wait can fail while the document is replaced. */
export async function waitForUrl(page: TestPage, suffix: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!page.url().endsWith(suffix)) {
    if (Date.now() > deadline) throw new Error(`still at ${page.url()}, expected …${suffix}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
