import { ACTOR_KINDS } from '../model';
import { siteOf } from './sites';

/**
 * What a backup may restore of the settings, key by key (issue 14, "Backups"): each key's check
 * (null when the value is valid, else why not, in words that follow the key) and how the restored
 * value joins the one stored. A value that fails its check is reported and nothing of it is written:
 * `disabledSites: 5` had stopped every page from being read. A setting added later gets a rule here.
 */
interface SettingRule {
  check(value: unknown): string | null;
  merge(stored: unknown, restored: unknown): unknown;
}

const takeRestored = (_: unknown, restored: unknown) => restored;

const RULES: Record<string, SettingRule> = {
  // Names the reader dismissed or merged (issue 12, lib/db/learned-admin.ts): never learned again.
  dismissedNames: {
    check(value) {
      if (!Array.isArray(value)) return 'is not a list of names';
      const bad = value.findIndex(
        (d) =>
          typeof d !== 'object' ||
          d === null ||
          typeof (d as { key?: unknown }).key !== 'string' ||
          typeof (d as { form?: unknown }).form !== 'string',
      );
      return bad === -1 ? null : `[${bad}] is not a name with a key and a form`;
    },
    // Dismissed here or in the backup: dismissed.
    merge: (stored, restored) => {
      const byKey = new Map<string, unknown>();
      for (const d of [...(Array.isArray(stored) ? stored : []), ...(restored as { key: string }[])])
        byKey.set((d as { key: string }).key, d);
      return [...byKey.values()];
    },
  },
  disabledSites: {
    check(value) {
      if (!Array.isArray(value)) return 'is not a list of sites';
      const bad = value.findIndex((site) => typeof site !== 'string' || siteOf(`https://${site}/`) !== site);
      return bad === -1 ? null : `[${bad}] is not a site name`;
    },
    // The sites switched off here stay off; the backup's are switched off too.
    merge: (stored, restored) =>
      [...new Set([...(Array.isArray(stored) ? stored : []), ...(restored as string[])])].sort(),
  },
  paused: {
    check: (value) => (typeof value === 'boolean' ? null : 'is not true or false'),
    merge: takeRestored,
  },
  highlightPrefs: {
    check(value) {
      if (typeof value !== 'object' || value === null) return 'is not an object';
      const { mode, kinds } = value as { mode?: unknown; kinds?: unknown };
      // Backups of older builds have a mode (issue 14 removed it; it is read and ignored), newer ones none.
      if (mode !== undefined && mode !== 'all' && mode !== 'library') return '.mode is not all or library';
      const known: readonly unknown[] = ACTOR_KINDS;
      if (!Array.isArray(kinds) || !kinds.every((k) => known.includes(k))) {
        return '.kinds is not a list of person, state, organisation or place';
      }
      return null;
    },
    merge: takeRestored,
  },
};

/**
 * This installation's own bookkeeping of the packaged knowledge base: never restored (a backup's
 * `starterVersion` would tell a fresh profile it was seeded when it was not) and no longer exported.
 */
export const INSTALL_SETTINGS: ReadonlySet<string> = new Set([
  'starterVersion',
  'starterActorIds',
  'seedProgress',
]);

/**
 * Whether a backup may restore `value` under `key`: null when it may, else the reason, in words
 * that start with the key ("disabledSites is not a list of sites").
 */
export function checkRestoredSetting(key: string, value: unknown): string | null {
  const rule = RULES[key];
  if (!rule) return `${key} is not a setting Backstory knows`;
  const problem = rule.check(value);
  return problem === null
    ? null
    : `${key}${problem.startsWith('[') || problem.startsWith('.') ? '' : ' '}${problem}`;
}

/** The value to store when a backup restores `restored` under `key` where `stored` is. */
export function mergeRestoredSetting(key: string, stored: unknown, restored: unknown): unknown {
  const rule = RULES[key];
  return rule && stored !== undefined ? rule.merge(stored, restored) : restored;
}
