import { checkRestoredSetting, INSTALL_SETTINGS } from '../db/setting-rules';
import { pageKey } from '../page-url';
import { restoredSource } from '../sources/backup';
import { SourceError } from '../sources/source-error';
import { streamJsonValues, UnreadableFileError } from './json-stream';
import { analysisRecord } from './jsonl';
import { words } from './problems';
import { type ImportRecord, invalid, type RecordBatch } from './records';
import { ActorSchema, NoteSchema, SettingSchema, SourceSchema, TopicSchema, validate } from './schemas';

/** The `format` value of a Backstory backup, and the newest version this code reads and writes. */
export const BACKUP_FORMAT = 'backstory-backup';
export const BACKUP_VERSION = 1;

/**
 * The sections of a backup, in the order they are written. Analyses come last: their actors and
 * topics must be in the database before the analyses are indexed against them.
 */
export const BACKUP_SECTIONS = ['actors', 'topics', 'settings', 'notes', 'sources', 'analyses'] as const;
export type BackupSection = (typeof BACKUP_SECTIONS)[number];

const PATHS = ['$.format', '$.version', ...BACKUP_SECTIONS.map((s) => `$.${s}.*`)];

/** The first line of a backup: `format` leads so a reader can tell it from its first bytes. */
export function backupHeader(exportedAt: Date): string {
  return `{"format":"${BACKUP_FORMAT}","version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())}`;
}

/**
 * Reads one record of a backup section. `now` is when a restored source is due for its first check.
 * (A backup of an older build has no `sources`; an older build skips the section of a newer one.)
 */
export function backupRecord(
  section: BackupSection,
  input: unknown,
  position: string,
  now = Date.now(),
): ImportRecord {
  if (section === 'analyses') return analysisRecord(input, position);
  if (section === 'actors') {
    const r = validate(ActorSchema, input);
    return r.ok ? { kind: 'actor', position, actor: r.value } : invalid(position, r.problem);
  }
  if (section === 'topics') {
    const r = validate(TopicSchema, input);
    return r.ok ? { kind: 'topic', position, topic: r.value } : invalid(position, r.problem);
  }
  if (section === 'sources') {
    const r = validate(SourceSchema, input);
    if (!r.ok) return invalid(position, r.problem);
    try {
      return { kind: 'source', position, ...restoredSource(r.value, now) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const why =
        error instanceof SourceError
          ? { key: error.key, params: error.params }
          : words('problemOther', message);
      return invalid(position, { field: 'url', why }, undefined, `url: ${message}`);
    }
  }
  if (section === 'notes') {
    const r = validate(NoteSchema, input);
    // Stored under the page's one identity, whichever version wrote the backup.
    return r.ok
      ? { kind: 'note', position, note: { ...r.value, url: pageKey(r.value.url) } }
      : invalid(position, r.problem);
  }
  const r = validate(SettingSchema, input);
  if (!r.ok) return invalid(position, r.problem);
  const problem = checkRestoredSetting(r.value.key, r.value.value);
  return problem === null ? { kind: 'setting', position, setting: r.value } : invalid(position, problem);
}

/**
 * Streams a Backstory backup. A backup of a newer version is refused as a whole: guessing at fields
 * this code does not know could lose them.
 */
export async function* backupRecords(blob: Blob, signal?: AbortSignal): AsyncGenerator<RecordBatch> {
  for await (const { values, progress } of streamJsonValues(blob, PATHS, signal)) {
    const records: ImportRecord[] = [];
    for (const { path, value } of values) {
      const [key, index] = path;
      if (key === 'format' && value !== BACKUP_FORMAT) {
        throw new UnreadableFileError('This file is not a Backstory backup.');
      }
      if (key === 'version' && (typeof value !== 'number' || value > BACKUP_VERSION)) {
        throw new UnreadableFileError(
          `This backup was made by a newer Backstory (format version ${String(value)}): update Backstory to import it.`,
        );
      }
      if (typeof index !== 'number') continue;
      const section = key as BackupSection;
      if (!BACKUP_SECTIONS.includes(section)) continue;
      // Older backups carry the seed's bookkeeping: it belongs to the installation, not the reader.
      if (section === 'settings' && INSTALL_SETTINGS.has((value as { key?: string } | null)?.key ?? ''))
        continue;
      records.push(backupRecord(section, value, `${section}[${index}]`));
    }
    yield { records, ...progress };
  }
}
