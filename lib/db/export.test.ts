import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FIXTURE_ACTORS } from '../detect/test-fixtures';
import { problemText } from '../io/problems';
import { singleChannelExport } from '../io/telegram-fixtures';
import { BackstoryDB } from './database';
import { exportActorMarkdown, exportAnalysesJsonl, exportAnnotations, exportBackup } from './export';
import { importFile } from './import';
import { saveNote } from './notes';
import { setSetting } from './settings';
import { createDetector, dumpTables, testDb } from './test-db';

let db: BackstoryDB;
let fresh: BackstoryDB;
beforeEach(async () => {
  db = await testDb('export');
  fresh = new BackstoryDB(`fresh-${crypto.randomUUID()}`);
  await importFile(db, createDetector, new Blob([singleChannelExport()]));
  await db.actors.put({
    id: 'user:x',
    name: 'Mr *Bold* [x](y)',
    kind: 'person',
    description: '# not a heading',
    aliases: [{ text: 'X_man', role: 'surname' }],
    userAdded: true,
  });
  await saveNote(db, {
    text: 'He <b>said</b> it',
    url: 'https://news.test/a',
    pageTitle: 'A page',
    actorId: 'person:hakan-fidan',
    quote: { exact: 'Fidan flew', prefix: 'Hakan ', suffix: ' to Moscow' },
  });
  await saveNote(db, { text: 'Page note', url: 'https://news.test/b', pageTitle: 'B' }, 1_700_000_000_000);
  await setSetting(db, 'disabledSites', ['example.org']);
});
afterEach(async () => {
  await db.delete();
  await fresh.delete();
});

describe('backup', () => {
  test('a backup imported into an empty profile gives identical tables', async () => {
    // A starter actor a newer knowledge base dropped, kept for a note: retired, with its Wikidata id.
    await db.actors.put({
      id: 'person:old-minister',
      name: 'Old Minister',
      kind: 'person',
      description: 'former minister',
      aliases: [],
      wikidata: 'Q4115189',
      retired: '3',
    });
    await saveNote(db, {
      text: 'Kept',
      url: 'https://news.test/c',
      pageTitle: 'C',
      actorId: 'person:old-minister',
    });
    await setSetting(
      db,
      'starterActorIds',
      FIXTURE_ACTORS.map((a) => a.id),
    );
    const backup = await exportBackup(db, new Date('2026-01-01T00:00:00Z'));
    // The packaged actors come with every profile, not with the backup.
    await fresh.actors.bulkPut(FIXTURE_ACTORS);
    await setSetting(
      fresh,
      'starterActorIds',
      FIXTURE_ACTORS.map((a) => a.id),
    );
    const report = await importFile(fresh, createDetector, backup);
    expect(report).toMatchObject({ format: 'backstory-backup', added: 4, notesAdded: 3, problems: [] });
    expect(report.actorsAdded).toBe(2);
    const { actors } = JSON.parse(await backup.text()) as { actors: { id: string }[] };
    expect(actors.map((a) => a.id).sort()).toEqual(['person:old-minister', 'user:x']);
    expect(await backup.text()).not.toContain('starterActorIds');
    expect(await dumpTables(fresh)).toEqual(await dumpTables(db));
  });

  test('the backup names its format and version first and keeps no derived words', async () => {
    const text = await (await exportBackup(db, new Date('2026-01-01T00:00:00Z'))).text();
    expect(
      text.startsWith('{"format":"backstory-backup","version":1,"exportedAt":"2026-01-01T00:00:00.000Z"'),
    ).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'exportedAt',
      'actors',
      'topics',
      'settings',
      'notes',
      'sources',
      'analyses',
    ]);
    expect(text).not.toContain('"words"');
  });

  test('a backup from a newer version is refused and writes nothing', async () => {
    const before = await dumpTables(fresh);
    const newer = new Blob([
      '{"format":"backstory-backup","version":9,"actors":[{"id":"a","name":"A","kind":"state"}]}',
    ]);
    await expect(importFile(fresh, createDetector, newer)).rejects.toThrow(/newer Backstory/);
    expect(await dumpTables(fresh)).toEqual(before);
  });

  test('invalid backup records are reported by section and index', async () => {
    const file = new Blob([
      JSON.stringify({
        format: 'backstory-backup',
        version: 1,
        actors: [
          { id: 'a', name: 'A', kind: 'state' },
          { id: 'b', name: 'B', kind: 'planet' },
        ],
        notes: [{ id: 'n', text: 'x', url: 'https://a.test', createdAt: 'yesterday', updatedAt: 1 }],
      }),
    ]);
    const report = await importFile(fresh, createDetector, file);
    // Each reason also has words for the interface, whose English is the reason's.
    for (const problem of report.problems)
      expect(problem.why && problemText(problem.why)).toBe(problem.reason);
    expect(report.problems.map(({ why: _why, ...problem }) => problem)).toEqual([
      { position: 'actors[1]', reason: 'kind is not person, state, organisation or place' },
      { position: 'notes[0]', reason: 'createdAt is not a number' },
    ]);
    expect(report.actorsAdded).toBe(1);
  });
});

test('JSON Lines export imports back unchanged', async () => {
  const lines = await exportAnalysesJsonl(db);
  expect((await lines.text()).trim().split('\n')).toHaveLength(4);
  expect(await importFile(db, createDetector, lines)).toMatchObject({
    format: 'analyses-jsonl',
    unchanged: 4,
    added: 0,
  });
});

test('notes export as W3C Web Annotations with a TextQuoteSelector when quoted', async () => {
  const doc = JSON.parse(await (await exportAnnotations(db)).text());
  expect(doc).toMatchObject({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    total: 2,
  });
  const [page, quoted] = doc.first.items;
  expect(page.target).toEqual({ source: 'https://news.test/b' });
  expect(quoted).toMatchObject({
    type: 'Annotation',
    body: [
      { type: 'TextualBody', value: 'He <b>said</b> it', purpose: 'commenting' },
      { type: 'TextualBody', value: 'Hakan Fidan', purpose: 'tagging' },
    ],
    target: {
      source: 'https://news.test/a',
      selector: { type: 'TextQuoteSelector', exact: 'Fidan flew', prefix: 'Hakan ', suffix: ' to Moscow' },
    },
  });
});

describe('actor Markdown', () => {
  test('lists notes with quotes and analyses with links', async () => {
    const md = (await exportActorMarkdown(db, 'person:hakan-fidan')) ?? '';
    expect(md).toContain('# Hakan Fidan');
    expect(md).toContain('> Fidan flew');
    expect(md).toContain('He \\<b\\>said\\</b\\> it');
    expect(md).toMatch(/- 2025-03-01: Hakan Fidan flew to Moscow\. \(Bosporus Notes\)/);
  });
  test('escapes Markdown in what the reader wrote', async () => {
    const md = (await exportActorMarkdown(db, 'user:x')) ?? '';
    expect(md).toContain('# Mr \\*Bold\\* \\[x\\]\\(y\\)');
    expect(md).toContain('\\# not a heading');
    expect(md).toContain('X\\_man');
  });
  test('is null for an unknown actor', async () => {
    expect(await exportActorMarkdown(db, 'person:nobody')).toBeNull();
  });
});

// Issue 14, "Bad dates": a note whose time no date can hold (an older import let one in) threw in
// `toISOString` and broke every export that lists notes.
describe('a note with an absurd createdAt', () => {
  const absurd = {
    id: 'absurd',
    text: 'Written in the year 300,000',
    url: 'https://news.test/a',
    pageTitle: 'A page',
    actorId: 'person:hakan-fidan',
    createdAt: 1e20,
    updatedAt: 1e20,
  };

  test('is exported undated by every export, which still lists it', async () => {
    await db.notes.put(absurd);
    const doc = JSON.parse(await (await exportAnnotations(db)).text());
    const item = doc.first.items.find((a: { id: string }) => a.id === 'urn:uuid:absurd');
    expect(item?.body[0].value).toBe(absurd.text);
    expect(item).not.toHaveProperty('created');
    expect(await exportActorMarkdown(db, 'person:hakan-fidan')).toContain('### undated, on');
    expect(await (await exportBackup(db)).text()).toContain(absurd.text);
  });

  test('is skipped with its reason when a backup brings it', async () => {
    const file = new Blob([JSON.stringify({ format: 'backstory-backup', version: 1, notes: [absurd] })]);
    const report = await importFile(fresh, createDetector, file);
    // Each reason also has words for the interface, whose English is the reason's.
    for (const problem of report.problems)
      expect(problem.why && problemText(problem.why)).toBe(problem.reason);
    expect(report.problems.map(({ why: _why, ...problem }) => problem)).toEqual([
      { position: 'notes[0]', reason: 'createdAt is not a time a date can hold' },
    ]);
    expect(await fresh.notes.count()).toBe(0);
  });
});

test('a note an older backup brings under a tracking or fragment address is restored under its page', async () => {
  const old = {
    id: 'old-raw',
    text: 'Written before one URL identity',
    url: 'https://news.test/a?utm_source=tg#comments',
    pageTitle: 'A page',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  };
  const file = new Blob([JSON.stringify({ format: 'backstory-backup', version: 1, notes: [old] })]);
  expect(await importFile(fresh, createDetector, file)).toMatchObject({ notesAdded: 1, problems: [] });
  expect(await fresh.notes.get('old-raw')).toEqual({ ...old, url: 'https://news.test/a' });
});
