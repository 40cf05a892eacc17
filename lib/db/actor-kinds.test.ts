import { afterEach, beforeEach, expect, test } from 'vitest';
import { actorKinds } from './actor-kinds';
import type { BackstoryDB } from './database';
import { testDb } from './test-db';

let db: BackstoryDB;
beforeEach(async () => {
  db = await testDb('kinds');
});
afterEach(() => db.delete());

test('knows every actor by kind, and follows a change', async () => {
  expect((await actorKinds(db)).get('person:hakan-fidan')).toBe('person');
  expect((await actorKinds(db)).get('state:TR')).toBe('state');
  await db.actors.update('person:hakan-fidan', { kind: 'organisation' });
  expect((await actorKinds(db)).get('person:hakan-fidan')).toBe('organisation');
  await db.actors.delete('state:TR');
  expect((await actorKinds(db)).has('state:TR')).toBe(false);
});

test('a packaged actor the first seed has not written yet is known by its id; a reader’s id is not', async () => {
  const kinds = await actorKinds(db);
  expect(kinds.has('org:gazprom')).toBe(false);
  expect(kinds.get('org:gazprom')).toBe('organisation');
  expect(kinds.get('place:baku-az')).toBe('place');
  expect(kinds.get('user:0b1c')).toBeUndefined();
});
