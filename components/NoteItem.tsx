import type { Note } from '../lib/model';
import { formatDate, isoDate } from './format';
import { t } from './i18n';

/** Props for {@link NoteItem}. */
export interface NoteItemProps {
  note: Note;
  /** What the note is on or from, already worded by the parent (an actor name or a page title). */
  target: string;
  /** Shows a delete button when given. */
  onDelete?(id: string): void;
  /** Lets the card and the popup keep their own test ids on the same item. */
  testId?: string;
}

/** One of the reader's notes: the passage it quotes if any, its text, what it is on, and when it changed. */
export function NoteItem({ note, target, onDelete, testId }: NoteItemProps) {
  const date = formatDate(note.updatedAt || note.createdAt);
  return (
    <li class="bs-item bs-note" data-testid={testId}>
      {note.quote?.exact && (
        <blockquote class="bs-note-quote" dir="auto">
          {note.quote.exact}
        </blockquote>
      )}
      <p class="bs-note-text" dir="auto">
        {note.text}
      </p>
      <div class="bs-meta">
        {target && <span dir="auto">{target}</span>}
        {target && date && <span aria-hidden="true"> · </span>}
        {date && <time dateTime={isoDate(note.updatedAt || note.createdAt)}>{date}</time>}
        {onDelete && (
          <button
            type="button"
            class="bs-small-button"
            aria-label={t('deleteNoteLabel', note.text.slice(0, 40))}
            onClick={() => onDelete(note.id)}
          >
            {t('delete')}
          </button>
        )}
      </div>
    </li>
  );
}
