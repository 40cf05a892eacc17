// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { pageTheme, parseColor } from './page-theme';

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.innerHTML = '';
});

function nameIn(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('#name') as Element;
}

describe('pageTheme', () => {
  test.each([
    ['a dark page', 'background-color: rgb(17, 17, 17)', '', '<p><b id="name">Fidan</b></p>', 'dark'],
    [
      'a dark page, whatever the highlight itself is painted with',
      'background-color: rgb(17, 17, 17)',
      '',
      '<p><b id="name" style="background-color: rgb(250, 204, 21)">Fidan</b></p>',
      'dark',
    ],
    [
      'a white page that says nothing',
      'background-color: rgb(255, 255, 255)',
      '',
      '<p id="name">x</p>',
      null,
    ],
    ['no background at all', '', '', '<p id="name">x</p>', null],
    [
      'a light page that can be dark',
      'background-color: rgb(250, 250, 250)',
      'color-scheme: light dark',
      '<p id="name">x</p>',
      'light',
    ],
    [
      'a dark box on a white page',
      'background-color: rgb(255, 255, 255)',
      '',
      '<aside style="background-color: rgb(20, 24, 32)"><p><span id="name">x</span></p></aside>',
      'dark',
    ],
    [
      'a faint tint over a dark page is not a light background',
      'background-color: rgb(10, 10, 10)',
      '',
      '<p style="background-color: rgba(255, 255, 255, 0.1)"><span id="name">x</span></p>',
      'dark',
    ],
  ])('%s', (_, bodyStyle, rootStyle, html, expected) => {
    document.body.setAttribute('style', bodyStyle);
    document.documentElement.setAttribute('style', rootStyle);
    expect(pageTheme(nameIn(html))).toBe(expected);
  });
});

describe('parseColor', () => {
  test.each([
    ['rgb(1, 2, 3)', { r: 1, g: 2, b: 3, a: 1 }],
    ['rgba(1, 2, 3, 0.5)', { r: 1, g: 2, b: 3, a: 0.5 }],
    ['rgb(1 2 3 / 50%)', { r: 1, g: 2, b: 3, a: 0.5 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['transparent', null],
    ['color(srgb 1 0 0)', null],
  ])('%s', (css, expected) => {
    expect(parseColor(css)).toEqual(expected);
  });
});
