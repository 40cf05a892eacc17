import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDetector } from '../detect';
import { FIXTURE_ACTORS } from '../detect/test-fixtures';
import { TOPICS } from '../kb/topics';
import type { Analysis } from '../model';
import type { AnalysisDraft } from './analyses';
import { cardData } from './cards';
import { BackstoryDB } from './database';
import { deleteNote, notesFor, restoreNote, saveNote } from './notes';
import { relatedAnalyses } from './related';
import { seedStarterData } from './seed';
import { mentionsOf } from './test-db';

const sample = (id: string, title: string, text: string, publishedAt: string): AnalysisDraft => ({
  id,
  title,
  text,
  publishedAt,
  url: '',
  source: 'Test channel',
  origin: 'sample',
});

const SAMPLES = [
  sample(
    'sample:fidan',
    'Ankara courts Moscow',
    'Turkish Foreign Minister Hakan Fidan travelled to Moscow to keep the Istanbul talks alive. Ankara wants to mediate between Russia and Ukraine while its energy dependence on Russian gas grows.',
    '2026-03-01T10:00:00Z',
  ),
  sample(
    'sample:paris',
    'Paris and the budget',
    'France debates its budget again; the government in Paris faces an early election.',
    '2026-04-01T10:00:00Z',
  ),
];

let db: BackstoryDB;
beforeEach(async () => {
  db = new BackstoryDB(`test-${crypto.randomUUID()}`);
  await seedStarterData(
    db,
    { version: 1, actors: FIXTURE_ACTORS, topics: TOPICS, samples: SAMPLES },
    createDetector,
  );
});
afterEach(() => db.delete());

describe('seedStarterData', () => {
  test('indexes the samples with their actors, mentions and topics', async () => {
    const fidan = (await db.analyses.get('sample:fidan')) as Analysis;
    expect(fidan.actorIds).toEqual(expect.arrayContaining(['person:hakan-fidan', 'state:TR', 'state:RU']));
    expect(fidan.topicIds).toEqual(expect.arrayContaining(['energy']));
    const row = (await mentionsOf(db, 'sample:fidan')).find((m) => m.actorId === 'person:hakan-fidan');
    expect(fidan.text.slice(row?.firstOffset, (row?.firstOffset ?? 0) + (row?.firstLength ?? 0))).toBe(
      'Hakan Fidan',
    );
  });
  test('runs once per version and never overwrites what the reader added', async () => {
    await db.actors.update('state:TR', { description: 'Mine', userAdded: true });
    const changed = [FIXTURE_ACTORS.map((a) => ({ ...a, description: 'New' })), TOPICS] as const;
    const data = { version: 1, actors: changed[0], topics: changed[1], samples: SAMPLES };
    expect(await seedStarterData(db, data, createDetector)).toBe(false);
    expect(await seedStarterData(db, { ...data, version: 2 }, createDetector)).toBe(true);
    expect((await db.actors.get('state:TR'))?.description).toBe('Mine');
    expect((await db.actors.get('state:RU'))?.description).toBe('New');
    expect((await mentionsOf(db, 'sample:fidan')).length).toBeGreaterThan(2);
  });
});

describe('relatedAnalyses', () => {
  test('offers the Fidan analysis for a page on Fidan, with a snippet on him', async () => {
    const related = await relatedAnalyses(db, {
      actors: new Map([['person:hakan-fidan', 1]]),
      topics: new Map(),
      now: Date.parse('2026-06-01'),
    });
    expect(related.map((r) => r.id)).toEqual(['sample:fidan']);
    expect(related[0]?.snippet.match).toBe('Hakan Fidan');
    expect(related[0]?.sharedActorIds).toEqual(['person:hakan-fidan']);
  });
  test('an analysis far weaker than the best is left out', async () => {
    const query = { topics: new Map<string, number>(), now: Date.parse('2026-06-01') };
    const both = await relatedAnalyses(db, { ...query, actors: new Map([['state:FR', 1]]) });
    expect(both.map((r) => r.id)).toEqual(['sample:paris']);
    const weak = await relatedAnalyses(db, {
      ...query,
      actors: new Map([
        ['person:hakan-fidan', 5],
        ['state:FR', 0.1],
      ]),
    });
    expect(weak.map((r) => r.id)).toEqual(['sample:fidan']);
  });
  test('a shared topic alone relates, and the page itself is never offered', async () => {
    const related = await relatedAnalyses(db, { actors: new Map(), topics: new Map([['energy', 1]]) });
    expect(related.map((r) => r.id)).toContain('sample:fidan');
    await db.analyses.update('sample:fidan', { url: 'https://example.org/a' });
    const self = await relatedAnalyses(db, {
      actors: new Map([['person:hakan-fidan', 1]]),
      topics: new Map(),
      excludeUrl: 'https://example.org/a',
    });
    expect(self).toEqual([]);
  });
  test.each([
    'https://example.org/a#x',
    'https://example.org/a?utm_source=y',
    'https://Example.org/a?utm_source=y&fbclid=z#comments',
  ])(
    'the page opened again as %s is still itself, not a prior analysis, in the popup and the card',
    async (url) => {
      await db.analyses.update('sample:fidan', { url: 'https://example.org/a' });
      const query = { actors: new Map([['person:hakan-fidan', 1]]), topics: new Map(), excludeUrl: url };
      expect(await relatedAnalyses(db, query)).toEqual([]);
      expect((await cardData(db, 'person:hakan-fidan', url))?.analyses).toEqual([]);
    },
  );
});

describe('notes', () => {
  test('a note on an actor comes back on any page and in the card', async () => {
    const onActor = await saveNote(db, {
      text: ' Watch his next trip ',
      url: 'https://a.test/1',
      pageTitle: 'A',
      actorId: 'person:hakan-fidan',
    });
    const onPage = await saveNote(
      db,
      { text: 'Page note', url: 'https://a.test/1', pageTitle: 'A' },
      Date.now() + 1,
    );
    expect(onActor.text).toBe('Watch his next trip');
    expect((await notesFor(db, 'https://a.test/1', [])).map((n) => n.id)).toEqual([onPage.id, onActor.id]);
    expect((await notesFor(db, 'https://b.test/2', ['person:hakan-fidan'])).map((n) => n.id)).toEqual([
      onActor.id,
    ]);
    const card = await cardData(db, 'person:hakan-fidan', 'https://b.test/2');
    expect(card?.notes.map((n) => n.text)).toEqual(['Watch his next trip']);
    expect(card?.analyses.map((a) => a.id)).toEqual(['sample:fidan']);
    expect(card?.actor).toMatchObject({ name: 'Hakan Fidan', kind: 'person' });
  });
  test('a note is stored under the page’s one identity and found from the page however it is opened', async () => {
    const note = await saveNote(db, {
      text: 'Written with the comments open',
      url: 'https://a.test/1?utm_source=tg#comments',
      pageTitle: 'A',
    });
    expect(note.url).toBe('https://a.test/1');
    expect((await db.notes.get(note.id))?.url).toBe('https://a.test/1');
    for (const url of [
      'https://a.test/1',
      'https://a.test/1#x',
      'https://A.test/1?utm_source=y&utm_medium=z',
    ])
      expect((await notesFor(db, url, [])).map((n) => n.id)).toEqual([note.id]);
    expect(await notesFor(db, 'https://a.test/1?page=2', [])).toEqual([]);
  });
  test('a deleted note is given back as it was, and Undo stores it again exactly', async () => {
    const kept = await saveNote(db, { text: 'Other', url: 'https://a.test/1', pageTitle: 'A' });
    const written = await saveNote(
      db,
      {
        text: 'Undo me',
        url: 'https://a.test/1',
        pageTitle: 'A',
        actorId: 'person:hakan-fidan',
        quote: { exact: 'Fidan flew', prefix: 'Hakan ', suffix: ' to Moscow' },
      },
      1_700_000_000_000,
    );
    const stored = await db.notes.get(written.id);
    const deleted = await deleteNote(db, written.id);
    expect(deleted).toEqual(stored);
    expect(await db.notes.get(written.id)).toBeUndefined();
    expect(await deleteNote(db, written.id)).toBeNull();
    await restoreNote(db, deleted as NonNullable<typeof deleted>);
    expect(await db.notes.get(written.id)).toEqual(stored);
    // An Undo sent twice changes nothing; the other note was never touched.
    await restoreNote(db, deleted as NonNullable<typeof deleted>);
    expect((await db.notes.toArray()).sort((a, b) => a.createdAt - b.createdAt)).toEqual([stored, kept]);
    await expect(restoreNote(db, { ...kept, id: 'x', text: ' ' })).rejects.toThrow('The note is empty.');
    expect(await db.notes.get('x')).toBeUndefined();
  });
  test('a note on a page that is not a web page keeps its address as given', async () => {
    const note = await saveNote(db, { text: 'Local copy', url: 'file:///tmp/a.html#x', pageTitle: 'A' });
    expect(note.url).toBe('file:///tmp/a.html#x');
    expect((await notesFor(db, 'file:///tmp/a.html#x', [])).map((n) => n.id)).toEqual([note.id]);
  });
  test.each([
    [{ text: '   ', url: 'https://a.test', pageTitle: '' }, 'The note is empty.'],
    [{ text: 'x'.repeat(20_001), url: 'https://a.test', pageTitle: '' }, 'at most 20000'],
    [{ text: 'x', url: '', pageTitle: '' }, 'needs the page'],
  ])('refuses %#: %s', async (draft, reason) => {
    await expect(saveNote(db, draft)).rejects.toThrow(reason);
    expect(await db.notes.count()).toBe(0);
  });
  test('cardData is null for an unknown actor', async () => {
    expect(await cardData(db, 'person:nobody', 'https://a.test')).toBeNull();
  });
});
