import { render } from 'preact';
import { browser } from 'wxt/browser';
import { applyUiLanguage, t } from '../../components/i18n';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { WELCOME_CSS } from '../../components/welcome/welcome-styles';
import { describeShortcuts, shortcutSettingsHint } from '../../lib/extension/shortcuts';

/** The welcome page, opened once by the background on the first install. */
function main() {
  applyUiLanguage(document.documentElement);
  document.title = t('welcomeTitle');
  const style = document.createElement('style');
  style.textContent = WELCOME_CSS;
  document.head.append(style);
  const app = document.getElementById('app');
  if (app)
    render(
      <WelcomePage
        shortcuts={async () => describeShortcuts(await browser.commands.getAll(), t)}
        shortcutHint={t(shortcutSettingsHint(import.meta.env.FIREFOX))}
        openOptions={() => void browser.runtime.openOptionsPage()}
      />,
      app,
    );
}

main();
