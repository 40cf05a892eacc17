// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ShortcutList } from '../ShortcutList';
import { OptionsApp } from './OptionsApp';
import { all, fakeOptions, one, show, useFreshRoot } from './options-test-kit';

useFreshRoot();

describe('the shortcut list', () => {
  it('shows each command with its keys, and "not set" where the browser has none', async () => {
    const load = async () => [
      { name: '_execute_action', label: 'Open the Backstory popup for this page', keys: 'Alt+Shift+B' },
      { name: 'next-actor', label: 'Move to the next highlighted actor', keys: null },
    ];
    await show(<ShortcutList load={load} hint="Change them at chrome://extensions/shortcuts." />);
    const rows = all('shortcut').map((row) => [row.dataset.name, row.textContent]);
    expect(rows).toEqual([
      ['_execute_action', 'Alt+Shift+BOpen the Backstory popup for this page'],
      ['next-actor', 'not setMove to the next highlighted actor'],
    ]);
  });

  it('says so when the browser cannot list them', async () => {
    await show(<ShortcutList load={() => Promise.reject(new Error('no commands API'))} hint="" />);
    expect(one('shortcuts')).toBeNull();
    expect(document.body.textContent).toContain('Could not read the shortcuts. Error: no commands API');
  });

  it('is a section of the options page when the page can list them', async () => {
    const shortcuts = async () => [{ name: 'next-actor', label: 'Next', keys: 'Alt+Shift+N' }];
    await show(<OptionsApp services={fakeOptions({ shortcuts, shortcutHint: 'hint' })} />);
    expect(all('shortcut')).toHaveLength(1);
    expect(document.querySelector('a[href="#shortcuts"]')).not.toBeNull();
  });
});
