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

/**
 * Deletes a note; returns it as it was, for an Undo to give to {@link restoreNote}, or null when there
 * was no such note.
 */
export async function deleteNote(db: BackstoryDB, id: string): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note ?? null;
  });
}

/**
 * Puts back a note {@link deleteNote} returned, exactly as it was. A note stored under its id since
 * (an Undo sent twice, a backup restored meanwhile) is left as it is; throws when the note is not one
 * that could have been saved.
 */
export async function restoreNote(db: BackstoryDB, note: Note): Promise<void> {
  const problem = noteDraftProblem(note);
  if (problem !== null) throw new Error(problem);
  await db.transaction('rw', db.notes, async () => {
    if ((await db.notes.get(note.id)) === undefined) await db.notes.add(note);
  });
}

/** Notes on one actor, newest first. */
export async function notesOnActor(db: BackstoryDB, actorId: string): Promise<Note[]> {
  const notes = await db.notes.where('actorId').equals(actorId).toArray();
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}
