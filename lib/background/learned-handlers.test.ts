import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { BackstoryDB } from '../db/database';
import { importFile } from '../db/import';
import { dismissedNames } from '../db/learned-admin';
import { createDetector, mentionsOfActor, testDb } from '../db/test-db';
import { learnedId } from '../learn/learner';
import { nameKey } from '../learn/name-key';
import { parseRequest } from '../messaging/schemas';
import { authorize } from './handlers';
import { learnedHandlers } from './learned-handlers';

/** Issue 12: the popup's actions on learned actors, answered with the options page's functions. */
let db: BackstoryDB;
let changes: number;
let handlers: ReturnType<typeof learnedHandlers>;
const SADYKOV = learnedId(nameKey('Timur Sadykov'));
const line = (id: string, text: string) =>
  JSON.stringify({ id, title: id, text, source: 'Grain Wire', publishedAt: '2026-05-01T00:00:00Z' });

beforeEach(async () => {
  db = await testDb('learned-handlers');
  changes = 0;
  handlers = learnedHandlers({ db, knowledgeChanged: async () => void changes++ });
  const file = [line('a1', 'Timur Sadykov met traders. Sadykov spoke.'), line('a2', 'Timur Sadykov left.')];
  await importFile(db, createDetector, new Blob([`${file.join('\n')}\n`]));
});
afterEach(() => db.delete());

const extension = { context: 'extension' as const };

describe('the learned actors’ handlers', () => {
  test('confirm: the reader’s own, and pages are told', async () => {
    const kept = await handlers.confirmLearned({ actorId: SADYKOV }, extension);
    expect(kept).toMatchObject({ id: SADYKOV, name: 'Timur Sadykov' });
    expect(kept.learned).toBeUndefined();
    expect((await db.actors.get(SADYKOV))?.learned).toBeUndefined();
    expect(changes).toBe(1);
  });

  test('dismiss: gone, its name remembered', async () => {
    await handlers.dismissLearned({ actorId: SADYKOV }, extension);
    expect(await db.actors.get(SADYKOV)).toBeUndefined();
    expect((await dismissedNames(db)).map((d) => d.key)).toEqual([nameKey('Timur Sadykov')]);
    expect(changes).toBe(1);
  });

  test('edit: a new name, the old one kept as an alias, new aliases added once; still learned', async () => {
    const saved = await handlers.editActor(
      {
        actorId: SADYKOV,
        name: 'Timur B. Sadykov',
        addAliases: ['T. Sadykov', 't. sadykov', ' ', 'Timur B. Sadykov'],
      },
      extension,
    );
    expect(saved).toMatchObject({ name: 'Timur B. Sadykov', learned: true });
    const aliases = (await db.actors.get(SADYKOV))?.aliases.map((a) => a.text) ?? [];
    expect(aliases).toEqual(expect.arrayContaining(['Timur Sadykov', 'T. Sadykov']));
    expect(aliases.filter((a) => a.toLowerCase() === 't. sadykov')).toHaveLength(1);
    expect(aliases).not.toContain('Timur B. Sadykov');
  });

  test('merge into a known actor found by name: mentions follow', async () => {
    const found = await handlers.findActors({ query: 'fidan', limit: 5 }, extension);
    expect(found.map((a) => a.id)).toContain('person:hakan-fidan');
    const merged = await handlers.mergeActor({ fromId: SADYKOV, intoId: 'person:hakan-fidan' }, extension);
    expect(merged.id).toBe('person:hakan-fidan');
    expect((await mentionsOfActor(db, 'person:hakan-fidan')).map((m) => m.analysisId).sort()).toEqual([
      'a1',
      'a2',
    ]);
    expect((await dismissedNames(db))[0]?.into).toBe('person:hakan-fidan');
  });

  test('find folds accents, lists names that start with the query first, and finds nothing for nothing', async () => {
    expect(await handlers.findActors({ query: '  ', limit: 5 }, extension)).toEqual([]);
    const found = await handlers.findActors({ query: 'sadyk', limit: 5 }, extension);
    expect(found.map((a) => a.id)).toEqual([SADYKOV]);
  });

  test('a content script may not call them; malformed requests are refused', () => {
    const page = { context: 'content' as const, tabId: 1, url: 'https://news.test/' };
    for (const method of [
      'confirmLearned',
      'dismissLearned',
      'editActor',
      'mergeActor',
      'findActors',
    ] as const) {
      expect(authorize(method, page)).toBe(`Not allowed: ${method}.`);
    }
    expect(parseRequest('findActors', { query: 'x', limit: 10_000 }).ok).toBe(false);
    expect(parseRequest('editActor', { actorId: SADYKOV, name: 'x', addAliases: 'y' }).ok).toBe(false);
  });
});
