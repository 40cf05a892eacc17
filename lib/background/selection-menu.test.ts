import { describe, expect, test } from 'vitest';
import { NOTE_MENU, noteOnSelectionOf, parseNoteOnSelection } from './selection-menu';

describe('noteOnSelectionOf', () => {
  test.each([
    [
      'our entry on a tab',
      { menuItemId: NOTE_MENU.id, selectionText: '  Turkey has\n hosted ' },
      { id: 7 },
      { tabId: 7, text: 'Turkey has hosted' },
    ],
    ['another entry', { menuItemId: 'other', selectionText: 'x' }, { id: 7 }, null],
    ['no tab', { menuItemId: NOTE_MENU.id, selectionText: 'x' }, undefined, null],
    [
      'a tab without an id (devtools, -1)',
      { menuItemId: NOTE_MENU.id, selectionText: 'x' },
      { id: -1 },
      null,
    ],
    ['only white space', { menuItemId: NOTE_MENU.id, selectionText: ' \n ' }, { id: 7 }, null],
  ])('%s', (_, info, tab, expected) => {
    expect(noteOnSelectionOf(info, tab)).toEqual(expected);
  });

  test('cuts a selection longer than a quote', () => {
    const long = 'a'.repeat(5_000);
    expect(
      noteOnSelectionOf({ menuItemId: NOTE_MENU.id, selectionText: long }, { id: 1 })?.text,
    ).toHaveLength(2_000);
  });
});

describe('parseNoteOnSelection', () => {
  test.each([
    [
      { tabId: 3, text: 'Ankara' },
      { tabId: 3, text: 'Ankara' },
    ],
    [{ tabId: '3', text: 'Ankara' }, null],
    [{ tabId: 3.5, text: 'Ankara' }, null],
    [{ tabId: 3, text: 5 }, null],
    [{ tabId: 3, text: '   ' }, null],
    [null, null],
  ])('%j gives %j', (payload, expected) => {
    expect(parseNoteOnSelection(payload)).toEqual(expected);
  });
});
