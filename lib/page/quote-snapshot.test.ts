// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { cleanSnapshot } from './snapshot';
import { quoteSelection } from './text-quote';

beforeEach(() => {
  document.body.innerHTML =
    '<p id="p">Turkish officials are keen to show that <backstory-highlight data-backstory-actor="state:TR">Ankara</backstory-highlight> can play a constructive role in efforts to end hostilities.</p><textarea id="t">Typed text</textarea>';
});

const select = (node: Node, start: number, endNode: Node, end: number) => {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
};

test('a selection across a highlight becomes exact text with context on both sides', () => {
  const p = document.getElementById('p') as HTMLElement;
  const first = p.firstChild as Text;
  const last = p.lastChild as Text;
  const quote = quoteSelection(
    select(first, first.data.indexOf('show'), last, last.data.indexOf(' in efforts')),
    12,
  );
  expect(quote).toEqual({
    exact: 'show that Ankara can play a constructive role',
    prefix: 'are keen to ',
    suffix: ' in efforts',
  });
});

test('nothing selected, or a selection in a form field, is no quote', () => {
  expect(quoteSelection(null)).toBeNull();
  const p = document.getElementById('p') as HTMLElement;
  expect(quoteSelection(select(p.firstChild as Text, 3, p.firstChild as Text, 3))).toBeNull();
  const t = document.getElementById('t') as HTMLElement;
  expect(quoteSelection(select(t.firstChild as Text, 0, t.firstChild as Text, 5))).toBeNull();
});

test('a snapshot carries no trace of Backstory and leaves the page alone', () => {
  const card = document.createElement('backstory-card');
  document.documentElement.append(card);
  const html = cleanSnapshot(document);
  expect(html).toContain('that Ankara can play');
  expect(html).not.toMatch(/backstory-(highlight|card)/);
  expect(document.querySelector('backstory-highlight')).not.toBeNull();
});
