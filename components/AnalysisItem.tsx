import type { RelatedAnalysis } from '../lib/messaging/contract';
import { formatDate, isoDate } from './format';
import { t } from './i18n';

/** Props for {@link AnalysisItem}. */
export interface AnalysisItemProps {
  analysis: RelatedAnalysis;
  /** Asks the background to open the analysis; the item does not navigate itself. */
  onOpen(id: string): void;
  /** Lets the card and the popup keep their own test ids on the same item. */
  testId?: string;
}

/**
 * One prior analysis in a list: title (a button that opens it), source, date and the snippet that
 * explains why it is related, with the matching words marked. Everything is rendered as text.
 */
export function AnalysisItem({ analysis, onOpen, testId }: AnalysisItemProps) {
  const { id, title, source, publishedAt, snippet } = analysis;
  const date = formatDate(publishedAt);
  const hasSnippet = Boolean(snippet.before || snippet.match || snippet.after);
  return (
    <li class="bs-item bs-analysis" data-testid={testId}>
      <button type="button" class="bs-link" dir="auto" onClick={() => onOpen(id)}>
        {title || t('untitledAnalysis')}
      </button>
      <div class="bs-meta">
        {source && <span dir="auto">{source}</span>}
        {source && date && <span aria-hidden="true"> · </span>}
        {date && <time dateTime={isoDate(publishedAt)}>{date}</time>}
      </div>
      {hasSnippet && (
        <p class="bs-snippet" dir="auto">
          {snippet.before}
          {snippet.match && <mark>{snippet.match}</mark>}
          {snippet.after}
        </p>
      )}
    </li>
  );
}
