// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteDraft, PageState, Result } from '../../lib/messaging/contract';
import type { Note } from '../../lib/model';
import { analysis, HOSTILE, note, pageActor } from '../test-fixtures';
import { PopupApp } from './PopupApp';
import type { PopupServices, TabInfo } from './services';

const PAGE: PageState = {
  url: 'https://news.example/story',
  title: 'Talks in Istanbul',
  actors: [pageActor(), pageActor({ id: 'state:TR', name: 'Türkiye', kind: 'state', count: 5 })],
  topics: [{ id: 'mediation', label: 'Mediation', score: 2 }],
};

const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

function fakeServices(overrides: Partial<PopupServices> = {}) {
  return {
    pageState: vi.fn(async () => ok<PageState | null>(PAGE)),
    pageContext: vi.fn(async () => ok({ related: [analysis()], notes: [note()] })),
    saveNote: vi.fn(async (draft: NoteDraft) =>
      ok<Note>({ ...draft, id: 'new', createdAt: Date.now(), updatedAt: Date.now() }),
    ),
    deleteNote: vi.fn(async () => ok(null)),
    openAnalysis: vi.fn(async () => ok(null)),
    ...overrides,
  } satisfies PopupServices;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function open(services: PopupServices, tab?: TabInfo) {
  await act(() => render(<PopupApp services={services} tab={tab} />, root));
  // Let the load chain (pageState, then pageContext) settle.
  await act(async () => {});
}

const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const one = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`) as T;

async function write(text: string, target = 'page') {
  await act(() => {
    const input = one<HTMLTextAreaElement>('note-input');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const select = one<HTMLSelectElement>('note-target');
    select.value = target;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function clickSave() {
  await act(() => one<HTMLButtonElement>('note-save').click());
  await act(async () => {});
}

describe('PopupApp', () => {
  it('lists the page actors, topics, related analyses and notes', async () => {
    const services = fakeServices();
    await open(services);
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

  it('offers the page and each actor as note targets', async () => {
    await open(fakeServices());
    const options = [...one<HTMLSelectElement>('note-target').options].map((o) => [o.value, o.text]);
    expect(options).toEqual([
      ['page', 'This page'],
      ['person:hakan-fidan', 'Hakan Fidan'],
      ['state:TR', 'Türkiye'],
    ]);
  });

  it('saves a note on the chosen actor, shows it and clears the input', async () => {
    const services = fakeServices();
    await open(services);
    expect(one<HTMLButtonElement>('note-save').disabled).toBe(true);
    await write('  Mediator again.  ', 'state:TR');
    await clickSave();
    expect(services.saveNote).toHaveBeenCalledWith({
      text: 'Mediator again.',
      url: PAGE.url,
      pageTitle: PAGE.title,
      actorId: 'state:TR',
    });
    expect(all('note')[0]?.textContent).toContain('Mediator again.');
    expect(all('note')[0]?.textContent).toContain('Türkiye');
    expect(one<HTMLTextAreaElement>('note-input').value).toBe('');
  });

  it('saves a page note with Ctrl+Enter, without an actorId', async () => {
    const services = fakeServices();
    await open(services);
    await write('On the page.');
    await act(() => {
      one('note-input').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    });
    await act(async () => {});
    expect(services.saveNote).toHaveBeenCalledWith({
      text: 'On the page.',
      url: PAGE.url,
      pageTitle: PAGE.title,
    });
  });

  it('shows an error and keeps the text when saving fails', async () => {
    const services = fakeServices({
      saveNote: vi.fn(async () => ({ ok: false, error: 'Disk full.' }) as const),
    });
    await open(services);
    await write('Keep me.');
    await clickSave();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not save the note. Disk full.');
    expect(one<HTMLTextAreaElement>('note-input').value).toBe('Keep me.');
    expect(all('note')).toHaveLength(1);
  });

  it('deletes a note and opens an analysis through the services', async () => {
    const services = fakeServices();
    await open(services);
    await act(() => all('related-analysis')[0]?.querySelector('button')?.click());
    expect(services.openAnalysis).toHaveBeenCalledWith('a1');
    await act(() => all('note')[0]?.querySelector('button')?.click());
    await act(async () => {});
    expect(services.deleteNote).toHaveBeenCalledWith('n1');
    expect(all('note')).toHaveLength(0);
  });

  it('says it has not read the page when pageState is null, with no form without a URL', async () => {
    const services = fakeServices({ pageState: vi.fn(async () => ok(null)) });
    await open(services);
    expect(one('not-read').textContent).toContain('Backstory has not read this page');
    expect(all('page-actor')).toHaveLength(0);
    expect(one('note-input')).toBeNull();
    expect(services.pageContext).not.toHaveBeenCalled();
  });

  it('still takes a page note on an unread http page the browser names', async () => {
    const services = fakeServices({
      pageState: vi.fn(async () => ({ ok: false, error: 'No receiver' }) as const),
    });
    await open(services, { url: 'https://blog.example/post', title: 'A post' });
    expect(one('not-read')).not.toBeNull();
    expect([...one<HTMLSelectElement>('note-target').options].map((o) => o.value)).toEqual(['page']);
    await write('Later.');
    await clickSave();
    expect(services.saveNote).toHaveBeenCalledWith({
      text: 'Later.',
      url: 'https://blog.example/post',
      pageTitle: 'A post',
    });
  });

  it('never renders markup from data', async () => {
    const hostilePage = {
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
    await open(services);
    expect(all('note')[0]?.textContent).toContain(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
  });
});
