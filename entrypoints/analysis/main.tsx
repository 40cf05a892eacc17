import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AnalysisView, type AnalysisViewState } from '../../components/AnalysisView';
import { applyUiLanguage, t } from '../../components/i18n';
import { ANALYSIS_CSS } from '../../components/page-styles';
import { createClient } from '../../lib/messaging/client';
import type { BackgroundMethods } from '../../lib/messaging/contract';

/** `analysis.html?id=<analysisId>`: shows one stored analysis, asked of the background. */
async function main() {
  applyUiLanguage(document.documentElement);
  document.title = t('analysisPageTitle');
  const style = document.createElement('style');
  style.textContent = ANALYSIS_CSS;
  document.head.append(style);
  const app = document.getElementById('app');
  if (!app) return;
  const show = (state: AnalysisViewState) => render(<AnalysisView state={state} />, app);

  const id = new URLSearchParams(location.search).get('id');
  if (!id) return show({ status: 'error', error: t('analysisNoId') });
  show({ status: 'loading' });
  const background = createClient<BackgroundMethods>((m) => browser.runtime.sendMessage(m));
  const result = await background('getAnalysis', { analysisId: id });
  if (result.ok && result.value)
    document.title = t('analysisTitle', result.value.title || t('untitledAnalysis'));
  show(result.ok ? { status: 'ready', analysis: result.value } : { status: 'error', error: result.error });
}

void main();
