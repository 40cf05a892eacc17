/**
 * Whether the page around `element` is dark or light, from the colours it is actually painted with:
 * the first opaque background up from the element's parent (the element is Backstory's highlight,
 * with Backstory's tint, or a text node about to get one; the canvas colour of `color-scheme` when there is none). `null` when the page is light and says nothing about dark mode: the system's setting
 * then decides, as it does for the page's own form controls.
 */
export function pageTheme(element: Node): 'dark' | 'light' | null {
  const doc = element.ownerDocument;
  const view = doc?.defaultView ?? null;
  if (doc === null || view === null) return null;
  let background: Rgba | null = null;
  for (let at = element.parentElement; at !== null && background === null; at = at.parentElement) {
    const color = parseColor(view.getComputedStyle(at).backgroundColor);
    if (color !== null && color.a >= 0.5) background = color;
  }
  const root = doc.documentElement;
  const scheme = view.getComputedStyle(root).colorScheme ?? '';
  // No opaque background anywhere: the canvas, which is dark only in a dark `color-scheme`.
  if (background === null) return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? 'dark' : null;
  if (luminance(background) < 0.25) return 'dark';
  // Light although the page can be dark: the reader or the site chose light here.
  return /\bdark\b/.test(scheme) ? 'light' : null;
}

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** `rgb(…)` / `rgba(…)` as computed styles give them (comma or space separated); null otherwise. */
export function parseColor(css: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (m === null) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** Relative luminance (WCAG 2), 0 for black to 1 for white. */
function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
