// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from './OptionsApp';
import { all, click, fakeOptions, one, show, useFreshRoot } from './options-test-kit';

useFreshRoot();

describe('OptionsApp', () => {
  it('asks for persistent storage once and says what it got', async () => {
    const services = fakeOptions({ requestPersistence: vi.fn(async () => false) });
    await show(<OptionsApp services={services} />);
    expect(services.requestPersistence).toHaveBeenCalledTimes(1);
    expect(one('persistence').textContent).toContain('may clear it when space runs low');
    for (const id of ['search-input', 'actor-filter', 'import-file', 'export-backup', 'options-pause']) {
      expect(one(id), id).not.toBeNull();
    }
  });

  it('exports each format as a dated download', async () => {
    const services = fakeOptions();
    await show(<OptionsApp services={services} />);
    for (const kind of ['backup', 'annotations', 'analyses'] as const) await click(`export-${kind}`);
    expect(vi.mocked(services.exportFile).mock.calls.map(([kind]) => kind)).toEqual([
      'backup',
      'annotations',
      'analyses',
    ]);
    expect(vi.mocked(services.download).mock.calls.map(([, name]) => name)).toEqual([
      expect.stringMatching(/^backstory-backup-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^backstory-notes-\d{4}-\d{2}-\d{2}\.jsonld$/),
      expect.stringMatching(/^backstory-analyses-\d{4}-\d{2}-\d{2}\.jsonl$/),
    ]);
  });

  it('lists the sites Backstory is off on, switches one back on, and pauses', async () => {
    const services = fakeOptions();
    await show(<OptionsApp services={services} />);
    expect(all('disabled-site').map((li) => li.firstChild?.textContent)).toEqual([
      'blog.example',
      'news.example',
    ]);
    await act(() => all('disabled-site')[0]?.querySelector('button')?.click());
    await act(async () => {});
    expect(services.setSiteEnabled).toHaveBeenCalledWith('blog.example', true);
    expect(all('disabled-site')).toHaveLength(1);
    await click('options-pause');
    expect(services.setPaused).toHaveBeenCalledWith(true);
    expect(one<HTMLInputElement>('options-pause').checked).toBe(true);
  });
});
