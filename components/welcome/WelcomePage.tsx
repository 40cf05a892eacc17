import type { Shortcut } from '../../lib/extension/shortcuts';
import { Section } from '../popup/Section';
import { ShortcutList } from '../ShortcutList';

/** Props for {@link WelcomePage}. */
export interface WelcomePageProps {
  shortcuts(): Promise<Shortcut[]>;
  shortcutHint: string;
  openOptions(): void;
}

/**
 * The page a first install opens: what Backstory does, how to fill the library, where it lives, and
 * the keyboard shortcuts as the browser has them set.
 */
export function WelcomePage({ shortcuts, shortcutHint, openOptions }: WelcomePageProps) {
  return (
    <main class="bs-welcome">
      <header>
        <h1>Welcome to Backstory</h1>
        <p class="bs-lead">
          Backstory puts what you already know next to the news you read. On an article, it highlights the
          people, states, organisations and places it knows; hover a name, or reach it with the Tab key, for a
          card with your earlier analyses and your notes about them.
        </p>
      </header>
      <Section title="Try it">
        <ol>
          <li>
            Open a news article. Known names are underlined, stronger where your library has something on
            them. Six sample analyses come with Backstory, so cards are not empty on day one.
          </li>
          <li>
            Click the Backstory button in the toolbar: the page's actors and topics, your related analyses,
            and your notes. Write a note there; select a passage first and the note quotes it.
          </li>
          <li>
            In the same popup, <strong>Save page as analysis</strong> keeps the article in your library, so it
            comes back as context on later pages.
          </li>
        </ol>
      </Section>
      <Section title="Import a Telegram channel">
        <ol>
          <li>
            In Telegram Desktop, open the channel, choose <strong>Export chat history</strong> in its menu,
            and pick the <strong>JSON</strong> format.
          </li>
          <li>
            On Backstory's options page, under <strong>Import</strong>, choose the export's{' '}
            <code>result.json</code>. Backups and analyses as JSON Lines are imported the same way.
          </li>
        </ol>
        <button type="button" class="bs-button" data-testid="welcome-open-options" onClick={openOptions}>
          Open the options page
        </button>
      </Section>
      <Section title="Where your data lives">
        <p>
          Everything stays in this browser, on this computer: your analyses, notes and actors are in the
          extension's own database, which web pages cannot read. There is no account and no server, and
          Backstory makes no network request of its own. Export a backup from the options page to keep a copy
          or move it to another browser.
        </p>
      </Section>
      <Section title="Keyboard shortcuts">
        <ShortcutList load={shortcuts} hint={shortcutHint} />
      </Section>
    </main>
  );
}
