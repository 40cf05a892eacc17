/** Fake services and DOM helpers shared by the options page tests (needs a happy-dom environment). */
import { type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { ACTOR_KINDS, type HighlightPrefs } from '../../lib/db/highlight-prefs';
import type { ImportReport, SearchHit } from '../../lib/io/types';
import type { Actor } from '../../lib/model';
import { note } from '../test-fixtures';
import { freshRoot } from '../test-root';
import type { OptionsServices } from './services';

export const FIDAN: Actor = {
  id: 'person:hakan-fidan',
  name: 'Hakan Fidan',
  kind: 'person',
  description: 'Foreign minister of Türkiye',
  aliases: [{ text: 'Fidan', role: 'surname' }],
};
export const TURKEY: Actor = {
  id: 'state:TR',
  name: 'Türkiye',
  kind: 'state',
  description: 'A state',
  aliases: [],
};

export function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    format: 'telegram',
    added: 3,
    updated: 1,
    unchanged: 0,
    skipped: 2,
    skippedByReason: { 'service message': 1, invalid: 1 },
    problems: [{ position: 'message 12 (id 3456)', reason: 'the date is not a date' }],
    actorsAdded: 0,
    notesAdded: 0,
    ...overrides,
  };
}

export const HITS: SearchHit[] = [
  { kind: 'analysis', id: 'a1', title: 'Ankara mediates again', excerpt: '…Fidan said…', date: '2024-03-05' },
  { kind: 'note', id: 'n1', title: 'A story', excerpt: 'Watch his Gulf trips.', date: '2024-01-02' },
];

/** Services that answer like a healthy library; override any of them per test. */
export function fakeOptions(overrides: Partial<OptionsServices> = {}) {
  return {
    search: vi.fn(async () => HITS),
    getNote: vi.fn(async () => note()),
    listActors: vi.fn(async () => [TURKEY, FIDAN]),
    saveActor: vi.fn(async () => {}),
    mergeActors: vi.fn(async () => {}),
    deleteActor: vi.fn(async () => ({ notesKept: 2, undo: vi.fn(async () => {}) })),
    timeline: vi.fn(async () => [
      {
        kind: 'analysis' as const,
        id: 'a1',
        title: 'Ankara mediates again',
        source: 'Review',
        date: '2024-03-05',
      },
      { kind: 'note' as const, note: note() },
    ]),
    actorMarkdown: vi.fn(async () => '# Hakan Fidan\n'),
    importFile: vi.fn(async () => report()),
    exportFile: vi.fn(async () => new Blob(['{}'])),
    download: vi.fn(),
    sites: vi.fn(async () => ({ disabledSites: ['blog.example', 'news.example'], paused: false })),
    setSiteEnabled: vi.fn(async () => ({ disabledSites: ['news.example'], paused: false })),
    setPaused: vi.fn(async () => {}),
    highlightPrefs: vi.fn(async () => ({ kinds: [...ACTOR_KINDS] })),
    setHighlightPrefs: vi.fn(async (prefs: HighlightPrefs) => prefs),
    knowledgeChanged: vi.fn(async () => {}),
    confirmLearned: vi.fn(async () => {}),
    dismissLearned: vi.fn(async () => {}),
    knowledgeStatus: vi.fn(async () => ({ actors: 19_000, version: 3, seeding: false, done: 0, total: 0 })),
    requestPersistence: vi.fn(async () => true),
    ...overrides,
  } satisfies OptionsServices;
}

let root: HTMLElement;

/** Gives each test of the calling file a fresh container, unmounted afterwards. */
export function useFreshRoot() {
  root = freshRoot();
}

/** Renders and lets pending replies settle. */
export async function show(ui: ComponentChildren) {
  await act(() => render(ui, root));
  await settle();
  return root;
}

/** Lets chained fake replies resolve and the UI re-render. */
export async function settle(rounds = 5) {
  for (let i = 0; i < rounds; i++) await act(async () => {});
}

export const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
export const one = <T extends HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`) as T;

export async function click(id: string) {
  await act(() => one(id).click());
  await settle();
}

/** Types into an input as a reader would. */
export async function type(id: string, text: string) {
  await act(() => {
    const input = one<HTMLInputElement>(id);
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Picks a file in the import input. */
export async function pickFile(file: File) {
  await act(() => {
    const input = one<HTMLInputElement>('import-file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
