// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../lib/messaging/contract';
import { all, fakeServices, LEARNED, ok, one, open, PAGE, useFreshRoot } from './popup-test-kit';

useFreshRoot();

/** A page naming a known actor and a learned one (issue 12). */
const WITH_LEARNED = vi.fn(async () => ok<PageState | null>({ ...PAGE, actors: [...PAGE.actors, LEARNED] }));
const services = () => fakeServices({ pageState: WITH_LEARNED });

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => {});
}
async function click(id: string) {
  await act(() => one<HTMLElement>(id).click());
  await settle();
}
async function type(id: string, value: string) {
  await act(() => {
    const input = one<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const names = () => all('page-actor').map((li) => li.querySelector('.bs-actor-name')?.textContent);
const status = () => one('popup-actor-status').textContent;

describe('a learned actor in the popup', () => {
  it('says it was learned and offers the actions; known actors offer none', async () => {
    await open(services());
    const [fidan, turkey, learned] = all('page-actor');
    expect(learned?.textContent).toContain('Learned from your library');
    expect(learned?.querySelectorAll('[data-testid^="popup-learned-"]').length).toBe(5);
    expect(fidan?.querySelector('[data-testid="popup-learned"]')).toBeNull();
    expect(turkey?.querySelector('[data-testid="popup-learned"]')).toBeNull();
  });

  it('keeps it as the reader’s own: the background is asked, the actions go, the list says so', async () => {
    const s = services();
    await open(s);
    await click('popup-learned-confirm');
    expect(s.learned.confirm).toHaveBeenCalledWith(LEARNED.id);
    expect(all('popup-learned')).toEqual([]);
    expect(names()).toContain('Timur Sadykov');
    expect(status()).toBe('Timur Sadykov is now one of your actors.');
  });

  it('dismisses it: it leaves the list', async () => {
    const s = services();
    await open(s);
    await click('popup-learned-dismiss');
    expect(s.learned.dismiss).toHaveBeenCalledWith(LEARNED.id);
    expect(names()).toEqual(['Hakan Fidan', 'Türkiye']);
    expect(status()).toMatch(/dismissed and will not be learned again/);
  });

  it('what is done to it shows in the note form too: renamed there, gone once dismissed', async () => {
    const s = services();
    await open(s);
    const targets = () => [...one<HTMLSelectElement>('note-target').options].map((o) => o.textContent);
    expect(targets()).toContain('Timur Sadykov');
    await click('popup-learned-rename');
    await type('popup-rename-name', 'Timur B. Sadykov');
    await click('popup-rename-save');
    expect(targets()).toContain('Timur B. Sadykov');
    expect(targets()).not.toContain('Timur Sadykov');
    await click('popup-learned-dismiss');
    expect(targets()).not.toContain('Timur B. Sadykov');
    expect(targets()).toEqual(expect.arrayContaining(['Hakan Fidan', 'Türkiye']));
  });

  it('renames it and adds aliases; focus goes to the form', async () => {
    const s = services();
    await open(s);
    await click('popup-learned-rename');
    expect(document.activeElement).toBe(one('popup-rename-name'));
    await type('popup-rename-name', ' Timur B. Sadykov ');
    await type('popup-rename-aliases', 'T. Sadykov,  Тимур Садыков ,');
    await click('popup-rename-save');
    expect(s.learned.edit).toHaveBeenCalledWith(LEARNED.id, 'Timur B. Sadykov', [
      'T. Sadykov',
      'Тимур Садыков',
    ]);
    expect(names()).toContain('Timur B. Sadykov');
    expect(all('popup-learned')).toHaveLength(1);
  });

  it('merges it into an actor the reader finds by name, after confirming', async () => {
    const s = services();
    await open(s);
    await click('popup-learned-merge');
    expect(document.activeElement).toBe(one('popup-merge-search'));
    await type('popup-merge-search', 'fidan');
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await settle();
    expect(s.learned.find).toHaveBeenCalledWith('fidan');
    expect(all('popup-merge-option').map((b) => b.dataset.actor)).toEqual(['person:hakan-fidan']);
    expect(all('popup-merge-confirm')).toEqual([]);
    await click('popup-merge-option');
    await click('popup-merge-confirm');
    expect(s.learned.merge).toHaveBeenCalledWith(LEARNED.id, 'person:hakan-fidan');
    expect(names()).toEqual(['Hakan Fidan', 'Türkiye']);
    expect(status()).toBe('Timur Sadykov is now a name of Hakan Fidan.');
  });

  it('a failure says why and keeps the actor and its actions', async () => {
    const s = services();
    s.learned.dismiss = vi.fn(async () => ({ ok: false as const, error: 'Gone already.' }));
    await open(s);
    await click('popup-learned-dismiss');
    expect(root().querySelector('[role="alert"]')?.textContent).toBe('Could not dismiss it. Gone already.');
    expect(names()).toContain('Timur Sadykov');
    expect(all('popup-learned')).toHaveLength(1);
  });
});

const root = () => one('popup-actor-status').closest('main') as HTMLElement;
