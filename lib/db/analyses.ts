import type { Detector } from '../detect/types';
import { indexDetection } from '../index-detection';
import type { Analysis } from '../model';
import { type BackstoryDB, mentionKey } from './database';

export type AnalysisDraft = Omit<Analysis, 'actorIds' | 'topicIds' | 'addedAt'> & { addedAt?: number };

/**
 * Detects the actors and topics of analyses and stores them with their mention rows, replacing
 * earlier versions of the same ids. All or nothing: one transaction for the whole batch.
 */
export async function putAnalyses(db: BackstoryDB, detector: Detector, drafts: readonly AnalysisDraft[]) {
  const now = Date.now();
  const indexed = drafts.map((draft) => {
    const heading = `${draft.title}\n\n`;
    const detection = detector.detect(heading + draft.text);
    const { mentions, actorIds, topicIds } = indexDetection(detection, heading.length);
    const analysis: Analysis = { ...draft, addedAt: draft.addedAt ?? now, actorIds, topicIds };
    const rows = mentions.map((m) => ({
      ...m,
      analysisId: draft.id,
      key: mentionKey(draft.id, m.actorId),
    }));
    return { analysis, rows };
  });
  await db.transaction('rw', db.analyses, db.mentions, async () => {
    const ids = drafts.map((d) => d.id);
    await db.mentions.where('analysisId').anyOf(ids).delete();
    await db.analyses.bulkPut(indexed.map((i) => i.analysis));
    await db.mentions.bulkPut(indexed.flatMap((i) => i.rows));
  });
  return indexed.map((i) => i.analysis);
}
