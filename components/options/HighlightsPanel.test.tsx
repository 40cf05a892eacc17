// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { HighlightsPanel } from './HighlightsPanel';
import { click, fakeOptions, one, show, useFreshRoot } from './options-test-kit';

useFreshRoot();

const checked = (id: string) => one<HTMLInputElement>(id).checked;
const labelOf = (id: string) => one(id).closest('label')?.textContent ?? '';

describe('HighlightsPanel', () => {
  it('shows the stored prefs, every control with a label, and no choice the page could read', async () => {
    const highlightPrefs = vi.fn(async () => ({ kinds: ['state' as const] }));
    await show(<HighlightsPanel services={fakeOptions({ highlightPrefs })} />);
    expect(['person', 'state', 'organisation', 'place'].map((k) => checked(`highlight-kind-${k}`))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(labelOf('highlight-kind-organisation')).toBe('Organisations');
    // Issue 14: the library-only mode is gone (the page would see which actors the library holds).
    expect(document.querySelector('[data-testid^=highlight-mode]')).toBeNull();
  });

  it('stores a change of kinds through the background', async () => {
    const services = fakeOptions();
    await show(<HighlightsPanel services={services} />);
    await click('highlight-kind-place');
    expect(services.setHighlightPrefs).toHaveBeenLastCalledWith({
      kinds: ['person', 'state', 'organisation'],
    });
    expect(checked('highlight-kind-place')).toBe(false);
    await click('highlight-kind-place');
    expect(services.setHighlightPrefs).toHaveBeenLastCalledWith({
      kinds: ['person', 'state', 'organisation', 'place'],
    });
  });

  it('says so and shows what is stored when a change fails', async () => {
    const setHighlightPrefs = vi.fn(async () => {
      throw new Error('No background.');
    });
    await show(<HighlightsPanel services={fakeOptions({ setHighlightPrefs })} />);
    await click('highlight-kind-place');
    expect(one('highlight-kind-place').closest('div')?.querySelector('[role="alert"]')?.textContent).toMatch(
      /Could not change the highlights. No background./,
    );
    expect(checked('highlight-kind-place')).toBe(true);
  });
});
