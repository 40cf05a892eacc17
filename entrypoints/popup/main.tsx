import { render } from 'preact';
import { applyUiLanguage, t } from '../../components/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import { POPUP_CSS } from '../../components/popup/popup-styles';
import { findTab, wire } from './wire';

async function main() {
  applyUiLanguage(document.documentElement);
  document.title = t('extName');
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  const { id, info } = await findTab();
  const app = document.getElementById('app');
  if (app) render(<PopupApp services={wire(id)} tab={info} />, app);
}

void main();
