import type { RelatedAnalysis } from '../../lib/messaging/contract';
import { AnalysisItem } from '../AnalysisItem';
import { t } from '../i18n';

/** Prior analyses that share actors or topics with the page, most relevant first as given. */
export function RelatedList({ related, onOpen }: { related: RelatedAnalysis[]; onOpen(id: string): void }) {
  if (related.length === 0) return <p class="bs-empty">{t('popupNoRelated')}</p>;
  return (
    <ul class="bs-list">
      {related.map((analysis) => (
        <AnalysisItem key={analysis.id} analysis={analysis} onOpen={onOpen} testId="related-analysis" />
      ))}
    </ul>
  );
}
