import { useId } from 'preact/hooks';
import type { CardData } from '../lib/messaging/contract';
import { ActorKindBadge } from './ActorKindBadge';
import { AnalysisItem } from './AnalysisItem';
import { formatDate } from './format';
import { t, uiDirection, uiLocale } from './i18n';
import { NoteItem } from './NoteItem';
import { Phrase, SLOT } from './Phrase';

/** The most analyses a card shows; more would turn a hover card into a page. */
export const CARD_MAX_ANALYSES = 5;

/** What the card knows so far: the content script shows it at once and fills it in when data comes. */
export type ActorCardState =
  | { status: 'loading' }
  | { status: 'error'; error: string }
  | { status: 'ready'; data: CardData };

/** Props for {@link ActorCard}. */
export interface ActorCardProps {
  state: ActorCardState;
  onOpenAnalysis(id: string): void;
  onClose(): void;
}

/**
 * The hover card for one actor: who it is, the reader's prior analyses that mention it, and their
 * notes on it. A non-modal popover: it labels itself as a dialog but does not trap focus; Escape
 * inside it closes it.
 */
export function ActorCard({ state, onOpenAnalysis, onClose }: ActorCardProps) {
  const titleId = useId();
  const title = state.status === 'ready' ? state.data.actor.name : t('extName');
  return (
    <div
      class="bs-card"
      lang={uiLocale()}
      dir={uiDirection()}
      role="dialog"
      aria-labelledby={titleId}
      aria-busy={state.status === 'loading'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div class="bs-card-header">
        <h2 class="bs-card-title" id={titleId} data-testid="card-title" dir="auto">
          {title}
        </h2>
        <button type="button" class="bs-card-close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {state.status === 'loading' && <p class="bs-card-status">{t('loading')}</p>}
      {state.status === 'error' && (
        <p class="bs-error" role="alert">
          {t('cardError', state.error)}
        </p>
      )}
      {state.status === 'ready' && <CardBody data={state.data} onOpenAnalysis={onOpenAnalysis} />}
    </div>
  );
}

function CardBody({ data, onOpenAnalysis }: { data: CardData; onOpenAnalysis(id: string): void }) {
  const { actor, analyses, notes } = data;
  const asOf = formatDate(actor.asOf);
  return (
    <>
      <p class="bs-card-description">
        <ActorKindBadge kind={actor.kind} /> <bdi>{actor.description}</bdi>
        {asOf && <span class="bs-card-asof"> {t('cardAsOf', asOf)}</span>}
      </p>
      <h3 class="bs-section-title">{t('cardPriorAnalyses')}</h3>
      {analyses.length === 0 ? (
        <p class="bs-empty">
          <Phrase text={t('cardNoAnalyses', SLOT[0])} parts={[<bdi key="name">{actor.name}</bdi>]} />
        </p>
      ) : (
        <ul class="bs-list">
          {analyses.slice(0, CARD_MAX_ANALYSES).map((analysis) => (
            <AnalysisItem
              key={analysis.id}
              analysis={analysis}
              onOpen={onOpenAnalysis}
              testId="card-analysis"
            />
          ))}
        </ul>
      )}
      <h3 class="bs-section-title">{t('yourNotes')}</h3>
      {notes.length === 0 ? (
        <p class="bs-empty">
          <Phrase text={t('cardNoNotes', SLOT[0])} parts={[<bdi key="name">{actor.name}</bdi>]} />
        </p>
      ) : (
        <ul class="bs-list">
          {notes.map((note) => (
            // On the card every note is about this actor, so where it was written says more.
            <NoteItem key={note.id} note={note} target={note.pageTitle || note.url} testId="card-note" />
          ))}
        </ul>
      )}
    </>
  );
}
