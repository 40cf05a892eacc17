// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { focusNextHighlight } from './highlight-focus';
import { markOwnHighlight } from './own-nodes';

beforeEach(() => {
  // "forged" is the page's own look-alike: never focused.
  document.body.innerHTML = `<p><backstory-highlight tabindex="0" id="a">A</backstory-highlight>
    <backstory-highlight id="b">B</backstory-highlight> <a href="#" id="link">x</a>
    <backstory-highlight tabindex="0" id="forged">F</backstory-highlight>
    <backstory-highlight tabindex="0" id="c">C</backstory-highlight></p>`;
  for (const id of ['a', 'b', 'c']) markOwnHighlight(document.getElementById(id) as HTMLElement, id);
  Element.prototype.scrollIntoView = () => undefined;
});

test.each([
  [null, 1, 'a'],
  [null, -1, 'c'],
  ['a', 1, 'b'],
  ['b', 1, 'c'],
  ['c', 1, 'a'],
  ['a', -1, 'c'],
  ['link', 1, 'a'],
] as const)('from %s going %d focuses %s', (from, direction, expected) => {
  if (from) (document.getElementById(from) as HTMLElement).focus();
  expect(focusNextHighlight(document, direction)?.id).toBe(expected);
  expect(document.activeElement?.id).toBe(expected);
});

test('a highlight outside the Tab order can still take focus, and nothing happens without highlights', () => {
  (document.getElementById('a') as HTMLElement).focus();
  focusNextHighlight(document, 1);
  expect(document.getElementById('b')?.getAttribute('tabindex')).toBe('-1');
  document.body.innerHTML = '<p>none</p>';
  expect(focusNextHighlight(document, 1)).toBeNull();
});
