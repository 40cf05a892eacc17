/**
 * Colours and the styles of the pieces the card and the popup share, as strings: the card's CSS goes
 * into a shadow root by hand, so one source of truth has to be text rather than a stylesheet file.
 */

/** One font stack everywhere; Debian's Firefox has no `system-ui` face, hence the named fallbacks. */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif';

const LIGHT = `
  color-scheme: light;
  --bs-bg: #ffffff;
  --bs-fg: #1d1f23;
  --bs-muted: #5c6370;
  --bs-border: #d8dbe0;
  --bs-accent: #1f5fbf;
  --bs-mark-bg: #fff1a8;
  --bs-mark-fg: #1d1f23;
  --bs-danger: #b3261e;
  --bs-surface: #f4f5f7;`;

const DARK = `
  color-scheme: dark;
  --bs-bg: #1f2125;
  --bs-fg: #e8eaed;
  --bs-muted: #a3a9b3;
  --bs-border: #3a3e45;
  --bs-accent: #8ab4f8;
  --bs-mark-bg: #5c4b00;
  --bs-mark-fg: #fff6cc;
  --bs-danger: #f28b82;
  --bs-surface: #2a2d32;`;

/**
 * Colour variables, light and dark, declared on `selector` (`:host` for the card, `:root` for pages).
 * The system's setting decides, unless `data-theme="dark"` or `"light"` on the element says what the
 * page around it looks like (the card sets it from the page: see lib/page/page-theme.ts).
 */
export function themeCss(selector: ':host' | ':root'): string {
  const themed = (theme: string) =>
    selector === ':host' ? `:host([data-theme="${theme}"])` : `:root[data-theme="${theme}"]`;
  return `
${selector} {${LIGHT}
  font-family: ${FONT_STACK};
  font-size: 14px;
  line-height: 1.4;
  color: var(--bs-fg);
}
@media (prefers-color-scheme: dark) {
  ${selector} {${DARK}
  }
  ${themed('light')} {${LIGHT}
  }
}
${themed('dark')} {${DARK}
}`;
}

/** Lists, analysis and note items, kind badges and link-style buttons. */
export const ITEM_CSS = `
.bs-list { list-style: none; margin: 0; padding: 0; }
.bs-item { padding: 8px 0; border-top: 1px solid var(--bs-border); }
.bs-item:first-child { border-top: none; }
.bs-link {
  all: unset; cursor: pointer; color: var(--bs-accent); font-weight: 600;
  overflow-wrap: anywhere;
}
.bs-link:hover { text-decoration: underline; }
.bs-link:focus-visible, .bs-small-button:focus-visible, .bs-button:focus-visible {
  outline: 2px solid var(--bs-accent); outline-offset: 2px; border-radius: 2px;
}
.bs-meta { color: var(--bs-muted); font-size: 12px; margin-top: 2px; }
.bs-snippet, .bs-note-text { margin: 4px 0 0; overflow-wrap: anywhere; }
.bs-note-text { white-space: pre-wrap; }
.bs-note-quote {
  margin: 0 0 4px; padding-inline-start: 8px; border-inline-start: 3px solid var(--bs-border); color: var(--bs-muted);
  font-style: italic; overflow-wrap: anywhere;
}
.bs-snippet mark { background: var(--bs-mark-bg); color: var(--bs-mark-fg); border-radius: 2px; }
.bs-kind {
  display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 999px;
  border: 1px solid var(--bs-border); color: var(--bs-muted); vertical-align: middle;
}
.bs-small-button {
  margin-inline-start: 8px; font: inherit; font-size: 12px; color: var(--bs-muted); background: none;
  border: 1px solid var(--bs-border); border-radius: 4px; padding: 0 6px; cursor: pointer;
}
.bs-small-button:hover { color: var(--bs-danger); border-color: var(--bs-danger); }
.bs-empty { color: var(--bs-muted); margin: 4px 0; }
.bs-error { color: var(--bs-danger); margin: 4px 0; }
.bs-section-title {
  font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--bs-muted); margin: 12px 0 4px;
}
`;
