import { putAnalyses } from '../db/analyses';
import { cardData, summarise } from '../db/cards';
import type { BackstoryDB } from '../db/database';
import { notesFor, saveNote } from '../db/notes';
import { relatedAnalyses } from '../db/related';
import { disabledSites, isPaused, setPaused, setSiteDisabled, siteOf } from '../db/sites';
import { CONFIDENT } from '../detect/types';
import { significantTopics } from '../index-detection';
import {
  type BackgroundMethods,
  CONTENT_SCRIPT_METHODS,
  type PageDetection,
  type SiteSettings,
} from '../messaging/contract';
import type { Authorize, Handlers } from '../messaging/router';
import { pageWeight } from '../rank';
import { savedPageToDraft } from '../saved-page';
import type { DetectorCache, Knowledge } from './detector-cache';
import { ReadGate } from './read-gate';

/** Who is calling: a content script in a web page, or one of the extension's own pages. */
export interface Caller {
  context: 'content' | 'extension';
  tabId?: number;
  /** The page a content script runs in (the browser's word, not the message's). */
  url?: string;
}

/** Longest page text the background accepts for one detection (a very long page, in characters). */
export const MAX_DETECT_LENGTH = 2_000_000;

export interface Services {
  db: BackstoryDB;
  detectors: DetectorCache;
  /** Opens a URL in a new tab next to the caller's. */
  openTab(url: string, besideTabId?: number): Promise<void>;
  /** The extension's URL for an analysis with no http(s) original. */
  viewerUrl(analysisId: string): string;
  /** Tells every tab's content script to read its page again. */
  refreshTabs(): Promise<void>;
}

/** Content scripts may only detect, fetch a card, and open an analysis; the rest needs an extension page. */
export const authorize: Authorize<BackgroundMethods, Caller | null> = (method, caller) => {
  if (caller === null) return 'Unknown sender.';
  if (caller.context === 'content' && !CONTENT_SCRIPT_METHODS.has(method)) return `Not allowed: ${method}.`;
  return null;
};

/** The background's answer to every message in the contract. */
export function createHandlers(services: Services): Handlers<BackgroundMethods, Caller | null> {
  const { db, detectors } = services;
  const gate = new ReadGate(db);
  return {
    async detect({ text }, caller) {
      if (typeof text !== 'string' || text.length > MAX_DETECT_LENGTH) throw new Error('Text too long.');
      if (!(await gate.mayRead(caller?.url ?? '')))
        return { off: true, mentions: [], actors: [], topics: [] };
      return detectPage(await detectors.knowledge(), text);
    },
    async actorCard({ actorId, url }) {
      const data = await cardData(db, actorId, url, async (id) => (await detectors.knowledge()).actor(id));
      if (data === null) throw new Error(`Unknown actor ${actorId}.`);
      return data;
    },
    async openAnalysis({ analysisId }, caller) {
      const analysis = await db.analyses.get(analysisId);
      if (!analysis) throw new Error('That analysis is no longer in the database.');
      const url = /^https?:\/\//i.test(analysis.url) ? analysis.url : services.viewerUrl(analysis.id);
      await services.openTab(url, caller?.tabId);
      return null;
    },
    async pageContext({ url, actorIds, topicIds }) {
      const [related, notes] = await Promise.all([
        relatedAnalyses(db, {
          actors: new Map(actorIds.map((id, i) => [id, pageWeight(actorIds.length - i)])),
          topics: new Map(topicIds.map((id) => [id, 1])),
          excludeUrl: url,
        }),
        notesFor(db, url, actorIds),
      ]);
      return { related, notes };
    },
    saveNote: (draft) => saveNote(db, draft),
    async deleteNote({ id }) {
      await db.notes.delete(id);
      return null;
    },
    async knowledgeChanged() {
      detectors.invalidate();
      await services.refreshTabs();
      return null;
    },
    siteSettings: ({ url }) => siteSettings(db, url),
    async setSiteEnabled({ site, enabled }) {
      if (siteOf(`https://${site}/`) !== site) throw new Error(`Not a site: ${site}`);
      await setSiteDisabled(db, site, !enabled);
      gate.invalidate();
      await services.refreshTabs();
      return siteSettings(db, `https://${site}/`);
    },
    async setPaused({ paused }) {
      await setPaused(db, paused === true);
      gate.invalidate();
      await services.refreshTabs();
      return null;
    },
    async saveAnalysis(page) {
      const draft = savedPageToDraft(page);
      const created = (await db.analyses.get(draft.id)) === undefined;
      const [stored] = await putAnalyses(db, await detectors.get(), [draft]);
      return { id: draft.id, created, actorIds: stored?.actorIds ?? [] };
    },
    async getActor({ actorId }) {
      return (await db.actors.get(actorId)) ?? null;
    },
    async getAnalysis({ analysisId }) {
      const analysis = await db.analyses.get(analysisId);
      if (!analysis) return null;
      const actors = (await db.actors.bulkGet(analysis.actorIds)).flatMap((a) => (a ? [summarise(a)] : []));
      const { actorIds: _a, topicIds: _t, origin: _o, addedAt: _d, ...view } = analysis;
      return { ...view, actors };
    },
  };
}

/** A page's confident mentions, its actors and its topics, all from memory. */
function detectPage({ detector, actor, topics }: Knowledge, text: string): PageDetection {
  const detection = detector.detect(text);
  const mentions = detection.mentions.filter((m) => m.actorId !== null && m.confidence >= CONFIDENT);
  const actorIds = [...new Set(mentions.map((m) => m.actorId as string))];
  const scoreOf = new Map(detection.topics.map((t) => [t.topicId, t.score]));
  return {
    off: false,
    mentions,
    actors: actorIds.flatMap((id) => actor(id) ?? []),
    topics: significantTopics(detection.topics).flatMap((id) => {
      const topic = topics.get(id);
      return topic ? [{ id: topic.id, label: topic.label, score: scoreOf.get(id) ?? 0 }] : [];
    }),
  };
}

async function siteSettings(db: BackstoryDB, url: string): Promise<SiteSettings> {
  const site = siteOf(url);
  const [sites, paused] = await Promise.all([disabledSites(db), isPaused(db)]);
  return { site, enabled: site !== null && !sites.includes(site), paused, disabledSites: sites };
}
