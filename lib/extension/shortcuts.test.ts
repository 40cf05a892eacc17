import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { catalogueMessages } from '../i18n/format';
import { describeShortcuts, shortcutSettingsHint } from './shortcuts';

const words = catalogueMessages(en);

describe('describeShortcuts', () => {
  test('puts the action first and names it when the browser gives no description', () => {
    expect(
      describeShortcuts(
        [
          { name: 'next-actor', description: 'Move to the next actor', shortcut: 'Alt+Shift+N' },
          { name: '_execute_action', description: '', shortcut: 'Alt+Shift+B' },
        ],
        words,
      ),
    ).toEqual([
      { name: '_execute_action', label: 'Open the Backstory popup for this page', keys: 'Alt+Shift+B' },
      { name: 'next-actor', label: 'Move to the next actor', keys: 'Alt+Shift+N' },
    ]);
  });

  test.each([
    [{ name: 'previous-actor', description: 'Back', shortcut: '' }, null],
    [{ name: 'previous-actor', description: 'Back' }, null],
    [{ name: 'previous-actor', description: 'Back', shortcut: ' Alt+Shift+P ' }, 'Alt+Shift+P'],
  ])('keys of %j: %s', (command, keys) => {
    expect(describeShortcuts([command], words)[0]?.keys).toBe(keys);
  });

  test('skips commands without a name and keeps one without a description by its name', () => {
    expect(describeShortcuts([{ description: 'x' }, { name: 'custom' }], words)).toEqual([
      { name: 'custom', label: 'custom', keys: null },
    ]);
  });
});

test('the hint names the browser where the keys change', () => {
  expect(words(shortcutSettingsHint(false))).toContain('chrome://extensions/shortcuts');
  expect(words(shortcutSettingsHint(true))).toContain('Manage Extension Shortcuts');
});
