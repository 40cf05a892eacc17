import { render } from 'preact';
import { applyUiLanguage, t } from '../../components/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import { OPTIONS_CSS } from '../../components/options/options-styles';
import { BackstoryDB } from '../../lib/db/database';
import { wire } from './wire';

/**
 * The options page. It shares the extension's origin with the background, so it opens the same
 * database directly and only messages the background to rebuild after changes.
 */
function main() {
  applyUiLanguage(document.documentElement);
  document.title = t('optionsPageTitle');
  const style = document.createElement('style');
  style.textContent = OPTIONS_CSS;
  document.head.append(style);
  const app = document.getElementById('app');
  if (app) render(<OptionsApp services={wire(new BackstoryDB())} />, app);
}

main();
