// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ActorsPanel } from './ActorsPanel';
import { all, click, FIDAN, fakeOptions, one, settle, show, type, useFreshRoot } from './options-test-kit';

useFreshRoot();

async function pick(name: string) {
  const button = all('actor-item')
    .find((li) => li.textContent?.includes(name))
    ?.querySelector('button');
  await act(() => button?.click());
  await settle();
}

describe('ActorsPanel', () => {
  it('lists actors by name, filters them by alias without accents, and shows a timeline', async () => {
    const services = fakeOptions();
    await show(<ActorsPanel services={services} />);
    expect(all('actor-item').map((li) => li.querySelector('button')?.textContent)).toEqual([
      'Hakan Fidan',
      'Türkiye',
    ]);
    await type('actor-filter', 'turkiye');
    expect(all('actor-item')).toHaveLength(1);
    await type('actor-filter', 'fidan');
    await pick('Hakan Fidan');
    expect(services.timeline).toHaveBeenCalledWith(FIDAN.id);
    expect(all('timeline-analysis')[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '/analysis.html?id=a1',
    );
    expect(all('timeline-note')[0]?.textContent).toContain('Watch his Gulf trips.');
  });

  it('deletes after confirming, offers Undo, and takes the delete back', async () => {
    const undo = vi.fn(async () => {});
    const services = fakeOptions({ deleteActor: vi.fn(async () => ({ notesKept: 2, undo })) });
    await show(<ActorsPanel services={services} />);
    await pick('Hakan Fidan');
    await click('actor-delete');
    expect(services.deleteActor).not.toHaveBeenCalled();
    await click('actor-delete-confirm');
    expect(services.deleteActor).toHaveBeenCalledWith(FIDAN.id);
    expect(one('undo-toast').textContent).toContain('Deleted Hakan Fidan. 2 notes stay on their pages.');
    expect(document.activeElement).toBe(one('undo'));
    expect(services.knowledgeChanged).toHaveBeenCalledTimes(1);
    await click('undo');
    expect(undo).toHaveBeenCalledTimes(1);
    expect(one('undo-toast')).toBeNull();
    expect(services.knowledgeChanged).toHaveBeenCalledTimes(2);
  });

  it('adds an actor with aliases and roles, marked as the reader’s', async () => {
    const services = fakeOptions();
    await show(<ActorsPanel services={services} />);
    await click('actor-add');
    await type('actor-name', '  Mark Rutte ');
    await click('alias-add');
    await act(() => {
      const row = all('alias-row')[0];
      const input = row?.querySelector('input') as HTMLInputElement;
      input.value = 'Rutte';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const select = row?.querySelector('select') as HTMLSelectElement;
      select.value = 'surname';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click('alias-add'); // an empty row is dropped on save
    await click('actor-save');
    expect(services.saveActor).toHaveBeenCalledWith(
      expect.objectContaining({
        id: expect.stringMatching(/^user:/),
        name: 'Mark Rutte',
        kind: 'person',
        aliases: [{ text: 'Rutte', role: 'surname' }],
        userAdded: true,
      }),
    );
    expect(services.knowledgeChanged).toHaveBeenCalled();
  });

  it('refuses an actor without a name, in words', async () => {
    const services = fakeOptions();
    await show(<ActorsPanel services={services} />);
    await click('actor-add');
    await click('actor-save');
    expect(one('actor-form').querySelector('[role="alert"]')?.textContent).toBe('An actor needs a name.');
    expect(services.saveActor).not.toHaveBeenCalled();
  });

  it('merges one actor into another after confirming', async () => {
    const services = fakeOptions();
    await show(<ActorsPanel services={services} />);
    await pick('Hakan Fidan');
    await act(() => {
      const select = one<HTMLSelectElement>('merge-target');
      select.value = 'state:TR';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click('merge');
    await click('merge-confirm');
    expect(services.mergeActors).toHaveBeenCalledWith(FIDAN.id, 'state:TR');
    expect(services.knowledgeChanged).toHaveBeenCalled();
  });

  it('exports one actor as Markdown', async () => {
    const services = fakeOptions();
    await show(<ActorsPanel services={services} />);
    await pick('Hakan Fidan');
    await click('actor-markdown');
    expect(services.actorMarkdown).toHaveBeenCalledWith(FIDAN.id);
    expect(services.download).toHaveBeenCalledWith(expect.any(Blob), 'Hakan-Fidan.md');
  });

  it('keeps or dismisses a learned actor, and only a learned one offers it', async () => {
    const learned = {
      id: 'learned:timur-sadikov',
      name: 'Timur Sadykov',
      kind: 'person' as const,
      description: 'Learned from your library: named in 2 analyses (Grain Wire).',
      aliases: [],
      userAdded: true,
      learned: { key: 'timur sadikov', sources: ['Grain Wire'], firstSeen: null },
    };
    const services = fakeOptions({ listActors: vi.fn(async () => [FIDAN, learned]) });
    await show(<ActorsPanel services={services} />);
    await pick('Hakan Fidan');
    expect(one('actor-confirm')).toBeNull();
    await pick('Timur Sadykov');
    expect(one('actor-detail').textContent).toContain('learned from your library');
    await click('actor-confirm');
    expect(services.confirmLearned).toHaveBeenCalledWith(learned.id);
    await click('actor-dismiss');
    expect(services.dismissLearned).toHaveBeenCalledWith(learned.id);
    expect(services.knowledgeChanged).toHaveBeenCalledTimes(2);
  });
});
