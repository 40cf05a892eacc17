import { useEffect, useRef } from 'preact/hooks';
import type { ImportFormat, ImportReport } from '../../lib/io/types';

/** Formats by the name a reader knows them by. */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  telegram: 'Telegram export',
  'backstory-backup': 'Backstory backup',
  'analyses-jsonl': 'JSON Lines of analyses',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

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
      aria-label="Import report"
      tabIndex={-1}
    >
      <h3>
        Imported {fileName} ({FORMAT_LABELS[format] ?? format})
      </h3>
      <p data-testid="import-summary">
        {plural(added, 'analysis', 'analyses')} added, {updated.toLocaleString()} updated,{' '}
        {unchanged.toLocaleString()} already there, {plural(skipped, 'record')} skipped.
      </p>
      {(report.actorsAdded > 0 || report.notesAdded > 0) && (
        <p>
          Also {plural(report.actorsAdded, 'actor')} and {plural(report.notesAdded, 'note')} added.
        </p>
      )}
      {(report.sourcesAdded ?? 0) > 0 && (
        <p data-testid="import-sources">
          {plural(report.sourcesAdded ?? 0, 'source')} subscribed again: see Sources, where each asks for
          access to its site before its first check.
        </p>
      )}
      {reasons.length > 0 && (
        <ul class="bs-reasons" aria-label="Skipped, by reason">
          {reasons.map(([reason, count]) => (
            <li key={reason}>
              {reason}: {count.toLocaleString()}
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <>
          <h4 class="bs-section-title">Records that could not be read</h4>
          {invalid > problems.length && (
            <p class="bs-meta">
              The first {problems.length.toLocaleString()} of {invalid.toLocaleString()} are listed.
            </p>
          )}
          <ol class="bs-problems" data-testid="import-problems">
            {problems.map((problem, index) => (
              // Positions can repeat (two problems in one record); the index keeps keys unique.
              <li key={index} data-testid="import-problem">
                <strong>{problem.position}</strong>: {problem.reason}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
