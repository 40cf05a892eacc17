// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../lib/messaging/contract';
import { HOSTILE } from '../test-fixtures';
import {
  all,
  clickSave,
  fakeServices,
  ok,
  one,
  open,
  PAGE,
  SITE,
  useFreshRoot,
  write,
} from './popup-test-kit';

useFreshRoot();

const QUOTE = { exact: 'the talks will resume', prefix: 'said ', suffix: ' soon' };
const withSelection = (selection = QUOTE) => vi.fn(async () => ok<PageState | null>({ ...PAGE, selection }));

async function click(id: string) {
  await act(() => one<HTMLElement>(id).click());
  // Saving chains several replies (snapshot, save, then page state and context again).
  for (let i = 0; i < 5; i++) await act(async () => {});
}

describe('saving the page as an analysis', () => {
  it('extracts the article, saves it, says "Saved" and loads the context again', async () => {
    const services = fakeServices();
    await open(services);
    expect(services.pageContext).toHaveBeenCalledTimes(1);
    await click('save-page');
    expect(services.saveAnalysis).toHaveBeenCalledWith(
      expect.objectContaining({
        url: PAGE.url,
        title: 'Talks in Istanbul',
        source: 'news.example',
        text: expect.stringContaining('Hakan Fidan opened the talks'),
      }),
    );
    expect(one('save-page-status').textContent).toBe('Saved');
    expect(services.pageContext).toHaveBeenCalledTimes(2);
  });

  it('says "Updated" when the URL was saved before', async () => {
    const services = fakeServices({
      saveAnalysis: vi.fn(async () => ok({ id: 'page:1', created: false, actorIds: [] })),
    });
    await open(services);
    await click('save-page');
    expect(one('save-page-status').textContent).toBe('Updated');
  });

  it('explains in plain words when there is no article or no content script', async () => {
    const services = fakeServices({
      articleSnapshot: vi
        .fn()
        .mockResolvedValueOnce(ok({ url: PAGE.url, title: '', html: '<html><body></body></html>' }))
        .mockResolvedValueOnce({ ok: false, error: 'No receiver.' }),
    });
    const root = await open(services);
    await click('save-page');
    const alert = () => root.querySelector('[role="alert"]')?.textContent;
    expect(alert()).toBe('Backstory found no article text on this page.');
    await click('save-page');
    expect(alert()).toBe('Could not read the page. No receiver.');
    expect(services.saveAnalysis).not.toHaveBeenCalled();
  });
});

describe('quoting the selected passage', () => {
  it('shows the selection and saves it with the note, once', async () => {
    const services = fakeServices({ pageState: withSelection() });
    await open(services);
    expect(one('note-quote').querySelector('blockquote')?.textContent).toBe(QUOTE.exact);
    await write('Hedged.');
    await clickSave();
    expect(services.saveNote).toHaveBeenCalledWith({
      text: 'Hedged.',
      url: PAGE.url,
      pageTitle: PAGE.title,
      quote: QUOTE,
    });
    expect(all('note')[0]?.querySelector('blockquote')?.textContent).toBe(QUOTE.exact);
    expect(one('note-quote')).toBeNull();
  });

  it('lets the reader drop the quote', async () => {
    const services = fakeServices({ pageState: withSelection() });
    await open(services);
    await click('note-quote-drop');
    expect(one('note-quote')).toBeNull();
    expect(document.activeElement).toBe(one('note-input'));
    await write('No quote.');
    await clickSave();
    expect(services.saveNote).toHaveBeenCalledWith({
      text: 'No quote.',
      url: PAGE.url,
      pageTitle: PAGE.title,
    });
  });

  it('shows a quoted passage as text', async () => {
    await open(fakeServices({ pageState: withSelection({ exact: HOSTILE, prefix: '', suffix: '' }) }));
    expect(one('note-quote').textContent).toContain(HOSTILE);
    expect(one('note-quote').querySelector('img')).toBeNull();
  });
});

describe('the site switch and the pause', () => {
  it('shows the settings and switches the site off at once', async () => {
    const services = fakeServices();
    await open(services);
    expect(services.siteSettings).toHaveBeenCalledWith(PAGE.url);
    const toggle = one<HTMLInputElement>('site-toggle');
    expect(toggle.checked).toBe(true);
    expect(toggle.closest('label')?.textContent).toContain('On this site');
    await click('site-toggle');
    expect(services.setSiteEnabled).toHaveBeenCalledWith('news.example', false);
    expect(one<HTMLInputElement>('site-toggle').checked).toBe(false);
    expect(services.pageState).toHaveBeenCalledTimes(2);
  });

  it('says the site is switched off rather than unread', async () => {
    const services = fakeServices({
      pageState: vi.fn(async () => ok(null)),
      siteSettings: vi.fn(async () => ok({ ...SITE, enabled: false, disabledSites: ['news.example'] })),
    });
    await open(services, { url: PAGE.url, title: PAGE.title });
    expect(one('switched-off').textContent).toContain('Backstory is switched off on this site.');
    expect(one('not-read')).toBeNull();
    expect(services.pageState).toHaveBeenCalledTimes(1);
  });

  // The browser hides the tab's URL (no `tabs` permission): the unread page's own report must do.
  it('on a switched-off site the unread page still gives the switch to turn it back on', async () => {
    const unread = { ...PAGE, read: false, actors: [], topics: [] };
    const services = fakeServices({
      pageState: vi.fn(async () => ok(unread)),
      siteSettings: vi.fn(async () => ok({ ...SITE, enabled: false, disabledSites: ['news.example'] })),
    });
    await open(services, {});
    expect(services.siteSettings).toHaveBeenCalledWith(PAGE.url);
    expect(one('switched-off').textContent).toContain('Backstory is switched off on this site.');
    expect(document.querySelectorAll('[data-testid=page-actor]')).toHaveLength(0);
    const toggle = one<HTMLInputElement>('site-toggle');
    expect(toggle.checked).toBe(false);
    await click('site-toggle');
    expect(services.setSiteEnabled).toHaveBeenCalledWith('news.example', true);
  });

  it('pauses everywhere', async () => {
    const services = fakeServices({ siteSettings: vi.fn(async () => ok({ ...SITE, paused: false })) });
    await open(services);
    await click('pause-toggle');
    expect(services.setPaused).toHaveBeenCalledWith(true);
    expect(one<HTMLInputElement>('pause-toggle').checked).toBe(true);
  });

  it('has no site switch on pages that are not web pages, but still the pause', async () => {
    const services = fakeServices({
      pageState: vi.fn(async () => ok(null)),
      siteSettings: vi.fn(async () => ok({ ...SITE, site: null, enabled: false })),
    });
    await open(services);
    expect(one('site-toggle')).toBeNull();
    expect(one('pause-toggle')).not.toBeNull();
    expect(one('save-page')).toBeNull();
  });

  it('opens the options page', async () => {
    const services = fakeServices();
    await open(services);
    await click('open-options');
    expect(services.openOptions).toHaveBeenCalled();
  });
});
