import type { AnalysisDraft } from '../db/analyses';
import type { Setting } from '../db/schema';
import type { Actor, Note, Topic } from '../model';
import type { Source, SourceItem } from '../sources/model';

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
  | { kind: 'skip'; position: string; reason: SkipReason; problem?: string };

/** A batch of records and how far through the file they are. */
export interface RecordBatch {
  records: ImportRecord[];
  bytesRead: number;
  bytesTotal: number;
}

/** A record that could not be read, with the reason in plain words. */
export function invalid(position: string, problem: string): ImportRecord {
  return { kind: 'skip', position, reason: 'invalid', problem };
}
