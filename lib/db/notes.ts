import type { NoteDraft } from '../messaging/contract';
import type { Note } from '../model';
import { pageKey } from '../page-url';
import type { BackstoryDB } from './database';

/** Longest note kept; a longer draft is refused, not cut, so nothing is silently lost. */
export const MAX_NOTE_LENGTH = 20_000;

/** Checks a draft; returns the reason it cannot be saved, or null. */
export function noteDraftProblem(draft: NoteDraft): string | null {
  if (draft.text.trim() === '') return 'The note is empty.';
  if (draft.text.length > MAX_NOTE_LENGTH) return `A note can hold at most ${MAX_NOTE_LENGTH} characters.`;
  if (draft.url === '') return 'A note needs the page it was written on.';
  if (draft.quote && draft.quote.exact.length > MAX_NOTE_LENGTH) return 'The quoted passage is too long.';
  return null;
}

/** Stores a new note; throws with the reason when the draft is not valid. */
export async function saveNote(db: BackstoryDB, draft: NoteDraft, now = Date.now()): Promise<Note> {
  const problem = noteDraftProblem(draft);
  if (problem !== null) throw new Error(problem);
  const note: Note = {
    id: crypto.randomUUID(),
    text: draft.text.trim(),
    url: pageKey(draft.url),
    pageTitle: draft.pageTitle,
    createdAt: now,
    updatedAt: now,
    ...(draft.actorId ? { actorId: draft.actorId } : {}),
    ...(draft.quote && draft.quote.exact.trim() !== '' ? { quote: draft.quote } : {}),
  };
  await db.notes.add(note);
  return note;
}

/**
 * Notes written on this page (by its `pageKey`: with or without a fragment or tracking parameters), and
 * notes on any of these actors wherever they were written; newest first.
 */
export async function notesFor(db: BackstoryDB, url: string, actorIds: readonly string[]): Promise<Note[]> {
  const [onPage, onActors] = await Promise.all([
    url ? db.notes.where('url').equals(pageKey(url)).toArray() : [],
    actorIds.length
      ? db.notes
          .where('actorId')
          .anyOf([...actorIds])
          .toArray()
      : [],
  ]);
  const unique = new Map([...onPage, ...onActors].map((note) => [note.id, note]));
  return [...unique.values()].sort((a, b) => b.createdAt - a.createdAt);
}

/** Notes on one actor, newest first. */
export async function notesOnActor(db: BackstoryDB, actorId: string): Promise<Note[]> {
  const notes = await db.notes.where('actorId').equals(actorId).toArray();
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}
