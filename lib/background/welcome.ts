import type { BackstoryDB } from '../db/database';
import { getSetting, setSetting } from '../db/settings';

/** The setting that records the welcome page was opened (see PRIVACY.md's list of settings). */
export const WELCOMED = 'welcomed';

/**
 * Opens the welcome page on a first install, once: not on an update or a browser update, and not
 * when the library is already there (Firefox keeps it when the same add-on is installed again).
 * True when it opened the page.
 */
export async function welcomeOnInstall(
  reason: string,
  db: BackstoryDB,
  open: () => Promise<void>,
): Promise<boolean> {
  if (reason !== 'install' || (await getSetting(db, WELCOMED, false))) return false;
  await setSetting(db, WELCOMED, true);
  await open();
  return true;
}
