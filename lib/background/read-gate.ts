import type { BackstoryDB } from '../db/database';
import { type HighlightPrefs, readHighlightPrefs } from '../db/highlight-prefs';
import { disabledSites, isPaused, siteOf } from '../db/sites';
import { TableCache } from '../db/table-cache';

interface GateState {
  paused: boolean;
  disabled: ReadonlySet<string>;
  prefs: HighlightPrefs;
}

/**
 * Whether Backstory may read a page, and what it highlights there, answered from memory: the pause,
 * the switched-off sites and the highlight prefs are read once and read again only after the settings
 * change, in any context of the extension (see `TableCache`). Every page visit asks this first.
 */
export class ReadGate {
  readonly #state: TableCache<GateState>;

  constructor(db: BackstoryDB) {
    this.#state = new TableCache(db, ['settings'], async () => {
      const [paused, sites, prefs] = await Promise.all([
        isPaused(db),
        disabledSites(db),
        readHighlightPrefs(db),
      ]);
      return { paused, disabled: new Set(sites), prefs };
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

  private state(): Promise<GateState> {
    return this.#state.get();
  }
}
