import { type ImportProblemKey, type Problem, words } from '../io/problems';
import { ACTOR_KINDS } from '../model';
import { siteOf } from './sites';

/**
 * What a backup may restore of the settings, key by key (issue 14, "Backups"): each key's check
 * (null when the value is valid, else why not, in words that follow the key) and how the restored
 * value joins the one stored. A value that fails its check is reported and nothing of it is written:
 * `disabledSites: 5` had stopped every page from being read. A setting added later gets a rule here.
 */
/** Why a value may not be restored: the reason's name, after a path inside the value (`[3]`, `.mode`). */
interface RuleProblem {
  at?: string;
  key: ImportProblemKey;
}

interface SettingRule {
  check(value: unknown): RuleProblem | null;
  merge(stored: unknown, restored: unknown): unknown;
}

const takeRestored = (_: unknown, restored: unknown) => restored;

const RULES: Record<string, SettingRule> = {
  // Names the reader dismissed or merged (issue 12, lib/db/learned-admin.ts): never learned again.
  dismissedNames: {
    check(value) {
      if (!Array.isArray(value)) return { key: 'problemNotNameList' };
      const bad = value.findIndex(
        (d) =>
          typeof d !== 'object' ||
          d === null ||
          typeof (d as { key?: unknown }).key !== 'string' ||
          typeof (d as { form?: unknown }).form !== 'string',
      );
      return bad === -1 ? null : { at: `[${bad}]`, key: 'problemNotNamed' };
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
      if (!Array.isArray(value)) return { key: 'problemNotSiteList' };
      const bad = value.findIndex((site) => typeof site !== 'string' || siteOf(`https://${site}/`) !== site);
      return bad === -1 ? null : { at: `[${bad}]`, key: 'problemNotSite' };
    },
    // The sites switched off here stay off; the backup's are switched off too.
    merge: (stored, restored) =>
      [...new Set([...(Array.isArray(stored) ? stored : []), ...(restored as string[])])].sort(),
  },
  paused: {
    check: (value) => (typeof value === 'boolean' ? null : { key: 'problemNotBoolean' }),
    merge: takeRestored,
  },
  highlightPrefs: {
    check(value) {
      if (typeof value !== 'object' || value === null) return { key: 'problemNotObjectValue' };
      const { mode, kinds } = value as { mode?: unknown; kinds?: unknown };
      // Backups of older builds have a mode (issue 14 removed it; it is read and ignored), newer ones none.
      if (mode !== undefined && mode !== 'all' && mode !== 'library')
        return { at: '.mode', key: 'problemNotMode' };
      const known: readonly unknown[] = ACTOR_KINDS;
      if (!Array.isArray(kinds) || !kinds.every((k) => known.includes(k))) {
        return { at: '.kinds', key: 'problemNotKindList' };
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
 * Whether a backup may restore `value` under `key`: null when it may, else the reason, after the
 * key's path ("disabledSites is not a list of sites", "disabledSites[3] is not a site name").
 */
export function checkRestoredSetting(key: string, value: unknown): Problem | null {
  const rule = RULES[key];
  if (!rule) return { field: key, why: words('problemUnknownSetting') };
  const problem = rule.check(value);
  return problem === null ? null : { field: `${key}${problem.at ?? ''}`, why: words(problem.key) };
}

/** The value to store when a backup restores `restored` under `key` where `stored` is. */
export function mergeRestoredSetting(key: string, stored: unknown, restored: unknown): unknown {
  const rule = RULES[key];
  return rule && stored !== undefined ? rule.merge(stored, restored) : restored;
}
