import { putAnalysesNamed } from '../db/analyses';
import { cardData, summarise } from '../db/cards';
import type { BackstoryDB } from '../db/database';
import { writeHighlightPrefs } from '../db/highlight-prefs';
import { learnFrom, learnFromNote } from '../db/learning';
import { deleteNote, notesFor, restoreNote, saveNote } from '../db/notes';
import { relatedAnalyses } from '../db/related';
import { disabledSites, isPaused, setPaused, setSiteDisabled, siteOf } from '../db/sites';
import {
  type BackgroundMethods,
  CONTENT_SCRIPT_METHODS,
  type LearnedMethods,
  type SiteSettings,
  type SourceMethods,
} from '../messaging/contract';
import type { Authorize, Handlers } from '../messaging/router';
import { pageWeight } from '../rank';
import { savedPageToDraft } from '../saved-page';
import { wakeDone, wakeMark } from '../wake-marks';
import { detectPage } from './detect-page';
import type { DetectorCache } from './detector-cache';
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

/**
 * The background's answer to every message in the contract but the sources' (lib/sources/handlers.ts)
 * and the learned actors' (learned-handlers.ts).
 */
export function createHandlers(
  services: Services,
): Handlers<Omit<BackgroundMethods, keyof SourceMethods | keyof LearnedMethods>, Caller | null> {
  const { db, detectors } = services;
  const gate = new ReadGate(db);
  return {
    async detect({ text }, caller) {
      if (typeof text !== 'string' || text.length > MAX_DETECT_LENGTH) throw new Error('Text too long.');
      wakeMark('detect-asked');
      if (!(await gate.mayRead(caller?.url ?? '')))
        return { off: true, mentions: [], actors: [], shipped: [], topics: [] };
      wakeMark('gate-read');
      const [knowledge, prefs] = await Promise.all([detectors.knowledge(), gate.highlightPrefs()]);
      wakeMark('knowledge');
      const page = detectPage(knowledge, text, prefs);
      wakeDone('detected');
      return page;
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
    async saveNote(draft) {
      const note = await saveNote(db, draft);
      // A name one analysis used and the note writes is learned (issue 12).
      await learnFromNote(db, note.text);
      return note;
    },
    deleteNote: ({ id }) => deleteNote(db, id),
    async restoreNote({ note }) {
      await restoreNote(db, note);
      return null;
    },
    async knowledgeChanged() {
      // The options page wrote the actors: Dexie reports that write here too, but maybe after this message.
      detectors.invalidate();
      await services.refreshTabs();
      return null;
    },
    siteSettings: ({ url }) => siteSettings(db, url),
    async setSiteEnabled({ site, enabled }) {
      if (siteOf(`https://${site}/`) !== site) throw new Error(`Not a site: ${site}`);
      await setSiteDisabled(db, site, !enabled);
      await services.refreshTabs();
      return siteSettings(db, `https://${site}/`);
    },
    async setPaused({ paused }) {
      await setPaused(db, paused === true);
      await services.refreshTabs();
      return null;
    },
    async setHighlightPrefs(prefs) {
      const stored = await writeHighlightPrefs(db, prefs);
      await services.refreshTabs();
      return stored;
    },
    async saveAnalysis(page) {
      const draft = savedPageToDraft(page);
      const created = (await db.analyses.get(draft.id)) === undefined;
      const written = await putAnalysesNamed(db, await detectors.get(), [draft]);
      // The page's names may teach actors (issue 12): pages detect them from the next reading on.
      await learnFrom(db, written);
      const actorIds = (await db.analyses.get(draft.id))?.actorIds ?? written[0]?.analysis.actorIds ?? [];
      return { id: draft.id, created, actorIds };
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

async function siteSettings(db: BackstoryDB, url: string): Promise<SiteSettings> {
  const site = siteOf(url);
  const [sites, paused] = await Promise.all([disabledSites(db), isPaused(db)]);
  return { site, enabled: site !== null && !sites.includes(site), paused, disabledSites: sites };
}
