import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { WELCOME_CSS } from '../../components/welcome/welcome-styles';
import { describeShortcuts, shortcutSettingsHint } from '../../lib/extension/shortcuts';

/** The welcome page, opened once by the background on the first install. */
function main() {
  const style = document.createElement('style');
  style.textContent = WELCOME_CSS;
  document.head.append(style);
  const app = document.getElementById('app');
  if (app)
    render(
      <WelcomePage
        shortcuts={async () => describeShortcuts(await browser.commands.getAll())}
        shortcutHint={shortcutSettingsHint(import.meta.env.FIREFOX)}
        openOptions={() => void browser.runtime.openOptionsPage()}
      />,
      app,
    );
}

main();
