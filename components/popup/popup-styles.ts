import { PAGE_CSS } from '../page-styles';

/** The popup's own layout on top of `PAGE_CSS`. */
export const POPUP_CSS = `
${PAGE_CSS}
.bs-popup { box-sizing: border-box; width: 360px; padding: 12px 14px; }
.bs-popup-header { padding-bottom: 8px; border-bottom: 1px solid var(--bs-border); }
.bs-actor-name { font-weight: 600; }
.bs-count { margin-inline-start: 4px; }
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
.bs-switches { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-top: 6px; font-size: 13px; }
.bs-switch { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; }
.bs-switch input { accent-color: var(--bs-accent); margin: 0; }
.bs-switch input:focus-visible { outline: 2px solid var(--bs-accent); outline-offset: 2px; }
.bs-quote-draft { margin: 0 0 4px; }
.bs-quote-draft .bs-small-button { margin-inline-start: 0; }
.bs-popup-footer {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px;
  margin-top: 12px; padding-top: 8px; border-top: 1px solid var(--bs-border);
}
.bs-save-page { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.bs-learned { margin: 4px 0 0; }
.bs-learned .bs-meta { margin: 0 0 4px; }
.bs-learned-actions { display: flex; flex-wrap: wrap; gap: 4px; border: 0; margin: 0; padding: 0; }
.bs-visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.bs-learned-actions .bs-small-button { margin-inline-start: 0; }
.bs-learned-form { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
.bs-learned-form input { width: 100%; box-sizing: border-box; font: inherit; }
.bs-learned-form .bs-list { width: 100%; }
`;
