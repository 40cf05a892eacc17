import type { PanelMethods } from '../messaging/contract';
import type { TextQuote } from '../model';
import { MAX_QUOTE } from '../page/text-quote';

/**
 * The context-menu entry on selected text; `contexts` keeps it off every other menu. Its title is
 * the catalogue's message `titleMessage` in the interface's language.
 */
export const NOTE_MENU = {
  id: 'note-on-selection',
  titleMessage: 'menuNoteOnSelection',
  contexts: ['selection'],
} as const;

export type NoteOnSelection = PanelMethods['noteOnSelection']['request'];

/**
 * The tab and passage of a click on "Note on this selection"; null for another entry, a click
 * outside a tab (the browser's own pages), or a selection of nothing but white space.
 */
export function noteOnSelectionOf(
  info: { menuItemId: string | number; selectionText?: string },
  tab: { id?: number } | undefined,
): NoteOnSelection | null {
  if (info.menuItemId !== NOTE_MENU.id || tab?.id === undefined || tab.id < 0) return null;
  const text = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
  return text === '' ? null : { tabId: tab.id, text };
}

/** The request's payload when it is a well-formed `noteOnSelection`; null otherwise. */
export function parseNoteOnSelection(payload: unknown): NoteOnSelection | null {
  const { tabId, text } = (payload ?? {}) as { tabId?: unknown; text?: unknown };
  if (!Number.isInteger(tabId) || (tabId as number) < 0 || typeof text !== 'string') return null;
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
  return clean === '' ? null : { tabId: tabId as number, text: clean };
}

/** The browser's selection text as a quote, for pages that give no selection of their own. */
export function quoteOfText(text: string): TextQuote {
  return { exact: text, prefix: '', suffix: '' };
}
