// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { trusted } from '../../tests/unit/events';
import { followColorScheme, paintHighlight, tintFor, watchHighlightStates } from './highlight-style';
import { markOwnHighlight } from './own-nodes';

afterEach(() => {
  document.body.removeAttribute('style');
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** A highlight as the content script makes it (known by identity, see own-nodes.ts). */
function highlight(
  html = '<p>Talks with <backstory-highlight>Fidan</backstory-highlight>.</p>',
): HTMLElement {
  document.body.innerHTML = html;
  const element = document.querySelector('backstory-highlight') as HTMLElement;
  markOwnHighlight(element, 'person:hakan-fidan');
  return element;
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

describe('what the page can see', () => {
  test('every highlight looks the same at rest, whatever the library holds on its actor', () => {
    // The page reads computed styles: no look may depend on the reader's data (issue 14).
    document.body.innerHTML =
      '<p><backstory-highlight>Fidan</backstory-highlight> <backstory-highlight>Lavrov</backstory-highlight></p>';
    const [one, other] = [...document.querySelectorAll<HTMLElement>('backstory-highlight')] as HTMLElement[];
    paintHighlight(one as HTMLElement, 'light');
    paintHighlight(other as HTMLElement, 'light');
    expect((one as HTMLElement).style.cssText).toBe((other as HTMLElement).style.cssText);
    expect(paintHighlight.length).toBe(2);
  });
  test("a page's look-alike and a page's synthetic events are not painted", () => {
    const element = highlight();
    paintHighlight(element, 'light');
    const controller = new AbortController();
    watchHighlightStates(document, controller.signal);
    // Ours, but an untrusted event: nothing.
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.3)');
    // A look-alike the page made, with a trusted event: nothing.
    const forged = document.createElement('backstory-highlight');
    forged.textContent = 'Fidan';
    document.body.append(forged);
    forged.dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true })));
    expect(forged.getAttribute('style')).toBeNull();
    controller.abort();
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
    element.dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true })));
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.5)');
    element.dispatchEvent(trusted(new MouseEvent('mouseout', { bubbles: true })));
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.3)');
    controller.abort();
    element.dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true })));
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.3)');
  });
  test('rings a highlight focused from the keyboard, and only while it has focus', () => {
    const element = highlight();
    element.tabIndex = 0;
    paintHighlight(element, 'dark');
    const controller = new AbortController();
    watchHighlightStates(document, controller.signal);
    vi.spyOn(element, 'matches').mockImplementation((selector) => selector === ':focus-visible');
    element.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    expect([element.style.outlineStyle, element.style.outlineWidth]).toEqual(['solid', '2px']);
    expect(element.style.backgroundColor).toBe('rgba(250, 204, 21, 0.22)'); // still the dark tint
    element.dispatchEvent(trusted(new FocusEvent('focusout', { bubbles: true })));
    expect(element.style.outlineStyle).toBe('');
    controller.abort();
  });
  test('gives no ring on a pointer focus', () => {
    const element = highlight();
    paintHighlight(element, 'light');
    const controller = new AbortController();
    watchHighlightStates(document, controller.signal);
    vi.spyOn(element, 'matches').mockReturnValue(false);
    element.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
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
