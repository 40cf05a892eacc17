import { useCallback, useState } from 'preact/hooks';
import type { Note } from '../../lib/model';
import { t } from '../i18n';
import type { PopupServices } from './services';
import type { PageData } from './use-page-data';

/** A note the reader just deleted, and where it stood in the list. */
export interface DeletedNote {
  note: Note;
  at: number;
}

/** What {@link useNoteUndo} gives the popup. */
export interface NoteUndo {
  /** The note the Undo offer is for; null when there is none. */
  deleted: DeletedNote | null;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  dismiss(): void;
}

/**
 * Deleting a note with Undo (issue 14). The note leaves the list at once and the background deletes
 * it at once, replying with the note as it was; Undo sends that back to be stored again, id, text,
 * quote, actor and dates as they were. Nothing is deferred to the popup: closed during the offer, it
 * leaves the note deleted; closed after an Undo, the note is already back in the database.
 */
export function useNoteUndo(
  services: Pick<PopupServices, 'deleteNote' | 'restoreNote'>,
  data: Pick<PageData, 'notes' | 'setNotes'>,
  onError: (message: string | null) => void,
): NoteUndo {
  const [deleted, setDeleted] = useState<DeletedNote | null>(null);
  const { notes, setNotes } = data;
  const putBack = (gone: DeletedNote) =>
    setNotes((list) =>
      list.some((n) => n.id === gone.note.id)
        ? list
        : [...list.slice(0, gone.at), gone.note, ...list.slice(gone.at)],
    );

  async function remove(id: string) {
    onError(null);
    const at = notes.findIndex((n) => n.id === id);
    const shown = notes[at];
    setNotes((list) => list.filter((n) => n.id !== id));
    const result = await services.deleteNote(id);
    if (!result.ok) {
      if (shown) putBack({ note: shown, at });
      onError(t('errorDeleteNote', result.error));
      return;
    }
    setDeleted(result.value ? { note: result.value, at } : null);
  }

  async function undo() {
    if (!deleted) return;
    setDeleted(null);
    onError(null);
    const result = await services.restoreNote(deleted.note);
    if (result.ok) putBack(deleted);
    else onError(t('errorUndoDelete', result.error));
  }

  const dismiss = useCallback(() => setDeleted(null), []);
  return { deleted, remove, undo, dismiss };
}
