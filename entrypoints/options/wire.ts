import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import type { OptionsServices, SitesState } from '../../components/options/services';
import { deleteActor, saveActor, undoDelete } from '../../lib/db/actors-admin';
import { workerIndexer } from '../../lib/db/chunk-indexer';
import type { BackstoryDB } from '../../lib/db/database';
import {
  exportActorMarkdown,
  exportAnalysesJsonl,
  exportAnnotations,
  exportBackup,
} from '../../lib/db/export';
import { readHighlightPrefs } from '../../lib/db/highlight-prefs';
import { importFile } from '../../lib/db/import';
import { confirmLearned, dismissLearned, mergeActor } from '../../lib/db/learned-admin';
import { requestPersistence } from '../../lib/db/persist';
import { searchLibrary } from '../../lib/db/search';
import { getSetting } from '../../lib/db/settings';
import { actorTimeline } from '../../lib/db/timeline';
import { describeShortcuts, shortcutSettingsHint } from '../../lib/extension/shortcuts';
import { STARTER_KB_VERSION } from '../../lib/kb/starter';
import { createClient } from '../../lib/messaging/client';
import type { BackgroundMethods, Result } from '../../lib/messaging/contract';
import { ReplyError } from '../../lib/messaging/error-words';
import { hostPermission, sourceAddress } from '../../lib/sources/store';
import { download } from './download';

/** Asks for a host permission; throws, in words for the reader, when it is refused. */
async function askFor(pattern: string): Promise<void> {
  if (!(await browser.permissions.request({ origins: [pattern] }))) {
    throw new Error(t('errorSourceNotAllowed', new URL(pattern.replace('*', '')).host));
  }
}

/**
 * The background's answer, or its error as an exception (the options page shows `message`), with the
 * error's message name and parameters when the reply carried them.
 */
async function value<T>(reply: Promise<Result<T>>): Promise<T> {
  const result = await reply;
  if (!result.ok) throw new ReplyError(result.error, result.words);
  return result.value;
}

/** Connects the options page to the shared database and, for what needs it, the background. */
export function wire(db: BackstoryDB): OptionsServices {
  const background = createClient<BackgroundMethods>((m) => browser.runtime.sendMessage(m));
  // `siteSettings` of a non-page names no site; it still answers with the list and the pause.
  const sites = async (): Promise<SitesState> => {
    const { disabledSites, paused } = await value(background('siteSettings', { url: '' }));
    return { disabledSites, paused };
  };
  return {
    search: (query, limit) => searchLibrary(db, query, { limit }),
    getNote: (id) => db.notes.get(id),
    listActors: () => db.actors.toArray(),
    async knowledgeStatus() {
      const [actors, version, progress] = await Promise.all([
        db.actors.count(),
        getSetting(db, 'starterVersion', 0),
        getSetting<{ done: number; total: number } | null>(db, 'seedProgress', null),
      ]);
      const seeding = version < STARTER_KB_VERSION;
      return { actors, version, seeding, done: progress?.done ?? 0, total: progress?.total ?? 0 };
    },
    saveActor: async (actor) => void (await saveActor(db, actor)),
    mergeActors: async (fromId, intoId) => void (await mergeActor(db, fromId, intoId)),
    confirmLearned: async (id) => void (await confirmLearned(db, id)),
    dismissLearned: async (id) => void (await dismissLearned(db, id)),
    async deleteActor(id) {
      const deleted = await deleteActor(db, id);
      if (!deleted) throw new Error(t('actorGone'));
      return { notesKept: deleted.notes.length, undo: () => undoDelete(db, deleted) };
    },
    async timeline(actorId) {
      const items = await actorTimeline(db, actorId);
      return items.map((item) =>
        item.kind === 'note'
          ? { kind: 'note' as const, note: item.note }
          : {
              kind: 'analysis' as const,
              id: item.analysis.id,
              title: item.analysis.title,
              source: item.analysis.source,
              date: item.date,
            },
      );
    },
    async actorMarkdown(actorId) {
      const text = await exportActorMarkdown(db, actorId);
      if (text === null) throw new Error(t('actorGone'));
      return text;
    },
    async importFile(file, options) {
      // Detection runs in a worker, overlapping the reading of the file and the writes.
      const worker = new Worker(browser.runtime.getURL('/import-worker.js'));
      try {
        return await importFile(db, workerIndexer(worker, true), file, options);
      } finally {
        worker.terminate();
      }
    },
    exportFile(kind) {
      if (kind === 'backup') return exportBackup(db);
      if (kind === 'annotations') return exportAnnotations(db);
      return exportAnalysesJsonl(db);
    },
    download,
    sites,
    async setSiteEnabled(site, enabled) {
      const { disabledSites, paused } = await value(background('setSiteEnabled', { site, enabled }));
      return { disabledSites, paused };
    },
    setPaused: async (paused) => void (await value(background('setPaused', { paused }))),
    highlightPrefs: () => readHighlightPrefs(db),
    setHighlightPrefs: (prefs) => value(background('setHighlightPrefs', prefs)),
    knowledgeChanged: async () => void (await value(background('knowledgeChanged', {}))),
    requestPersistence: () => requestPersistence(),
    shortcuts: async () => describeShortcuts(await browser.commands.getAll(), t),
    shortcutHint: t(shortcutSettingsHint(import.meta.env.FIREFOX)),
    sources: {
      async list() {
        const rows = await db.sources.toArray();
        const hosts = [...new Set(rows.map((row) => hostPermission(row.url)))];
        const granted = await Promise.all(
          hosts.map((origin) => browser.permissions.contains({ origins: [origin] })),
        );
        const allowed = new Map(hosts.map((host, i) => [host, granted[i] === true]));
        return rows.map((row) => ({ ...row, allowed: allowed.get(hostPermission(row.url)) === true }));
      },
      async add(input) {
        // Asked first, inside the click: a source's host is requested only when the reader adds it.
        await askFor(hostPermission(sourceAddress(input).url));
        return value(background('addSource', { input }));
      },
      async allow({ id, url }) {
        // The address comes with the click: reading the row first would lose the click's grant.
        await askFor(hostPermission(url));
        await value(background('refreshSource', { id }));
      },
      refresh: async (id) => void (await value(background('refreshSource', { id }))),
      setPaused: async (id, paused) => void (await value(background('setSourcePaused', { id, paused }))),
      remove: async (id, withAnalyses) =>
        void (await value(background('removeSource', { id, withAnalyses }))),
    },
  };
}
