/** Fake services and DOM helpers shared by the popup tests (needs a happy-dom test environment). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { NoteDraft, PageState, Result, SiteSettings } from '../../lib/messaging/contract';
import type { Note } from '../../lib/model';
import { analysis, note, pageActor } from '../test-fixtures';
import { freshRoot } from '../test-root';
import { PopupApp } from './PopupApp';
import type { PopupServices, TabInfo } from './services';

export const PAGE: PageState = {
  read: true,
  url: 'https://news.example/story',
  title: 'Talks in Istanbul',
  selection: null,
  actors: [pageActor(), pageActor({ id: 'state:TR', name: 'Türkiye', kind: 'state', count: 5 })],
  topics: [{ id: 'mediation', label: 'Mediation', score: 2 }],
};

/** A learned actor on the page (issue 12). */
export const LEARNED = pageActor({
  id: 'learned:timur-sadikov',
  name: 'Timur Sadykov',
  description: 'Learned from your library: named in 2 analyses (Grain Wire).',
  learned: true,
  count: 2,
});

export const SITE: SiteSettings = { site: 'news.example', enabled: true, paused: false, disabledSites: [] };

/** A page with enough prose for Readability to call it an article. */
export const ARTICLE_HTML = `<html><head><title>Talks in Istanbul</title></head><body><article>${'<p>Hakan Fidan opened the talks in Istanbul on Monday, and the delegations agreed to meet again.</p>'.repeat(5)}</article></body></html>`;

export const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

/** Services that answer like a healthy extension on PAGE; override any of them per test. */
export function fakeServices(overrides: Partial<PopupServices> = {}) {
  return {
    pageState: vi.fn(async () => ok<PageState | null>(PAGE)),
    pageContext: vi.fn(async () => ok({ related: [analysis()], notes: [note()] })),
    saveNote: vi.fn(async (draft: NoteDraft) =>
      ok<Note>({ ...draft, id: 'new', createdAt: Date.now(), updatedAt: Date.now() }),
    ),
    deleteNote: vi.fn(async (id: string) => ok<Note | null>(note({ id }))),
    restoreNote: vi.fn(async () => ok(null)),
    openAnalysis: vi.fn(async () => ok(null)),
    articleSnapshot: vi.fn(async () => ok({ url: PAGE.url, title: PAGE.title, html: ARTICLE_HTML })),
    saveAnalysis: vi.fn(async () => ok({ id: 'page:1', created: true, actorIds: [] as string[] })),
    siteSettings: vi.fn(async () => ok(SITE)),
    setSiteEnabled: vi.fn(async (_site: string, enabled: boolean) => ok({ ...SITE, enabled })),
    setPaused: vi.fn(async () => ok(null)),
    openOptions: vi.fn(async () => ok(null)),
    learned: {
      confirm: vi.fn(async (id: string) => ok({ ...LEARNED, id, learned: false })),
      dismiss: vi.fn(async () => ok(null)),
      edit: vi.fn(async (id: string, name: string) => ok({ ...LEARNED, id, name })),
      merge: vi.fn(async (_from: string, into: string) => ok({ ...pageActor(), id: into })),
      find: vi.fn(async () => ok([pageActor()])),
    },
    ...overrides,
  } satisfies PopupServices;
}

let root: HTMLElement;

/** Gives each test of the calling file a fresh container, unmounted afterwards. */
export function useFreshRoot() {
  root = freshRoot();
}

/** Renders the popup and lets its load chain (pageState, then pageContext) settle. */
export async function open(services: PopupServices, tab?: TabInfo) {
  await act(() => render(<PopupApp services={services} tab={tab} />, root));
  await act(async () => {});
  return root;
}

export const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
export const one = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`) as T;

/** Types into the note box and picks a target, as a reader would. */
export async function write(text: string, target = 'page') {
  await act(() => {
    const input = one<HTMLTextAreaElement>('note-input');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const select = one<HTMLSelectElement>('note-target');
    select.value = target;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function clickSave() {
  await act(() => one<HTMLButtonElement>('note-save').click());
  await act(async () => {});
}
