import { PAGE_CSS } from '../page-styles';

/** The options page's layout on top of `PAGE_CSS` (theme and dark mode come from there). */
export const OPTIONS_CSS = `
${PAGE_CSS}
.bs-options { max-width: 64rem; margin: 0 auto; padding: 16px 20px 64px; }
.bs-options h1 { font-size: 22px; }
.bs-options h3 { font-size: 16px; margin: 8px 0; }
.bs-options section { margin-bottom: 16px; }
.bs-options a { color: var(--bs-accent); }
.bs-options nav { margin-top: 6px; }
input, select { font: inherit; color: inherit; }
input[type="text"], input[type="search"], select {
  box-sizing: border-box; background: var(--bs-surface); border: 1px solid var(--bs-border);
  border-radius: 6px; padding: 4px 6px;
}
input:focus-visible, select:focus-visible, a:focus-visible {
  outline: 2px solid var(--bs-accent); outline-offset: 1px;
}
.bs-search input[type="search"] { width: 100%; font-size: 16px; margin-top: 4px; }
.bs-nested { margin-top: 4px; padding-inline-start: 12px; }
.bs-actors { display: grid; grid-template-columns: minmax(14rem, 1fr) 2fr; gap: 20px; }
@media (max-width: 720px) { .bs-actors { grid-template-columns: 1fr; } }
.bs-picker input { width: 100%; margin-top: 4px; }
.bs-picker-list { max-height: 28rem; overflow: auto; }
.bs-picker-list li { padding: 2px 0; }
.bs-picker-list [aria-current="true"] { text-decoration: underline; }
.bs-form { display: flex; flex-direction: column; gap: 4px; max-width: 36rem; }
.bs-aliases { border: 1px solid var(--bs-border); border-radius: 6px; margin: 8px 0; }
.bs-alias-row { display: flex; gap: 6px; margin-bottom: 4px; align-items: center; }
.bs-alias-row input { flex: 1; min-width: 0; }
.bs-alias-list { display: flex; flex-wrap: wrap; gap: 4px 12px; list-style: none; padding: 0; }
.bs-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0; }
.bs-row .bs-small-button { margin-inline-start: 0; }
.bs-merge { margin: 12px 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.bs-merge select { max-width: 24rem; }
.bs-confirm { background: var(--bs-surface); border-radius: 6px; padding: 8px; }
.bs-progress { display: flex; align-items: center; gap: 8px; margin: 8px 0; }
.bs-progress progress { flex: 1; max-width: 24rem; accent-color: var(--bs-accent); }
.bs-import input[type="file"] { display: block; margin: 6px 0; }
.bs-report { margin-top: 8px; padding: 8px 12px; border: 1px solid var(--bs-border); border-radius: 6px; }
.bs-report:focus-visible { outline: 2px solid var(--bs-accent); }
.bs-problems { max-height: 20rem; overflow: auto; overflow-wrap: anywhere; }
.bs-exports { display: flex; flex-wrap: wrap; gap: 8px; }
.bs-switch { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
.bs-switch input { accent-color: var(--bs-accent); }
.bs-fieldset { border: 1px solid var(--bs-border); border-radius: 6px; margin: 0 0 8px; display: flex; flex-direction: column; gap: 4px; }
`;
