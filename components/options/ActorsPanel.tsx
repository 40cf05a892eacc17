import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Actor } from '../../lib/model';
import { type MessageName, t, tn } from '../i18n';
import { UndoToast } from '../UndoToast';
import { ActorDetail } from './ActorDetail';
import { ActorForm } from './ActorForm';
import { ActorPicker } from './ActorPicker';
import { message } from './error-message';
import type { DeletedActor, OptionsServices } from './services';

type Editing = { actor: Actor | null } | null;

/** Actors: pick one, see its timeline, add, edit, merge, delete (with Undo) and export it. */
export function ActorsPanel({ services }: { services: OptionsServices }) {
  const [actors, setActors] = useState<Actor[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleted, setDeleted] = useState<{ name: string; result: DeletedActor } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped after every change so the timeline reloads too.
  const [version, setVersion] = useState(0);

  const load = useCallback(async () => {
    try {
      const list = await services.listActors();
      setActors([...list].sort((a, b) => a.name.localeCompare(b.name)));
    } catch (failure) {
      setError(t('errorLoadActors', message(failure)));
    }
  }, [services]);
  useEffect(() => void load(), [load]);

  /** Runs a change, tells the background (which rebuilds its detector), then reloads the list. */
  async function change(failure: MessageName, run: () => Promise<void>) {
    setError(null);
    try {
      await run();
    } catch (error) {
      setError(t(failure, message(error)));
    }
    // The background first, then the list: once the list shows the change, pages read from now on
    // have it too (a page reloaded right after a dismiss still highlighted the actor).
    await services.knowledgeChanged().catch(() => undefined);
    await load();
    setVersion((n) => n + 1);
  }

  const selected = actors?.find((actor) => actor.id === selectedId) ?? null;
  const dismiss = useCallback(() => setDeleted(null), []);

  async function remove(actor: Actor) {
    await change('errorDeleteActor', async () => {
      const result = await services.deleteActor(actor.id);
      setDeleted({ name: actor.name, result });
      setSelectedId(null);
    });
  }

  async function undo() {
    if (!deleted) return;
    const { result } = deleted;
    setDeleted(null);
    await change('errorUndoDelete', () => result.undo());
  }

  async function exportMarkdown(actor: Actor) {
    try {
      const text = await services.actorMarkdown(actor.id);
      services.download(
        new Blob([text], { type: 'text/markdown' }),
        `${actor.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.md`,
      );
    } catch (failure) {
      setError(t('errorExportActor', message(failure)));
    }
  }

  if (!actors) return error ? <p class="bs-error">{error}</p> : <p class="bs-empty">{t('actorsLoading')}</p>;
  return (
    <div class="bs-actors">
      <div class="bs-actors-side">
        <button
          type="button"
          class="bs-button"
          data-testid="actor-add"
          onClick={() => setEditing({ actor: null })}
        >
          {t('actorAdd')}
        </button>
        <ActorPicker
          actors={actors}
          selectedId={selectedId}
          onSelect={(id) => {
            setSelectedId(id);
            setEditing(null);
          }}
        />
      </div>
      <div class="bs-actors-main">
        {error && (
          <p class="bs-error" role="alert">
            {error}
          </p>
        )}
        {deleted && (
          <UndoToast
            text={[
              t('actorDeleted', deleted.name),
              ...(deleted.result.notesKept ? [tn('notesKept', deleted.result.notesKept)] : []),
            ].join(' ')}
            onUndo={() => void undo()}
            onDismiss={dismiss}
          />
        )}
        {editing ? (
          <ActorForm
            key={editing.actor?.id ?? 'new'}
            actor={editing.actor}
            onCancel={() => setEditing(null)}
            onSave={async (actor) => {
              await services.saveActor(actor);
              setEditing(null);
              setSelectedId(actor.id);
              await change('errorSaveActor', async () => {});
            }}
          />
        ) : selected ? (
          <ActorDetail
            actor={selected}
            actors={actors}
            services={services}
            version={version}
            onEdit={() => setEditing({ actor: selected })}
            onDelete={() => void remove(selected)}
            onExport={() => void exportMarkdown(selected)}
            onConfirm={() => void change('errorKeepActor', () => services.confirmLearned(selected.id))}
            onDismiss={() =>
              void change('errorDismissActor', async () => {
                await services.dismissLearned(selected.id);
                setSelectedId(null);
              })
            }
            onMerge={(fromId, intoId) =>
              change('errorMerge', async () => {
                await services.mergeActors(fromId, intoId);
                setSelectedId(intoId);
              })
            }
          />
        ) : (
          <p class="bs-empty">{t('actorPick')}</p>
        )}
      </div>
    </div>
  );
}
