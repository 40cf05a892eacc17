// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Source } from '../../lib/sources/model';
import { all, click, one, show, useFreshRoot } from './options-test-kit';
import { type SourceRow, SourcesPanel, type SourcesServices } from './SourcesPanel';

useFreshRoot();

const row = (over: Partial<SourceRow>): SourceRow => ({
  id: 'src:1',
  kind: 'feed',
  url: 'https://feeds.example/rss',
  name: 'Grain Wire',
  addedAt: 1,
  status: 'ok',
  nextCheck: 2,
  intervalMinutes: 120,
  paused: false,
  added: 4,
  failures: 0,
  allowed: true,
  ...over,
});

function services(rows: SourceRow[]): SourcesServices {
  return {
    list: vi.fn(async () => rows.map((r) => ({ ...r }))),
    add: vi.fn(async () => rows[0] as Source),
    allow: vi.fn(async () => {}),
    refresh: vi.fn(async () => {}),
    setPaused: vi.fn(async () => {}),
    remove: vi.fn(async () => {}),
  };
}

describe('SourcesPanel', () => {
  it('offers "Allow" only for a source whose site Backstory may not read, and asks for that one', async () => {
    const restored = row({
      id: 'src:2',
      url: 'https://t.me/s/grainwire',
      kind: 'telegram',
      name: '@grainwire',
      allowed: false,
    });
    const fake = services([row({}), restored]);
    await show(<SourcesPanel sources={fake} />);
    expect(all('source')).toHaveLength(2);
    expect(all('source-allow')).toHaveLength(1);
    expect(one('source-needs-access').textContent).toContain('may not read t.me yet');
    expect(one('source-allow').textContent).toBe('Allow access to t.me');
    await click('source-allow');
    expect(fake.allow).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'src:2', url: 'https://t.me/s/grainwire' }),
    );
  });

  it('says so when access is refused', async () => {
    const fake = services([row({ allowed: false })]);
    fake.allow = vi.fn(async () => {
      throw new Error('Backstory was not allowed to read feeds.example.');
    });
    await show(<SourcesPanel sources={fake} />);
    await click('source-allow');
    expect(document.querySelector('[role=alert]')?.textContent).toBe(
      'Could not allow the source. Backstory was not allowed to read feeds.example.',
    );
  });
});
