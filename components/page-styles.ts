import { ITEM_CSS, themeCss } from './theme-styles';

/** Styles for the extension's own pages (popup, analysis viewer): theme, shared items, controls. */
export const PAGE_CSS = `
${themeCss(':root')}
body { margin: 0; background: var(--bs-bg); color: var(--bs-fg); }
h1 { font-size: 16px; margin: 0; overflow-wrap: anywhere; }
button, select, textarea { font: inherit; color: inherit; }
${ITEM_CSS}
.bs-button {
  background: var(--bs-accent); color: var(--bs-bg); border: none; border-radius: 6px;
  padding: 4px 12px; font-weight: 600; cursor: pointer;
}
.bs-button:disabled { opacity: 0.5; cursor: default; }
.bs-shortcuts { border-collapse: collapse; margin: 4px 0; }
.bs-shortcuts th, .bs-shortcuts td { text-align: start; padding-block: 3px; padding-inline: 0 12px; vertical-align: top; }
.bs-toast {
  display: flex; align-items: center; gap: 8px; padding: 8px 12px; margin-bottom: 8px;
  background: var(--bs-surface); border: 1px solid var(--bs-border); border-radius: 6px;
}
kbd { font: inherit; font-size: 0.9em; background: var(--bs-surface); border: 1px solid var(--bs-border); border-radius: 4px; padding: 0 4px; }
`;

/** The analysis viewer's reading layout on top of {@link PAGE_CSS}. */
export const ANALYSIS_CSS = `
${PAGE_CSS}
.bs-analysis-page { max-width: 42rem; margin: 0 auto; padding: 24px 16px 48px; font-size: 16px; line-height: 1.6; }
.bs-analysis-page h1 { font-size: 26px; line-height: 1.25; }
.bs-analysis-page .bs-meta { font-size: 14px; margin-top: 6px; }
.bs-analysis-actors { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; margin: 12px 0; }
.bs-analysis-actors li { background: var(--bs-surface); border-radius: 999px; padding: 1px 10px; font-size: 13px; }
.bs-analysis-text p { margin: 0 0 1em; overflow-wrap: anywhere; }
.bs-analysis-page a { color: var(--bs-accent); }
`;
