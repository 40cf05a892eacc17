import { useEffect, useRef } from 'preact/hooks';
import type { SkipReason } from '../../lib/io/records';
import type { ImportFormat, ImportProblem, ImportReport } from '../../lib/io/types';
import { type MessageName, t, tn } from '../i18n';
import { libWords, problemWords } from '../lib-words';
import { Phrase, SLOT } from '../Phrase';

/** Formats by the name a reader knows them by. */
export const FORMAT_LABELS: Record<ImportFormat, MessageName> = {
  telegram: 'formatTelegram',
  'backstory-backup': 'formatBackup',
  'analyses-jsonl': 'formatJsonl',
};

/** Why records were skipped, in the reader's words. */
const REASONS: Record<SkipReason, MessageName> = {
  'service message': 'skipServiceMessage',
  empty: 'skipEmpty',
  'poll only': 'skipPollOnly',
  unsupported: 'skipUnsupported',
  'not a channel': 'skipNotChannel',
  invalid: 'skipInvalid',
};

const reasonLabel = (reason: string) => (reason in REASONS ? t(REASONS[reason as SkipReason]) : reason);

/** Where a refused record is, in the interface's language when `lib/` gave words for it. */
function positionText(problem: ImportProblem): string {
  const parts = (problem.at ?? []).map((said) => libWords(said.key, said.params));
  return parts.length > 0 && parts.every((part) => part !== null) ? parts.join(', ') : problem.position;
}

/**
 * What an import did, in plain words, with the records it skipped listed by position and reason.
 * `data-added` and `data-skipped` carry the two numbers for tests and tools.
 */
export function ImportReportView({ report, fileName }: { report: ImportReport; fileName: string }) {
  const { format, added, updated, unchanged, skipped, skippedByReason, problems } = report;
  const reasons = Object.entries(skippedByReason).filter(([, count]) => count > 0);
  const invalid = skippedByReason.invalid ?? problems.length;
  const self = useRef<HTMLElement>(null);
  // The file input is disabled while importing; focus moves to the outcome so it is read out.
  useEffect(() => self.current?.focus(), []);
  return (
    <section
      ref={self}
      class="bs-report"
      data-testid="import-report"
      data-added={added}
      data-skipped={skipped}
      aria-label={t('reportLabel')}
      tabIndex={-1}
    >
      <h3>{t('reportTitle', fileName, FORMAT_LABELS[format] ? t(FORMAT_LABELS[format]) : format)}</h3>
      <p data-testid="import-summary">
        {t(
          'reportSummary',
          tn('reportAdded', added),
          tn('reportUpdated', updated),
          tn('reportUnchanged', unchanged),
          tn('reportSkipped', skipped),
        )}
      </p>
      {(report.actorsAdded > 0 || report.notesAdded > 0) && (
        <p>{t('reportAlso', tn('actorsCount', report.actorsAdded), tn('notesCount', report.notesAdded))}</p>
      )}
      {(report.sourcesAdded ?? 0) > 0 && (
        <p data-testid="import-sources">{tn('reportSources', report.sourcesAdded ?? 0)}</p>
      )}
      {reasons.length > 0 && (
        <ul class="bs-reasons" aria-label={t('reportByReason')}>
          {reasons.map(([reason, count]) => (
            <li key={reason}>{t('reportReason', reasonLabel(reason), count)}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <>
          <h4 class="bs-section-title">{t('reportProblems')}</h4>
          {invalid > problems.length && (
            <p class="bs-meta">{tn('reportFirstListed', problems.length, invalid)}</p>
          )}
          <ol class="bs-problems" data-testid="import-problems">
            {problems.map((problem, index) => (
              // Positions can repeat (two problems in one record); the index keeps keys unique.
              <li key={index} data-testid="import-problem">
                <Phrase
                  text={t('reportProblem', SLOT[0], problemWords(problem.why) ?? problem.reason)}
                  parts={[<strong key="at">{positionText(problem)}</strong>]}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
