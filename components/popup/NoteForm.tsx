import type { TargetedKeyboardEvent } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { PageActor, Result } from '../../lib/messaging/contract';
import type { Note, TextQuote } from '../../lib/model';
import { t } from '../i18n';

/** Props for {@link NoteForm}. */
export interface NoteFormProps {
  /** Actors a note can be on, besides the page itself. */
  actors: PageActor[];
  /** The passage selected on the page when the popup opened; the reader may drop it. */
  quote?: TextQuote | null;
  /** Saves the note; `actorId` is undefined for a note on the page, `quote` when none is attached. */
  onSave(text: string, actorId: string | undefined, quote: TextQuote | undefined): Promise<Result<Note>>;
}

/** Writes a note on the page or on one of its actors. Ctrl/Cmd+Enter saves. */
export function NoteForm({ actors, quote, onSave }: NoteFormProps) {
  const [text, setText] = useState('');
  // Dropped by the reader, or already used by a saved note: one selection makes one quoted note.
  const [quoteDropped, setQuoteDropped] = useState(false);
  const attached = quote && !quoteDropped ? quote : undefined;
  const [target, setTarget] = useState('page');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textId = useId();
  const targetId = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const canSave = text.trim() !== '' && !saving;

  async function save() {
    if (!canSave) return;
    setSaving(true);
    setError(null);
    const result = await onSave(text.trim(), target === 'page' ? undefined : target, attached);
    setSaving(false);
    if (result.ok) {
      setText('');
      setQuoteDropped(true);
    } else setError(t('errorSaveNote', result.error));
    // The save button is disabled once the text clears, which would drop focus to the body.
    input.current?.focus();
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <form
      class="bs-note-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {attached && (
        <figure class="bs-quote-draft" data-testid="note-quote">
          <figcaption class="bs-meta">{t('noteQuoting')}</figcaption>
          <blockquote class="bs-note-quote" dir="auto">
            {attached.exact}
          </blockquote>
          <button
            type="button"
            class="bs-small-button"
            data-testid="note-quote-drop"
            onClick={() => {
              setQuoteDropped(true);
              input.current?.focus();
            }}
          >
            {t('noteDropQuote')}
          </button>
        </figure>
      )}
      <label for={textId}>{t('noteWrite')}</label>
      <textarea
        id={textId}
        dir="auto"
        ref={input}
        data-testid="note-input"
        rows={3}
        value={text}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="bs-note-row">
        <label for={targetId}>{t('noteOn')}</label>
        <select
          id={targetId}
          data-testid="note-target"
          value={target}
          onChange={(event) => setTarget(event.currentTarget.value)}
        >
          <option value="page">{t('noteOnThisPage')}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
        <button type="submit" class="bs-button" data-testid="note-save" disabled={!canSave}>
          {saving ? t('saving') : t('noteSave')}
        </button>
      </div>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
