import { uiLocale } from './i18n';

/**
 * Formats a stored date for people, in the interface's language unless `locale` says otherwise.
 * Accepts an ISO string (`2024-05-01`, `2024-05-01T10:00:00Z`) or epoch milliseconds. Returns '' for
 * a missing or unreadable date, so callers can hide the field.
 */
export function formatDate(value: string | number | undefined, locale = uiLocale()): string {
  if (value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  // A bare `YYYY-MM-DD` parses as UTC midnight; formatting it in local time would show the day
  // before west of Greenwich.
  const dayOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** A moment (epoch milliseconds) with its time, in the interface's language. */
export function formatDateTime(time: number, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** The machine-readable form for `<time dateTime>`; '' when the date is unreadable. */
export function isoDate(value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/**
 * The URL itself when it is http(s), otherwise null. Data from imports is not trusted, and a
 * `javascript:` link in an extension page would run with the extension's privileges.
 */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
