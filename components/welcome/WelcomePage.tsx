import type { Shortcut } from '../../lib/extension/shortcuts';
import { type MessageName, t } from '../i18n';
import { Phrase, SLOT } from '../Phrase';
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
  const strong = (name: MessageName) => <strong key={name}>{t(name)}</strong>;
  return (
    <main class="bs-welcome">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="bs-lead">{t('welcomeLead')}</p>
      </header>
      <Section title={t('welcomeTryIt')}>
        <ol>
          <li>{t('welcomeTryOpen')}</li>
          <li>{t('welcomeTryPopup')}</li>
          <li>
            <Phrase text={t('welcomeTrySave', SLOT[0])} parts={[strong('savePage')]} />
          </li>
        </ol>
      </Section>
      <Section title={t('welcomeImportTitle')}>
        <ol>
          <li>
            <Phrase
              text={t('welcomeImportExport', SLOT[0], SLOT[1])}
              parts={[strong('welcomeExportChatHistory'), strong('welcomeJson')]}
            />
          </li>
          <li>
            <Phrase
              text={t('welcomeImportChoose', SLOT[0], SLOT[1])}
              parts={[strong('import'), <code key="file">result.json</code>]}
            />
          </li>
        </ol>
        <button type="button" class="bs-button" data-testid="welcome-open-options" onClick={openOptions}>
          {t('welcomeOpenOptions')}
        </button>
      </Section>
      <Section title={t('welcomeDataTitle')}>
        <p>{t('welcomeData')}</p>
      </Section>
      <Section title={t('keyboardShortcuts')}>
        <ShortcutList load={shortcuts} hint={shortcutHint} />
      </Section>
    </main>
  );
}
