// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../lib/io/types';
import { HOSTILE } from '../test-fixtures';
import { all, fakeOptions, one, settle, show, type, useFreshRoot } from './options-test-kit';
import { SearchPanel } from './SearchPanel';
import { SEARCH_DEBOUNCE_MS } from './use-search';

useFreshRoot();

const wait = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

describe('SearchPanel', () => {
  it('searches once typing pauses, well within 100 ms, and lists analyses and notes', async () => {
    expect(SEARCH_DEBOUNCE_MS).toBeLessThanOrEqual(50);
    const services = fakeOptions();
    await show(<SearchPanel services={services} />);
    await type('search-input', 'fi');
    await type('search-input', 'fidan');
    await wait(SEARCH_DEBOUNCE_MS + 10);
    await settle();
    expect(services.search).toHaveBeenCalledTimes(1);
    expect(services.search).toHaveBeenCalledWith('fidan', expect.any(Number));
    expect(all('search-hit').map((li) => li.dataset.kind)).toEqual(['analysis', 'note']);
    expect(all('search-hit')[0]?.querySelector('a')?.getAttribute('href')).toBe('/analysis.html?id=a1');
    expect(one('search-count').textContent).toBe('2 found');
    expect(one('search-count').dataset.query).toBe('fidan');
  });

  it('unfolds a note hit in place', async () => {
    const services = fakeOptions();
    await show(<SearchPanel services={services} />);
    await type('search-input', 'gulf');
    await wait(SEARCH_DEBOUNCE_MS + 10);
    await settle();
    await act(() => all('search-hit')[1]?.querySelector('button')?.click());
    await settle();
    expect(services.getNote).toHaveBeenCalledWith('n1');
    expect(one('search-note').textContent).toContain('Watch his Gulf trips.');
  });

  it('renders hits as text only', async () => {
    const hostile: SearchHit[] = [
      { kind: 'analysis', id: HOSTILE, title: HOSTILE, excerpt: HOSTILE, date: HOSTILE },
      { kind: 'note', id: 'n', title: HOSTILE, excerpt: HOSTILE, date: '' },
    ];
    const services = fakeOptions({ search: vi.fn(async () => hostile) });
    const root = await show(<SearchPanel services={services} />);
    await type('search-input', 'x');
    await wait(SEARCH_DEBOUNCE_MS + 10);
    await settle();
    expect(root.querySelector('img')).toBeNull();
    expect(all('search-hit')[0]?.textContent).toContain(HOSTILE);
    expect(all('search-hit')[0]?.querySelector('a')?.getAttribute('href')).toBe(
      `/analysis.html?id=${encodeURIComponent(HOSTILE)}`,
    );
  });

  it('says when nothing is found, and clears with the query', async () => {
    const services = fakeOptions({ search: vi.fn(async () => []) });
    await show(<SearchPanel services={services} />);
    await type('search-input', 'zzz');
    await wait(SEARCH_DEBOUNCE_MS + 10);
    await settle();
    expect(one('search-count').textContent).toBe('Nothing found.');
    await type('search-input', '');
    await settle();
    expect(one('search-count').textContent).toBe('');
  });
});
