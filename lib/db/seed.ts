import type { Detector, DetectorInput } from '../detect/types';
import type { Actor, Topic } from '../model';
import { type AnalysisDraft, putAnalyses } from './analyses';
import type { BackstoryDB } from './database';
import { getSetting, setSetting } from './settings';

export interface StarterData {
  version: number;
  actors: readonly Actor[];
  topics: readonly Topic[];
  samples: readonly AnalysisDraft[];
}

const VERSION_KEY = 'starterVersion';

/**
 * Writes the starter knowledge base, topics and sample analyses when the database has an older
 * version of them (or none). Actors and topics the reader added or edited are never overwritten,
 * and nothing else is deleted. Returns true when it wrote anything.
 */
export async function seedStarterData(
  db: BackstoryDB,
  data: StarterData,
  makeDetector: (input: DetectorInput) => Detector,
): Promise<boolean> {
  if ((await getSetting(db, VERSION_KEY, 0)) >= data.version) return false;
  const tables = [
    db.actors,
    db.topics,
    db.analyses,
    db.mentionBlocks,
    db.searchBlocks,
    db.searchTerms,
    db.settings,
  ];
  await db.transaction('rw', tables, async () => {
    const userActors = new Set(await db.actors.filter((a) => a.userAdded === true).primaryKeys());
    await db.actors.bulkPut(data.actors.filter((a) => !userActors.has(a.id)));
    const userTopics = new Set(await db.topics.filter((t) => t.userAdded === true).primaryKeys());
    await db.topics.bulkPut(data.topics.filter((t) => !userTopics.has(t.id)));
    const detector = makeDetector({ actors: await db.actors.toArray(), topics: await db.topics.toArray() });
    await putAnalyses(db, detector, data.samples);
    await setSetting(db, VERSION_KEY, data.version);
  });
  return true;
}
