import { createDetector } from '../detect';
import { FIXTURE_ACTORS } from '../detect/test-fixtures';
import { TOPICS } from '../kb/topics';
import { BackstoryDB } from './database';

/** For tests: a fresh database holding the fixture actors and the topics, nothing else. */
export async function testDb(prefix = 'test'): Promise<BackstoryDB> {
  const db = new BackstoryDB(`${prefix}-${crypto.randomUUID()}`);
  await db.actors.bulkPut(FIXTURE_ACTORS);
  await db.topics.bulkPut(TOPICS);
  return db;
}

/** Every table's rows, sorted by key: two databases hold the same data when these are equal. */
export async function dumpTables(db: BackstoryDB): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}

export { createDetector };
