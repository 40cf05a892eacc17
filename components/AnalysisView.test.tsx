// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { AnalysisView as AnalysisData } from '../lib/messaging/contract';
import { AnalysisView, type AnalysisViewState, paragraphs } from './AnalysisView';
import { HOSTILE, pageActor } from './test-fixtures';
import { freshRoot } from './test-root';

const root = freshRoot();

const { count: _count, ...actor } = pageActor();
function analysis(overrides: Partial<AnalysisData> = {}): AnalysisData {
  return {
    id: 'a1',
    title: 'Ankara mediates again',
    source: 'Example Review',
    author: 'A. Writer',
    url: 'https://example.org/a1',
    publishedAt: '2024-03-05',
    text: 'First paragraph.\n\nSecond paragraph.\nThird.',
    actors: [actor],
    ...overrides,
  };
}

async function show(state: AnalysisViewState) {
  await act(() => render(<AnalysisView state={state} />, root));
}

describe('AnalysisView', () => {
  it('shows title, byline, actors and the text as paragraphs', async () => {
    await show({ status: 'ready', analysis: analysis() });
    expect(root.querySelector('[data-testid="analysis-title"]')?.textContent).toBe('Ankara mediates again');
    expect(root.textContent).toContain('Example Review · A. Writer · ');
    expect(root.querySelectorAll('[data-testid="analysis-actor"]')).toHaveLength(1);
    expect([...root.querySelectorAll('.bs-analysis-text p')].map((p) => p.textContent)).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third.',
    ]);
  });

  it.each([
    ['https://example.org/a1', 'https://example.org/a1'],
    ['http://example.org/a1', 'http://example.org/a1'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['', null],
  ])('links the original %j only when it is http(s)', async (url, expected) => {
    await show({ status: 'ready', analysis: analysis({ url }) });
    const link = root.querySelector('a');
    expect(link?.getAttribute('href') ?? null).toBe(expected);
    if (link) expect(link.rel).toBe('noopener noreferrer');
  });

  it('says so when the analysis is gone or failed to load', async () => {
    await show({ status: 'ready', analysis: null });
    expect(root.textContent).toContain('not in your library');
    await show({ status: 'error', error: 'Boom.' });
    expect(root.textContent).toContain('Could not load the analysis. Boom.');
  });

  it('never renders markup from data', async () => {
    await show({ status: 'ready', analysis: analysis({ title: HOSTILE, text: HOSTILE, author: HOSTILE }) });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
  });

  it('splits paragraphs at line breaks and drops blank lines', () => {
    expect(paragraphs('a\r\n\r\n  b  \n\n\nc')).toEqual(['a', 'b', 'c']);
  });
});
