import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BackstoryDB } from '../db/database';
import { saveNote } from '../db/notes';
import { LibraryMarks } from './library-marks';

let db: BackstoryDB;
let marks: LibraryMarks;
beforeEach(async () => {
  db = new BackstoryDB(`marks-${crypto.randomUUID()}`);
  await db.open();
  marks = new LibraryMarks(db);
});
afterEach(() => db.delete());

const note = (actorId: string) => ({ text: 'A note.', url: 'https://x.test/', pageTitle: 'X', actorId });

test('asks the database only about actors it has not seen since the last change', async () => {
  await saveNote(db, note('state:TR'));
  marks.invalidate();
  const reads = vi.spyOn(db.notes, 'where');
  expect(await marks.withSomething(['state:TR', 'state:RU'])).toEqual(new Set(['state:TR']));
  expect(await marks.withSomething(['state:RU', 'state:TR'])).toEqual(new Set(['state:TR']));
  expect(reads).toHaveBeenCalledTimes(1);
  await marks.withSomething(['state:TR', 'person:x']);
  expect(reads).toHaveBeenCalledTimes(2);
});

test('follows notes written in another context, without being told', async () => {
  expect(await marks.withSomething(['state:RU'])).toEqual(new Set());
  const elsewhere = new BackstoryDB(db.name);
  const written = await saveNote(elsewhere, note('state:RU'));
  await expect.poll(async () => [...(await marks.withSomething(['state:RU']))]).toEqual(['state:RU']);
  await elsewhere.notes.delete(written.id);
  await expect.poll(async () => [...(await marks.withSomething(['state:RU']))]).toEqual([]);
  elsewhere.close();
});
