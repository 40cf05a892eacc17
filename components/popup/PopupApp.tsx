import { useState } from 'preact/hooks';
import type { Result, SiteSettings } from '../../lib/messaging/contract';
import type { TextQuote } from '../../lib/model';
import { type MessageName, t } from '../i18n';
import { UndoToast } from '../UndoToast';
import { type ActorChanges, ActorList, withChange, withChanges } from './ActorList';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import { RelatedList } from './RelatedList';
import { SavePageButton } from './SavePageButton';
import { Section } from './Section';
import { SiteSwitches } from './SiteSwitches';
import type { PopupServices, TabInfo } from './services';
import { TopicList } from './TopicList';
import { useNoteUndo } from './use-note-undo';
import { usePageData } from './use-page-data';

/** Props for {@link PopupApp}. */
export interface PopupAppProps {
  services: PopupServices;
  /** What the browser says about the tab; lets the reader note a page the content script skipped. */
  tab?: TabInfo;
  /**
   * A passage to quote when the page itself has no selection to give (the context menu's "Note on
   * this selection" passes the text the browser reported).
   */
  fallbackQuote?: TextQuote;
}

const NO_TAB: TabInfo = {};

/**
 * The toolbar popup: the page's actors and topics, related prior analyses, the reader's notes on the
 * page and its actors, and a form to write one.
 */
export function PopupApp({ services, tab = NO_TAB, fallbackQuote }: PopupAppProps) {
  const data = usePageData(services, tab);
  const { page, notePage } = data;
  // Failures of a click (open, delete) are shown once, above everything, until the next click.
  const [actionError, setActionError] = useState<string | null>(null);
  const [site, setSite] = useState<SiteSettings | null>(null);
  // What the reader did to learned actors here: the list, the notes and the note form all show it.
  const [actorChanges, setActorChanges] = useState<ActorChanges>(new Map());
  const actors = withChanges(data.page?.actors ?? [], actorChanges);
  const off = site !== null && (site.paused || (site.site !== null && !site.enabled));

  async function run(failure: MessageName, call: Promise<Result<null>>): Promise<boolean> {
    setActionError(null);
    const result = await call;
    if (!result.ok) setActionError(t(failure, result.error));
    return result.ok;
  }

  const openAnalysis = (id: string) => void run('errorOpenAnalysis', services.openAnalysis(id));
  const noteUndo = useNoteUndo(services, data, setActionError);

  async function saveNote(text: string, actorId: string | undefined, quote: TextQuote | undefined) {
    if (!notePage) return { ok: false, error: t('noteNoPage') } as const;
    const result = await services.saveNote({
      text,
      url: notePage.url,
      pageTitle: notePage.title,
      ...(actorId ? { actorId } : {}),
      ...(quote ? { quote } : {}),
    });
    // Newest first, the order the background gives notes in.
    if (result.ok) data.setNotes((notes) => [result.value, ...notes]);
    return result;
  }

  return (
    <main class="bs-popup">
      <header class="bs-popup-header">
        <h1>{page?.title || notePage?.title || t('extName')}</h1>
        {!data.loading && (
          <SiteSwitches
            services={services}
            url={notePage?.url ?? null}
            onChanged={(settings) => {
              if (site !== null) data.reload();
              setSite(settings);
            }}
          />
        )}
      </header>
      {actionError && (
        <p class="bs-error" role="alert">
          {actionError}
        </p>
      )}
      {data.loading && <p class="bs-empty">{t('popupReading')}</p>}
      {!data.loading && !page && off && (
        <p class="bs-empty" data-testid="switched-off">
          {t(site?.paused ? 'popupPaused' : 'popupSiteOff')}
        </p>
      )}
      {!data.loading && !page && !off && (
        <p class="bs-empty" data-testid="not-read">
          {t('popupNotRead')}
        </p>
      )}
      {page && (
        <>
          <Section title={t('actors')}>
            <ActorList
              actors={actors}
              learned={services.learned}
              onChange={(change) => setActorChanges((changes) => withChange(changes, change))}
            />
          </Section>
          <Section title={t('topics')}>
            <TopicList topics={page.topics} />
          </Section>
          <Section title={t('relatedAnalyses')}>
            {data.contextError ? (
              <p class="bs-error">{data.contextError}</p>
            ) : (
              <RelatedList related={data.related} onOpen={openAnalysis} />
            )}
          </Section>
        </>
      )}
      {notePage && !data.loading && (
        <Section title={t('yourNotes')}>
          {!page && data.contextError && <p class="bs-error">{data.contextError}</p>}
          {noteUndo.deleted && (
            <UndoToast
              // A new offer for each note deleted, with its own time to answer.
              key={noteUndo.deleted.note.id}
              text={t('noteDeleted')}
              onUndo={() => void noteUndo.undo()}
              onDismiss={noteUndo.dismiss}
            />
          )}
          <NoteList notes={data.notes} actors={actors} onDelete={(id) => void noteUndo.remove(id)} />
          <NoteForm actors={actors} quote={page?.selection ?? fallbackQuote} onSave={saveNote} />
        </Section>
      )}
      <footer class="bs-popup-footer">
        {notePage && !data.loading && <SavePageButton services={services} onSaved={data.reload} />}
        <button
          type="button"
          class="bs-link"
          data-testid="open-options"
          onClick={() => void run('errorOpenOptions', services.openOptions())}
        >
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
