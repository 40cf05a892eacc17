import { Dexie } from 'dexie';
import type { BackstoryDB } from '../db/database';
import { disabledSites, isPaused, siteOf } from '../db/sites';

interface GateState {
  paused: boolean;
  disabled: ReadonlySet<string>;
}

/**
 * Whether Backstory may read a page, answered from memory: the pause and the switched-off sites are
 * read once and read again only after the settings change (in any context of the extension, which
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

  invalidate(): void {
    this.#state = null;
  }

  private state(): Promise<GateState> {
    if (this.#state === null) {
      const loading = Promise.all([isPaused(this.db), disabledSites(this.db)]).then(([paused, sites]) => ({
        paused,
        disabled: new Set(sites),
      }));
      loading.catch(() => {
        if (this.#state === loading) this.#state = null;
      });
      this.#state = loading;
    }
    return this.#state;
  }
}
