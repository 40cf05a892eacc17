// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../lib/messaging/contract';
import { analysis, HOSTILE, note, pageActor } from '../test-fixtures';
import { all, fakeServices, ok, one, open, PAGE, useFreshRoot } from './popup-test-kit';

useFreshRoot();

describe('PopupApp', () => {
  it('lists the page actors, topics, related analyses and notes', async () => {
    const services = fakeServices();
    const root = await open(services);
    expect(root.querySelector('h1')?.textContent).toBe('Talks in Istanbul');
    expect(all('page-actor').map((el) => el.textContent)).toEqual([
      expect.stringContaining('Hakan Fidan'),
      expect.stringContaining('5 mentions'),
    ]);
    expect(all('page-topic').map((el) => el.textContent)).toEqual(['Mediation']);
    expect(all('related-analysis')).toHaveLength(1);
    expect(all('note')[0]?.textContent).toContain('Watch his Gulf trips.');
    expect(services.pageContext).toHaveBeenCalledWith({
      url: PAGE.url,
      actorIds: ['person:hakan-fidan', 'state:TR'],
      topicIds: ['mediation'],
    });
  });

  it('opens an analysis and deletes a note through the services', async () => {
    const services = fakeServices();
    await open(services);
    await act(() => all('related-analysis')[0]?.querySelector('button')?.click());
    expect(services.openAnalysis).toHaveBeenCalledWith('a1');
    await act(() => all('note')[0]?.querySelector('button')?.click());
    await act(async () => {});
    expect(services.deleteNote).toHaveBeenCalledWith('n1');
    expect(all('note')).toHaveLength(0);
  });

  it('shows a failed click in plain words', async () => {
    const services = fakeServices({
      openAnalysis: vi.fn(async () => ({ ok: false, error: 'Gone.' }) as const),
    });
    const root = await open(services);
    await act(() => all('related-analysis')[0]?.querySelector('button')?.click());
    await act(async () => {});
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not open the analysis. Gone.');
  });

  it('says it has not read the page when pageState is null, with no form without a URL', async () => {
    const services = fakeServices({ pageState: vi.fn(async () => ok(null)) });
    await open(services);
    expect(one('not-read').textContent).toContain('Backstory has not read this page');
    expect(all('page-actor')).toHaveLength(0);
    expect(one('note-input')).toBeNull();
    expect(services.pageContext).not.toHaveBeenCalled();
  });

  it('shows when related analyses and notes could not be loaded', async () => {
    const services = fakeServices({
      pageContext: vi.fn(async () => ({ ok: false, error: 'Locked.' }) as const),
    });
    const root = await open(services);
    expect(all('page-actor')).toHaveLength(2);
    expect(root.textContent).toContain('Could not load related analyses and notes. Locked.');
  });

  it('never renders markup from data', async () => {
    const hostilePage: PageState = {
      ...PAGE,
      title: HOSTILE,
      actors: [pageActor({ name: HOSTILE })],
      topics: [{ id: 't', label: HOSTILE, score: 1 }],
    };
    const services = fakeServices({
      pageState: vi.fn(async () => ok<PageState | null>(hostilePage)),
      pageContext: vi.fn(async () =>
        ok({
          related: [analysis({ title: HOSTILE, snippet: { before: HOSTILE, match: HOSTILE, after: '' } })],
          notes: [note({ text: HOSTILE })],
        }),
      ),
    });
    const root = await open(services);
    expect(all('note')[0]?.textContent).toContain(HOSTILE);
    expect(root.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
  });
});
