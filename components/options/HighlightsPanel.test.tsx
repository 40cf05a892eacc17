// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { HighlightsPanel } from './HighlightsPanel';
import { click, fakeOptions, one, show, useFreshRoot } from './options-test-kit';

useFreshRoot();

const checked = (id: string) => one<HTMLInputElement>(id).checked;
const labelOf = (id: string) => one(id).closest('label')?.textContent ?? '';

describe('HighlightsPanel', () => {
  it('shows the stored prefs, every control with a label', async () => {
    const highlightPrefs = vi.fn(async () => ({ mode: 'library' as const, kinds: ['state' as const] }));
    await show(<HighlightsPanel services={fakeOptions({ highlightPrefs })} />);
    expect([checked('highlight-mode-all'), checked('highlight-mode-library')]).toEqual([false, true]);
    expect(['person', 'state', 'organisation', 'place'].map((k) => checked(`highlight-kind-${k}`))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(labelOf('highlight-mode-library')).toMatch(/Only actors your library has analyses or notes on/);
    expect(labelOf('highlight-kind-organisation')).toBe('Organisations');
  });

  it('stores a change of mode and of kinds through the background', async () => {
    const services = fakeOptions();
    await show(<HighlightsPanel services={services} />);
    await click('highlight-mode-library');
    expect(services.setHighlightPrefs).toHaveBeenLastCalledWith({
      mode: 'library',
      kinds: ['person', 'state', 'organisation', 'place'],
    });
    await click('highlight-kind-place');
    expect(services.setHighlightPrefs).toHaveBeenLastCalledWith({
      mode: 'library',
      kinds: ['person', 'state', 'organisation'],
    });
    expect(checked('highlight-kind-place')).toBe(false);
    await click('highlight-kind-place');
    expect(services.setHighlightPrefs).toHaveBeenLastCalledWith({
      mode: 'library',
      kinds: ['person', 'state', 'organisation', 'place'],
    });
  });

  it('says so and shows what is stored when a change fails', async () => {
    const setHighlightPrefs = vi.fn(async () => {
      throw new Error('No background.');
    });
    await show(<HighlightsPanel services={fakeOptions({ setHighlightPrefs })} />);
    await click('highlight-mode-library');
    expect(one('highlight-mode-all').closest('div')?.querySelector('[role="alert"]')?.textContent).toMatch(
      /Could not change the highlights. No background./,
    );
    expect(checked('highlight-mode-all')).toBe(true);
  });
});
