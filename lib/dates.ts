/**
 * The greatest distance from the epoch, in ms, that a JavaScript date can hold (±100,000,000 days,
 * ECMA-262 "Time Values and Time Range"). `new Date(t).toISOString()` throws beyond it.
 */
export const MAX_TIME_MS = 8.64e15;

/** True when `ms` is a time a `Date` can hold. */
export function isTimeInRange(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS;
}

/** `ms` as ISO 8601 text; null when no date can hold it (rather than throwing as `toISOString` does). */
export function isoDate(ms: number): string | null {
  return isTimeInRange(ms) ? new Date(ms).toISOString() : null;
}
