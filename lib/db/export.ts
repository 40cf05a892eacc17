import type { Table } from 'dexie';
import { annotationCollection, noteToAnnotation } from '../io/annotations';
import { BACKUP_SECTIONS, backupHeader } from '../io/backup';
import { analysisLine } from '../io/jsonl';
import { actorMarkdown } from '../io/markdown';
import type { Actor, Analysis } from '../model';
import { sourceBackup } from '../sources/backup';
import type { Source } from '../sources/model';
import type { BackstoryDB } from './database';
import { pagesOf } from './pages';
import { INSTALL_SETTINGS } from './setting-rules';
import { newestAnalyses } from './timeline';

const PAGE = 1000;
/** Strings gathered before they are folded into the Blob, so a large export never holds them all. */
const FOLD_EVERY = 64;

/** Builds a Blob from many strings, folding them in as it goes (a Blob can live outside the JS heap). */
class BlobBuilder {
  private blob = new Blob([]);
  private parts: string[] = [];
  constructor(private readonly type: string) {}
  push(text: string): void {
    this.parts.push(text);
    if (this.parts.length >= FOLD_EVERY) this.fold();
  }
  private fold(): void {
    this.blob = new Blob([this.blob, ...this.parts], { type: this.type });
    this.parts = [];
  }
  done(): Blob {
    this.fold();
    return this.blob;
  }
}

/** The analysis as the model has it: the derived search words are not part of a backup. */
function withoutWords(analysis: Analysis): Analysis {
  const { words: _, ...rest } = analysis as Analysis & { words?: unknown };
  return rest;
}

/**
 * The rows a backup leaves out: the packaged actors as seeded (every profile gets them from the
 * extension; 20,000 of them made a backup of a few notes 9 MB) and the seed's own bookkeeping. The
 * reader's actors, and packaged ones they edited or that a newer base retired, stay in.
 */
function derived(section: string, row: unknown): boolean {
  if (section === 'actors') {
    const actor = row as Actor;
    return actor.userAdded !== true && actor.retired === undefined;
  }
  return section === 'settings' && INSTALL_SETTINGS.has((row as { key: string }).key);
}

/** A source as a backup keeps it: the subscription and the analyses it added. */
async function sourceRecord(db: BackstoryDB, source: Source) {
  const items = await db.sourceItems.where('sourceId').equals(source.id).primaryKeys();
  return sourceBackup(source, items);
}

/**
 * A full backup of what the reader made: their actors (with aliases), topics, settings, notes,
 * sources (issue 15) and analyses, in the documented format (`lib/io/README.md`). Mentions are not in it: importing
 * re-detects them. Packaged actors are not either (see `derived`).
 */
export async function exportBackup(db: BackstoryDB, now = new Date()): Promise<Blob> {
  const out = new BlobBuilder('application/json');
  out.push(backupHeader(now));
  for (const section of BACKUP_SECTIONS) {
    out.push(`,\n"${section}":[`);
    let first = true;
    for await (const page of pagesOf(db.table(section) as Table<unknown, string>, PAGE)) {
      for (const row of page) {
        if (derived(section, row)) continue;
        const record =
          section === 'analyses'
            ? withoutWords(row as Analysis)
            : section === 'sources'
              ? await sourceRecord(db, row as Source)
              : row;
        out.push(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
        first = false;
      }
    }
    out.push('\n]');
  }
  out.push('}\n');
  return out.done();
}

/** Every analysis as JSON Lines, one analysis a line. */
export async function exportAnalysesJsonl(db: BackstoryDB): Promise<Blob> {
  const out = new BlobBuilder('application/x-ndjson');
  for await (const page of pagesOf(db.table('analyses'), PAGE)) {
    for (const a of page) out.push(`${analysisLine(a as Analysis)}\n`);
  }
  return out.done();
}

/** Every note as a W3C Web Annotation, in one AnnotationCollection (JSON-LD). */
export async function exportAnnotations(db: BackstoryDB, now = new Date()): Promise<Blob> {
  const notes = await db.notes.orderBy('createdAt').toArray();
  const actorIds = [...new Set(notes.flatMap((n) => (n.actorId ? [n.actorId] : [])))];
  const actors = await db.actors.bulkGet(actorIds);
  const names = new Map(actors.flatMap((a) => (a ? [[a.id, a.name] as const] : [])));
  const items = notes.map((note) =>
    noteToAnnotation(note, note.actorId ? names.get(note.actorId) : undefined),
  );
  return new Blob([JSON.stringify(annotationCollection(items, now), null, 2)], {
    type: 'application/ld+json',
  });
}

/** An actor's notes and analyses as Markdown; null when the actor is unknown. */
export async function exportActorMarkdown(db: BackstoryDB, actorId: string): Promise<string | null> {
  const actor = await db.actors.get(actorId);
  if (!actor) return null;
  const [analyses, notes] = await Promise.all([
    newestAnalyses(db, actorId, Number.POSITIVE_INFINITY),
    db.notes.where('actorId').equals(actorId).reverse().sortBy('createdAt'),
  ]);
  return actorMarkdown(actor, analyses, notes);
}
