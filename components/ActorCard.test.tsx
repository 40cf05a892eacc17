// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { CardData } from '../lib/messaging/contract';
import { ActorCard, type ActorCardState } from './ActorCard';
import { CARD_CSS } from './card-styles';
import { analysis, HOSTILE, note, pageActor } from './test-fixtures';
import { freshRoot } from './test-root';

const root = freshRoot();

function data(overrides: Partial<CardData> = {}): CardData {
  const { count: _count, ...actor } = pageActor();
  return { actor, analyses: [analysis()], notes: [note()], ...overrides };
}

async function show(state: ActorCardState, onOpenAnalysis = vi.fn(), onClose = vi.fn()) {
  await act(() =>
    render(<ActorCard state={state} onOpenAnalysis={onOpenAnalysis} onClose={onClose} />, root),
  );
  return { onOpenAnalysis, onClose };
}

const byTestId = (id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

describe('ActorCard', () => {
  it('shows the actor, its analyses and notes', async () => {
    await show({ status: 'ready', data: data() });
    expect(byTestId('card-title')[0]?.textContent).toBe('Hakan Fidan');
    expect(root.textContent).toContain('Foreign minister of Türkiye');
    expect(root.textContent).toMatch(/as of .*2024/);
    expect(byTestId('card-analysis')).toHaveLength(1);
    expect(root.querySelector('mark')?.textContent).toBe('Hakan Fidan');
    expect(byTestId('card-note').map((el) => el.textContent)).toEqual([
      expect.stringContaining('Watch his Gulf trips.'),
    ]);
  });

  it('is a dialog labelled by its title', async () => {
    await show({ status: 'ready', data: data() });
    const dialog = root.querySelector('[role="dialog"]');
    const title = byTestId('card-title')[0];
    expect(dialog?.getAttribute('aria-labelledby')).toBe(title?.id);
  });

  it('shows at most five analyses, in the order given', async () => {
    const analyses = Array.from({ length: 7 }, (_, i) => analysis({ id: `a${i}`, title: `T${i}` }));
    await show({ status: 'ready', data: data({ analyses }) });
    expect(byTestId('card-analysis').map((el) => el.querySelector('button')?.textContent)).toEqual([
      'T0',
      'T1',
      'T2',
      'T3',
      'T4',
    ]);
  });

  it('shows the passage a note quotes', async () => {
    const quoted = note({ quote: { exact: 'the talks will resume', prefix: 'said ', suffix: ' soon' } });
    await show({ status: 'ready', data: data({ notes: [quoted] }) });
    expect(byTestId('card-note')[0]?.querySelector('blockquote')?.textContent).toBe('the talks will resume');
  });

  it('says so plainly when there is nothing yet', async () => {
    await show({ status: 'ready', data: data({ analyses: [], notes: [] }) });
    expect(root.textContent).toContain('No prior analyses mention Hakan Fidan yet.');
    expect(root.textContent).toContain('You have no notes on Hakan Fidan yet.');
  });

  it('shows loading and error states', async () => {
    await show({ status: 'loading' });
    expect(root.textContent).toContain('Loading');
    await show({ status: 'error', error: 'The database is closed.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('The database is closed.');
  });

  it('opens an analysis and closes on the button and on Escape', async () => {
    const { onOpenAnalysis, onClose } = await show({ status: 'ready', data: data() });
    await act(() => byTestId('card-analysis')[0]?.querySelector('button')?.click());
    expect(onOpenAnalysis).toHaveBeenCalledWith('a1');
    await act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Close"]')?.click());
    root.querySelector('[role="dialog"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('never renders markup from data', async () => {
    const { count: _count, ...actor } = pageActor({ name: HOSTILE, description: HOSTILE });
    const hostile = {
      actor,
      analyses: [
        analysis({
          title: HOSTILE,
          source: HOSTILE,
          snippet: { before: HOSTILE, match: HOSTILE, after: HOSTILE },
        }),
      ],
      notes: [note({ text: HOSTILE, pageTitle: HOSTILE, quote: { exact: HOSTILE, prefix: '', suffix: '' } })],
    };
    await show({ status: 'ready', data: hostile });
    expect(root.querySelector('img')).toBeNull();
    expect(byTestId('card-title')[0]?.textContent).toBe(HOSTILE);
    expect(root.querySelector('mark')?.textContent).toBe(HOSTILE);
  });

  it('ships a self-contained stylesheet', () => {
    for (const rule of [
      ':host',
      'system-ui',
      'height: 100%',
      'prefers-color-scheme: dark',
      ':host([data-theme="dark"])',
      ':host([data-theme="light"])',
      'prefers-reduced-motion',
    ]) {
      expect(CARD_CSS).toContain(rule);
    }
  });
});
