import { Dexie } from 'dexie';
import type { BackstoryDB } from '../db/database';
import { type HighlightPrefs, readHighlightPrefs } from '../db/highlight-prefs';
import { disabledSites, isPaused, siteOf } from '../db/sites';

interface GateState {
  paused: boolean;
  disabled: ReadonlySet<string>;
  prefs: HighlightPrefs;
}

/**
 * Whether Backstory may read a page, and what it highlights there, answered from memory: the pause,
 * the switched-off sites and the highlight prefs are read once and read again only after the settings change (in any context of the extension, which
 * Dexie reports through `storagemutated`, or through `invalidate`). Every page visit asks this first.
 */
export class ReadGate {
  #state: Promise<GateState> | null = null;

  constructor(private readonly db: BackstoryDB) {
    const prefix = `idb://${db.name}/settings/`;
    Dexie.on('storagemutated', (parts) => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) this.invalidate();
    });
  }

  async mayRead(url: string): Promise<boolean> {
    const site = siteOf(url);
    if (site === null) return false;
    const { paused, disabled } = await this.state();
    return !paused && !disabled.has(site);
  }

  /** Which actors the reader wants highlighted (see `HighlightPrefs`). */
  async highlightPrefs(): Promise<HighlightPrefs> {
    return (await this.state()).prefs;
  }

  invalidate(): void {
    this.#state = null;
  }

  private state(): Promise<GateState> {
    if (this.#state === null) {
      const loading = Promise.all([
        isPaused(this.db),
        disabledSites(this.db),
        readHighlightPrefs(this.db),
      ]).then(([paused, sites, prefs]) => ({ paused, disabled: new Set(sites), prefs }));
      loading.catch(() => {
        if (this.#state === loading) this.#state = null;
      });
      this.#state = loading;
    }
    return this.#state;
  }
}
