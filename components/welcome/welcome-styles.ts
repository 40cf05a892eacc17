import { PAGE_CSS } from '../page-styles';

/** The welcome page's reading layout on top of `PAGE_CSS`; the shortcut table is shared with options. */
export const WELCOME_CSS = `
${PAGE_CSS}
.bs-welcome { max-width: 42rem; margin: 0 auto; padding: 24px 16px 48px; font-size: 16px; line-height: 1.55; }
.bs-welcome h1 { font-size: 26px; }
.bs-welcome h2 { font-size: 18px; margin-top: 24px; }
.bs-welcome .bs-lead { font-size: 17px; }
.bs-welcome li { margin-bottom: 6px; }
`;
