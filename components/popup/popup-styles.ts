import { ITEM_CSS, themeCss } from '../theme-styles';

/** Styles for the extension's own pages (popup, analysis viewer): theme, shared items, layout. */
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
`;

/** The popup's own layout on top of {@link PAGE_CSS}. */
export const POPUP_CSS = `
${PAGE_CSS}
.bs-popup { box-sizing: border-box; width: 360px; max-height: 580px; padding: 12px 14px; }
.bs-popup-header { padding-bottom: 8px; border-bottom: 1px solid var(--bs-border); }
.bs-actor-name { font-weight: 600; }
.bs-count { margin-left: 4px; }
.bs-topics { display: flex; flex-wrap: wrap; gap: 4px; }
.bs-topic {
  padding: 1px 8px; border-radius: 999px; background: var(--bs-surface); font-size: 12px;
}
.bs-note-form { display: flex; flex-direction: column; gap: 4px; margin-top: 8px; }
.bs-note-form textarea, .bs-note-form select {
  box-sizing: border-box; background: var(--bs-surface); border: 1px solid var(--bs-border);
  border-radius: 6px; padding: 4px 6px;
}
.bs-note-form textarea { width: 100%; resize: vertical; }
.bs-note-form textarea:focus-visible, .bs-note-form select:focus-visible {
  outline: 2px solid var(--bs-accent); outline-offset: 1px;
}
.bs-note-row { display: flex; align-items: center; gap: 6px; }
.bs-note-row select { flex: 1; min-width: 0; }
`;
