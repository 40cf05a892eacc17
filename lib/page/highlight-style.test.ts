// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { followColorScheme, paintHighlight, tintFor, watchHighlightStates } from './highlight-style';

afterEach(() => {
  document.body.removeAttribute('style');
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function highlight(
  html = '<p>Talks with <backstory-highlight>Fidan</backstory-highlight>.</p>',
): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('backstory-highlight') as HTMLElement;
}

/** A `matchMedia` whose dark-mode answer the test sets, and whose listeners it can call. */
function fakeColorScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  vi.spyOn(window, 'matchMedia').mockImplementation(() => query as unknown as MediaQueryList);
  return {
    switchTo(value: boolean) {
      dark = value;
      for (const fn of listeners) fn();
    },
    listening: () => listeners.size,
  };
}

describe('paintHighlight', () => {
  test('sets the look on the element itself, nothing that moves text', () => {
    const element = highlight();
    paintHighlight(element, 'light');
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.3)');
    expect(element.style.borderRadius).toBe('2px');
    for (const moving of ['padding', 'margin', 'border-width', 'font-size', 'font-weight', 'line-height'])
      expect(element.style.getPropertyValue(moving)).toBe('');
    expect(document.querySelector('style')).toBeNull();
  });
  test('uses a softer tint on a dark page', () => {
    const element = highlight();
    paintHighlight(element, 'dark');
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.22)');
  });
});

describe('light and strong highlights', () => {
  test.each([
    ['light', 'rgba(250, 204, 21, 0.3)', 'rgba(161, 98, 7, 0.75)'],
    ['dark', 'rgba(250, 204, 21, 0.22)', 'rgba(250, 204, 21, 0.7)'],
  ] as const)('on a %s page, a light one keeps only the underline at rest', (tint, rest, line) => {
    const element = highlight();
    paintHighlight(element, tint, 'light');
    expect(element.style.backgroundColor).toBe('transparent');
    expect(element.style.boxShadow).toContain(line);
    paintHighlight(element, tint, 'strong');
    expect(element.style.backgroundColor).toBe(rest);
    expect(element.style.boxShadow).toContain(line);
  });
  test('a light one is painted hot under the pointer like a strong one, and light again after', () => {
    const element = highlight();
    paintHighlight(element, 'light', 'light');
    const controller = new AbortController();
    watchHighlightStates(document, controller.signal);
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.5)');
    element.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    expect(element.style.backgroundColor).toBe('transparent');
    controller.abort();
  });
  test('stays light through a repaint for the colour scheme, and says so in no attribute', () => {
    const scheme = fakeColorScheme(false);
    const element = highlight();
    paintHighlight(element, 'light', 'light');
    const strong = document.createElement('backstory-highlight');
    document.body.append(strong);
    paintHighlight(strong, 'light', 'strong');
    const attributes = (e: HTMLElement) => e.getAttributeNames().filter((name) => name !== 'style');
    expect(attributes(element)).toEqual(attributes(strong));
    const stop = followColorScheme(document);
    scheme.switchTo(true);
    expect(element.style.backgroundColor).toBe('transparent');
    expect(strong.style.backgroundColor).toBe('rgba(250, 204, 21, 0.22)');
    stop();
  });
});

describe('tintFor', () => {
  test('follows the page background where it is painted', () => {
    fakeColorScheme(false);
    document.body.style.backgroundColor = 'rgb(17, 17, 17)';
    expect(tintFor(highlight())).toBe('dark');
  });
  test('follows the system setting when the page says nothing', () => {
    fakeColorScheme(true);
    const text = highlight().firstChild as Text;
    expect(tintFor(text)).toBe('dark');
  });
  test('is light on a light system with a page that says nothing', () => {
    fakeColorScheme(false);
    expect(tintFor(highlight())).toBe('light');
  });
});

describe('watchHighlightStates', () => {
  test('paints a highlight stronger under the pointer, and back when it leaves', () => {
    const element = highlight();
    paintHighlight(element, 'light');
    const controller = new AbortController();
    watchHighlightStates(document, controller.signal);
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.5)');
    element.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.3)');
    controller.abort();
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.3)');
  });
  test('rings a highlight focused from the keyboard, and only while it has focus', () => {
    const element = highlight();
    element.tabIndex = 0;
    paintHighlight(element, 'dark');
    const controller = new AbortController();
    watchHighlightStates(document, controller.signal);
    vi.spyOn(element, 'matches').mockImplementation((selector) => selector === ':focus-visible');
    element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect([element.style.outlineStyle, element.style.outlineWidth]).toEqual(['solid', '2px']);
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.22)'); // still the dark tint
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(element.style.outlineStyle).toBe('');
    controller.abort();
  });
  test('gives no ring on a pointer focus', () => {
    const element = highlight();
    paintHighlight(element, 'light');
    const controller = new AbortController();
    watchHighlightStates(document, controller.signal);
    vi.spyOn(element, 'matches').mockReturnValue(false);
    element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(element.style.outlineStyle).toBe('');
    controller.abort();
  });
});

describe('followColorScheme', () => {
  test('repaints every highlight when the system turns dark, until stopped', () => {
    const scheme = fakeColorScheme(false);
    const element = highlight();
    paintHighlight(element, 'light');
    const stop = followColorScheme(document);
    scheme.switchTo(true);
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.22)');
    stop();
    expect(scheme.listening()).toBe(0);
  });
});
