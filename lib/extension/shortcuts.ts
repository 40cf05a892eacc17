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

/** The interface's messages this module names; the caller turns them into words (`words`). */
export type ShortcutMessage =
  | 'commandOpenPopup'
  | 'commandToggleSidebar'
  | 'shortcutHintChrome'
  | 'shortcutHintFirefox';

/**
 * The browsers name the action's command themselves and may give it no description (Chrome does for
 * `_execute_action`); these are the messages for it.
 */
const BUILT_IN: Record<string, ShortcutMessage> = {
  _execute_action: 'commandOpenPopup',
  _execute_browser_action: 'commandOpenPopup',
  _execute_sidebar_action: 'commandToggleSidebar',
};

/**
 * Every command, the action's first, each with words and its keys (null when unset). The browser
 * gives descriptions in the interface's language already (`__MSG_...__` in the manifest); `words`
 * says the built-in commands' in it.
 */
export function describeShortcuts(
  commands: readonly BrowserCommand[],
  words: (message: ShortcutMessage) => string,
): Shortcut[] {
  const rows = commands
    .filter((command): command is BrowserCommand & { name: string } => Boolean(command.name))
    .map((command) => ({
      name: command.name,
      label: command.description?.trim() || builtIn(command.name, words) || command.name,
      keys: command.shortcut?.trim() || null,
    }));
  const first = (row: Shortcut) => (row.name in BUILT_IN ? 0 : 1);
  return rows.sort((a, b) => first(a) - first(b));
}

function builtIn(name: string, words: (message: ShortcutMessage) => string): string {
  const message = BUILT_IN[name];
  return message ? words(message) : '';
}

/** Where the reader changes the keys (the browsers give extensions no way to open these pages). */
export function shortcutSettingsHint(isFirefox: boolean): ShortcutMessage {
  return isFirefox ? 'shortcutHintFirefox' : 'shortcutHintChrome';
}
