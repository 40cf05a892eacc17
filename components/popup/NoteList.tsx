import type { PageActor } from '../../lib/messaging/contract';
import type { Note } from '../../lib/model';
import { t } from '../i18n';
import { NoteItem } from '../NoteItem';

/** Props for {@link NoteList}. */
export interface NoteListProps {
  notes: Note[];
  /** The page's actors, to name the actor a note is on. */
  actors: PageActor[];
  onDelete(id: string): void;
}

/** The reader's notes on this page and on its actors. */
export function NoteList({ notes, actors, onDelete }: NoteListProps) {
  if (notes.length === 0) return <p class="bs-empty">{t('popupNoNotes')}</p>;
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return (
    <ul class="bs-list">
      {notes.map((note) => (
        <NoteItem
          key={note.id}
          note={note}
          // An actor note may come from another page; its actor is what ties it to this one.
          target={(note.actorId && names.get(note.actorId)) || note.pageTitle || note.url}
          onDelete={onDelete}
          testId="note"
        />
      ))}
    </ul>
  );
}
