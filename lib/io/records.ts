import type { AnalysisDraft } from '../db/analyses';
import type { Setting } from '../db/schema';
import type { Actor, Note, Topic } from '../model';
import type { Source, SourceItem } from '../sources/model';
import { type Problem, problemText, type Words } from './problems';

/** Why a record was not imported; these words are the keys of `ImportReport.skippedByReason`. */
export type SkipReason =
  | 'service message'
  | 'empty'
  | 'poll only'
  | 'unsupported'
  | 'not a channel'
  | 'invalid';

/**
 * One record read from an import file, in file order. `position` says where it is in words
 * ("message 12 (id 3456)", "line 7", "analyses[3]") so a problem can be found in the file.
 */
export type ImportRecord =
  | { kind: 'analysis'; position: string; draft: AnalysisDraft }
  | { kind: 'actor'; position: string; actor: Actor }
  | { kind: 'topic'; position: string; topic: Topic }
  | { kind: 'note'; position: string; note: Note }
  | { kind: 'setting'; position: string; setting: Setting }
  | { kind: 'source'; position: string; source: Source; items: SourceItem[] }
  | {
      kind: 'skip';
      position: string;
      reason: SkipReason;
      /** Why an invalid record was refused, in English, and as words the interface translates. */
      problem?: string;
      why?: Problem;
      /** The position as words ("message 12 (id 3456)"), when it has words of its own. */
      at?: Words[];
    };

/** A batch of records and how far through the file they are. */
export interface RecordBatch {
  records: ImportRecord[];
  bytesRead: number;
  bytesTotal: number;
}

/**
 * A record that could not be read, with the reason as words (a name without a field, or a problem)
 * and in English (`text`, the problem's own English unless said otherwise).
 */
export function invalid(
  position: string,
  problem: Problem | Words,
  at?: Words[],
  text?: string,
): ImportRecord {
  const why = 'why' in problem ? problem : { why: problem };
  return {
    kind: 'skip',
    position,
    reason: 'invalid',
    problem: text ?? problemText(why),
    why,
    ...(at ? { at } : {}),
  };
}
