// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../lib/messaging/contract';
import type { Note } from '../../lib/model';
import { note } from '../test-fixtures';
import { UNDO_MS } from '../UndoToast';
import { all, fakeServices, ok, one, open, useFreshRoot } from './popup-test-kit';

useFreshRoot();
afterEach(() => vi.useRealTimers());

const QUOTED = note({
  id: 'n2',
  text: 'Quoted one',
  quote: { exact: 'Fidan flew', prefix: 'Hakan ', suffix: ' to Moscow' },
  createdAt: Date.UTC(2024, 0, 3),
  updatedAt: Date.UTC(2024, 0, 4),
});
const NOTES = [QUOTED, note(), note({ id: 'n3', text: 'Oldest', actorId: undefined })];
const texts = () => all('note').map((el) => el.querySelector('.bs-note-text')?.textContent);
const deleteButton = (i: number) => all('note')[i]?.querySelector<HTMLButtonElement>('button');

/** Services whose deleteNote answers only when the test says so. */
function slowDelete() {
  let answer: (result: Result<Note | null>) => void = () => undefined;
  const services = fakeServices({
    pageContext: vi.fn(async () => ok({ related: [], notes: NOTES })),
    deleteNote: vi.fn(() => new Promise<Result<Note | null>>((resolve) => (answer = resolve))),
  });
  return { services, answer: (result: Result<Note | null>) => act(async () => answer(result)) };
}

describe('deleting a note in the popup', () => {
  it('takes the note away at once, offers Undo, and Undo gives back the note exactly where it was', async () => {
    const { services, answer } = slowDelete();
    await open(services);
    await act(() => deleteButton(0)?.click());
    // Gone before the background has answered.
    expect(texts()).toEqual(['Watch his Gulf trips.', 'Oldest']);
    expect(services.deleteNote).toHaveBeenCalledWith('n2');
    await answer(ok<Note | null>(QUOTED));
    expect(one('undo-toast').textContent).toContain('Deleted the note.');
    expect(document.activeElement).toBe(one('undo'));
    await act(() => one('undo').click());
    await act(async () => {});
    // The note the background gave back, not one rebuilt by the popup: id, text, quote, actor, dates.
    expect(services.restoreNote).toHaveBeenCalledWith(QUOTED);
    expect(texts()).toEqual(['Quoted one', 'Watch his Gulf trips.', 'Oldest']);
    expect(one('undo-toast')).toBeNull();
  });

  it('puts a note back with the reason when the background could not delete it', async () => {
    const { services, answer } = slowDelete();
    const root = await open(services);
    await act(() => deleteButton(1)?.click());
    await answer({ ok: false, error: 'Locked.' });
    expect(texts()).toEqual(['Quoted one', 'Watch his Gulf trips.', 'Oldest']);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not delete the note. Locked.');
    expect(one('undo-toast')).toBeNull();
  });

  it('says so when Undo fails, and does not show the note as if it were back', async () => {
    const services = fakeServices({
      pageContext: vi.fn(async () => ok({ related: [], notes: NOTES })),
      deleteNote: vi.fn(async () => ok<Note | null>(NOTES[2] as Note)),
      restoreNote: vi.fn(async () => ({ ok: false, error: 'Quota.' }) as const),
    });
    const root = await open(services);
    await act(() => deleteButton(2)?.click());
    await act(async () => {});
    await act(() => one('undo').click());
    await act(async () => {});
    expect(texts()).toEqual(['Quoted one', 'Watch his Gulf trips.']);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not undo the delete. Quota.');
  });

  it('leaves the note deleted when the offer runs out, and each delete gets its own offer', async () => {
    vi.useFakeTimers();
    const services = fakeServices({
      pageContext: vi.fn(async () => ok({ related: [], notes: NOTES })),
      deleteNote: vi.fn(async (id: string) => ok<Note | null>(NOTES.find((n) => n.id === id) ?? null)),
    });
    await open(services);
    await act(() => deleteButton(0)?.click());
    await act(async () => {});
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS - 1000);
    });
    await act(() => deleteButton(0)?.click());
    await act(async () => {});
    // The second offer has its full time, and is for the second note.
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS - 1000);
    });
    expect(one('undo-toast')).not.toBeNull();
    await act(() => one('undo').click());
    await act(async () => {});
    expect(services.restoreNote).toHaveBeenCalledTimes(1);
    expect(services.restoreNote).toHaveBeenCalledWith(NOTES[1]);
    await act(() => deleteButton(1)?.click());
    await act(async () => {});
    await act(() => {
      vi.advanceTimersByTime(UNDO_MS);
    });
    expect(one('undo-toast')).toBeNull();
    expect(services.restoreNote).toHaveBeenCalledTimes(1);
    expect(texts()).toEqual(['Watch his Gulf trips.']);
  });
});
