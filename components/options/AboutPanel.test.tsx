// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { KB_CREDITS } from '../../lib/kb/credits';
import { AboutPanel } from './AboutPanel';
import { fakeOptions, one, show, useFreshRoot } from './options-test-kit';

useFreshRoot();

describe('AboutPanel', () => {
  it('credits every source of the knowledge base with its licence, and says how many actors it has', async () => {
    await show(<AboutPanel services={fakeOptions()} />);
    const credits = one('kb-credits').textContent ?? '';
    for (const credit of KB_CREDITS) {
      expect(credits).toContain(credit.name);
      expect(credits).toContain(credit.licence);
    }
    expect(credits).toContain('ODbL 1.0');
    expect(one('kb-status').textContent).toMatch(/knows 19,000 actors/);
  });

  it('shows the first seed’s progress while it runs', async () => {
    const knowledgeStatus = vi.fn(async () => ({
      actors: 195,
      version: 0,
      seeding: true,
      done: 2500,
      total: 19000,
    }));
    await show(<AboutPanel services={fakeOptions({ knowledgeStatus })} />);
    expect(one('kb-status').textContent).toMatch(/2,500 of 19,000 actors/);
  });
});
