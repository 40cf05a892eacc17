import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countOf, hasHighlight } from './support/in-page';
import { type Session, startSession } from './support/launch';
import { BROWSERS, type TestPage } from './support/types';

const FIDAN = 'person:hakan-fidan';

interface Look {
  actor: string;
  /** The highlight's painted background at rest. */
  background: string;
}

/** Each article highlight's actor and background (runs in the page: nothing from outside). */
function looks(): Look[] {
  return [...document.querySelectorAll<HTMLElement>('article [data-backstory-actor]')].map((el) => ({
    actor: el.dataset.backstoryActor ?? '',
    background: getComputedStyle(el).backgroundColor,
  }));
}

/** True when no highlight of any of `actors` is in the article and Fidan's is. */
function onlyLibraryLeft(actors: string[]): boolean {
  const shown = new Set(
    [...document.querySelectorAll<HTMLElement>('article [data-backstory-actor]')].map(
      (el) => el.dataset.backstoryActor,
    ),
  );
  return shown.has('person:hakan-fidan') && actors.every((actor) => !shown.has(actor));
}

/** True when states are highlighted in the article and `actor` is not. */
function statesWithout(actor: string): boolean {
  const shown = [...document.querySelectorAll<HTMLElement>('article [data-backstory-actor]')].map(
    (el) => el.dataset.backstoryActor ?? '',
  );
  return shown.some((id) => id.startsWith('state:')) && !shown.includes(actor);
}

const clear = (background: string) => background === 'transparent' || background === 'rgba(0, 0, 0, 0)';

/** Issue 11: highlights that help, not noise. */
describe.each(BROWSERS)('highlight prefs in %s', (name) => {
  let session: Session;
  let article: TestPage;
  let light: string[] = [];

  /**
   * Clicks a control of the options page, then goes back to the article as the reader would: a
   * background tab's timers are throttled (Firefox), which slows the sliced reading of the page.
   */
  async function choose(options: TestPage, testId: string): Promise<void> {
    await options.bringToFront();
    await options.click(`[data-testid=${testId}]`);
    await article.bringToFront();
  }

  beforeAll(async () => {
    session = await startSession(name);
    article = await session.browser.newPage(session.pageUrl('fidan-moscow.html'));
    await article.waitFor('a Fidan highlight', hasHighlight, FIDAN, 15_000);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** The article's highlights once the first seed has written the sample analyses (no page waits for it). */
  async function afterSamples(): Promise<Look[]> {
    for (let tries = 0; ; tries++) {
      const found = await article.evaluate(looks, null);
      if (found.some((look) => look.actor === FIDAN && !clear(look.background)) || tries === 20) return found;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await article.reload();
      await article.waitFor('a Fidan highlight', hasHighlight, FIDAN, 15_000);
    }
  }

  test('by default every known actor is highlighted; Fidan, who has a sample analysis, stands out', async () => {
    const found = await afterSamples();
    const fidan = found.filter((look) => look.actor === FIDAN);
    expect(fidan.length).toBeGreaterThan(0);
    for (const look of fidan) expect(clear(look.background), `Fidan painted ${look.background}`).toBe(false);
    light = [...new Set(found.filter((look) => clear(look.background)).map((look) => look.actor))];
    expect(light.length, 'some actor the library has nothing on is marked lightly').toBeGreaterThan(0);
    expect(light).not.toContain(FIDAN);
  });

  test("in 'library' mode, chosen in the options page, only actors with something in the library stay", async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the highlight settings', countOf, '[data-testid=highlight-mode-library]');
    await choose(options, 'highlight-mode-library');
    // The background reads the open tab again once the prefs are stored...
    await article.waitFor('the light highlights to go', onlyLibraryLeft, light, 15_000);
    // ...and a page loaded afterwards gets the same.
    await article.reload();
    await article.waitFor('a Fidan highlight after reload', hasHighlight, FIDAN, 15_000);
    expect(await article.evaluate(onlyLibraryLeft, light)).toBe(true);
    for (const look of await article.evaluate(looks, null)) expect(clear(look.background)).toBe(false);
    await choose(options, 'highlight-mode-all');
    await article.waitFor('the light highlights to come back', hasHighlight, light[0] as string, 15_000);
    await options.close();
  });

  test('the kinds switched off lose their highlights', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.waitFor('the highlight settings', countOf, '[data-testid=highlight-kind-person]');
    await choose(options, 'highlight-kind-person');
    // The page read again (states back) without Fidan: not the moment between clearing and reading.
    await article.waitFor('the states highlighted without Fidan', statesWithout, FIDAN, 15_000);
    const found = await article.evaluate(looks, null);
    expect(found.filter((look) => look.actor.startsWith('person:'))).toEqual([]);
    await choose(options, 'highlight-kind-person');
    await article.waitFor('Fidan highlighted again', hasHighlight, FIDAN, 15_000);
    await options.close();
  });
});
