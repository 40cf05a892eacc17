import type { BackstoryDB } from '../db/database';
import type { SourceMethods } from '../messaging/contract';
import type { Handlers } from '../messaging/router';
import type { SourceScheduler } from './scheduler';
import { addSource, removeSource, setSourcePaused } from './store';

export interface SourceServices {
  db: BackstoryDB;
  scheduler: SourceScheduler;
  /** Gives a host permission back; false when the browser keeps it (a test build holds it up front). */
  releasePermission(pattern: string): Promise<boolean>;
  now(): number;
}

/**
 * The background's answers about sources. The options page asks for a source's host permission
 * itself, on the reader's click (a browser grants one only then), before it calls `addSource`.
 */
export function sourceHandlers(services: SourceServices): Handlers<SourceMethods, unknown> {
  const { db, scheduler } = services;
  return {
    async addSource({ input }) {
      const source = await addSource(db, input, services.now());
      if (source.lastCheck === undefined) void scheduler.check(source.id).catch(() => undefined);
      return source;
    },
    refreshSource({ id }) {
      void scheduler.check(id).catch(() => undefined);
      return null;
    },
    async setSourcePaused({ id, paused }) {
      await setSourcePaused(db, id, paused);
      await scheduler.reschedule();
      return null;
    },
    async removeSource({ id, withAnalyses }) {
      const release = await removeSource(db, id, withAnalyses);
      await scheduler.reschedule();
      const released = release !== null && (await services.releasePermission(release));
      return { released: released ? release : null };
    },
  };
}
