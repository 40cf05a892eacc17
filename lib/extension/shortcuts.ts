/** A keyboard command as `commands.getAll()` gives it (both browsers). */
export interface BrowserCommand {
  name?: string;
  description?: string;
  /** The keys, e.g. "Alt+Shift+N"; empty or absent when the reader or a clash left it unset. */
  shortcut?: string;
}

/** One row of the shortcut lists on the welcome and options pages. */
export interface Shortcut {
  name: string;
  /** What it does, in words for the reader. */
  label: string;
  /** The keys, or null when none is set. */
  keys: string | null;
}

/**
 * The browsers name the action's command themselves and may give it no description (Chrome does for
 * `_execute_action`); these are the words for it.
 */
const BUILT_IN: Record<string, string> = {
  _execute_action: 'Open the Backstory popup for this page',
  _execute_browser_action: 'Open the Backstory popup for this page',
  _execute_sidebar_action: 'Open or close the Backstory sidebar',
};

/** Every command, the action's first, each with words and its keys (null when unset). */
export function describeShortcuts(commands: readonly BrowserCommand[]): Shortcut[] {
  const rows = commands
    .filter((command): command is BrowserCommand & { name: string } => Boolean(command.name))
    .map((command) => ({
      name: command.name,
      label: command.description?.trim() || BUILT_IN[command.name] || command.name,
      keys: command.shortcut?.trim() || null,
    }));
  const first = (row: Shortcut) => (row.name in BUILT_IN ? 0 : 1);
  return rows.sort((a, b) => first(a) - first(b));
}

/** Where the reader changes the keys: the browsers give extensions no way to open these pages. */
export function shortcutSettingsHint(isFirefox: boolean): string {
  return isFirefox
    ? 'Change them in Firefox: Add-ons and themes, the gear menu, Manage Extension Shortcuts.'
    : 'Change them at chrome://extensions/shortcuts.';
}
