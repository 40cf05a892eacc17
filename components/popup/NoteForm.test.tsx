// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { all, clickSave, fakeServices, one, open, PAGE, useFreshRoot, write } from './popup-test-kit';

useFreshRoot();

describe('the popup note form', () => {
  it('offers the page and each actor as note targets', async () => {
    await open(fakeServices());
    const options = [...one<HTMLSelectElement>('note-target').options].map((o) => [o.value, o.text]);
    expect(options).toEqual([
      ['page', 'This page'],
      ['person:hakan-fidan', 'Hakan Fidan'],
      ['state:TR', 'Türkiye'],
    ]);
  });

  it('saves a note on the chosen actor, shows it and clears the input', async () => {
    const services = fakeServices();
    await open(services);
    expect(one<HTMLButtonElement>('note-save').disabled).toBe(true);
    await write('  Mediator again.  ', 'state:TR');
    await clickSave();
    expect(services.saveNote).toHaveBeenCalledWith({
      text: 'Mediator again.',
      url: PAGE.url,
      pageTitle: PAGE.title,
      actorId: 'state:TR',
    });
    expect(all('note')[0]?.textContent).toContain('Mediator again.');
    expect(all('note')[0]?.textContent).toContain('Türkiye');
    expect(one<HTMLTextAreaElement>('note-input').value).toBe('');
    expect(document.activeElement).toBe(one('note-input'));
  });

  it('saves a page note with Ctrl+Enter, without an actorId', async () => {
    const services = fakeServices();
    await open(services);
    await write('On the page.');
    const ctrlEnter = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true });
    await act(() => void one('note-input').dispatchEvent(ctrlEnter));
    await act(async () => {});
    expect(services.saveNote).toHaveBeenCalledWith({
      text: 'On the page.',
      url: PAGE.url,
      pageTitle: PAGE.title,
    });
  });

  it('does not save whitespace', async () => {
    const services = fakeServices();
    await open(services);
    await write('   ');
    expect(one<HTMLButtonElement>('note-save').disabled).toBe(true);
  });

  it('shows an error and keeps the text when saving fails', async () => {
    const services = fakeServices({
      saveNote: vi.fn(async () => ({ ok: false, error: 'Disk full.' }) as const),
    });
    const root = await open(services);
    await write('Keep me.');
    await clickSave();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not save the note. Disk full.');
    expect(one<HTMLTextAreaElement>('note-input').value).toBe('Keep me.');
    expect(all('note')).toHaveLength(1);
  });

  it('still takes a page note on an unread http page the browser names', async () => {
    const services = fakeServices({
      pageState: vi.fn(async () => ({ ok: false, error: 'No receiver' }) as const),
    });
    await open(services, { url: 'https://blog.example/post', title: 'A post' });
    expect(one('not-read')).not.toBeNull();
    expect([...one<HTMLSelectElement>('note-target').options].map((o) => o.value)).toEqual(['page']);
    await write('Later.');
    await clickSave();
    expect(services.saveNote).toHaveBeenCalledWith({
      text: 'Later.',
      url: 'https://blog.example/post',
      pageTitle: 'A post',
    });
  });
});
