// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analysis, HOSTILE, note, pageActor } from '../../components/test-fixtures';
import { CardHost } from '../../entrypoints/content/card-host';
import type { CardData } from '../../lib/messaging/contract';

afterEach(() => {
  document.body.innerHTML = '';
  for (const card of document.querySelectorAll('backstory-card')) card.remove();
});

function data(): CardData {
  const { count: _count, ...actor } = pageActor();
  return {
    actor,
    analyses: [analysis({ title: `Memo ${HOSTILE}` })],
    notes: [note({ text: 'Ask the Ankara desk' })],
  };
}

function anchor(): HTMLElement {
  document.body.innerHTML = '<p>Talks with <backstory-highlight>Fidan</backstory-highlight>.</p>';
  return document.querySelector('backstory-highlight') as HTMLElement;
}

describe('CardHost', () => {
  test('keeps its shadow root closed: the page finds no way into what the card shows', () => {
    const card = new CardHost(document, { onOpenAnalysis: vi.fn(), onClose: vi.fn() });
    card.show(anchor(), { status: 'ready', data: data() });
    expect(card.element.isConnected).toBe(true);
    expect(card.element.shadowRoot).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain('Ask the Ankara desk');
    card.destroy();
  });

  test('tells the extension what it shows, markup from an analysis as text', () => {
    const card = new CardHost(document, { onOpenAnalysis: vi.fn(), onClose: vi.fn() });
    card.show(anchor(), { status: 'ready', data: data() });
    const view = card.view();
    expect(view.text).toContain('Hakan Fidan');
    expect(view.analyses.join(' ')).toContain(HOSTILE);
    expect(view.notes.join(' ')).toContain('Ask the Ankara desk');
    expect(view.markup).toBe(0);
    card.hide();
    expect(card.view()).toMatchObject({ open: false, text: '', analyses: [], notes: [] });
    card.destroy();
  });

  test('sizes its host the same for every card, and no page rule can hide it', () => {
    // The page can measure the host: its size must not tell how much the library holds (issue 14).
    const card = new CardHost(document, { onOpenAnalysis: vi.fn(), onClose: vi.fn() });
    const highlight = anchor();
    const { count: _count, ...actor } = pageActor();
    card.show(highlight, { status: 'ready', data: { actor, analyses: [], notes: [] } });
    const empty = card.element.getAttribute('style');
    card.show(highlight, { status: 'ready', data: data() });
    expect(card.element.getAttribute('style')).toBe(empty);
    for (const property of ['width', 'height', 'display', 'position', 'top', 'left']) {
      expect(card.element.style.getPropertyValue(property), property).not.toBe('');
      expect(card.element.style.getPropertyPriority(property), property).toBe('important');
    }
    card.destroy();
  });
});
