// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { findArticleRoot } from './article-root';
import { collectText, collectTextInSlices } from './collect';
import { applyHighlights, applyHighlightsInSlices } from './highlight';

const PAGE = `
<header><nav><a href="/turkey">Turkey</a> <a href="/russia">Russia</a></nav></header>
<article>
  <header><h1>Fidan in Moscow</h1></header>
  <p>Turkish Foreign Minister Hakan <b>Fidan</b> met officials in Moscow.</p>
  <p>Ankara’s <a href="/x">mediation</a> continues.</p>
  <pre><code>Turkey = 1</code></pre>
  <form><label>Russia</label><input value="Turkey"></form>
  <div contenteditable="true">Turkey editable</div>
  <p hidden>Turkey hidden</p>
  <aside>Related: Turkey</aside>
  <p>${'Filler sentence about the talks. '.repeat(10)}</p>
</article>
<footer>Turkey footer</footer>`;

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('findArticleRoot', () => {
  test('takes the article, not the body', () => {
    expect(findArticleRoot(document)?.tagName).toBe('ARTICLE');
  });
  test('falls back to the body when nothing looks like an article', () => {
    document.body.innerHTML = '<div><p>Short.</p></div>';
    expect(findArticleRoot(document)).toBe(document.body);
  });
});

describe('collectText', () => {
  test('reads the article prose and nothing else', () => {
    const { text } = collectText(document.body);
    expect(text).toContain('Fidan in Moscow');
    expect(text).toContain('Hakan Fidan met officials');
    expect(text).toContain('Ankara’s mediation continues.');
    for (const hidden of ['Turkey = 1', 'Russia', 'Turkey editable', 'Turkey hidden', 'Related', 'footer']) {
      expect(text).not.toContain(hidden);
    }
  });
  test('segments map back to their text nodes', () => {
    const { text, segments } = collectText(document.body);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.node.data);
  });
});

describe('applyHighlights', () => {
  const spanOf = (text: string, words: string, actorId: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, actorId };
  };

  test('wraps names, across inline markup, and puts the page back exactly', () => {
    const before = document.body.innerHTML;
    const { text, segments } = collectText(document.body);
    const highlights = applyHighlights(segments, [
      spanOf(text, 'Hakan Fidan', 'person:hakan-fidan'),
      spanOf(text, 'Moscow', 'state:RU'),
      spanOf(text, 'Ankara’s', 'state:TR'),
    ]);
    const marks = [...document.querySelectorAll('[data-backstory-actor]')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-backstory-actor')])).toEqual([
      ['Moscow', 'state:RU'], // the headline
      ['Hakan ', 'person:hakan-fidan'],
      ['Fidan', 'person:hakan-fidan'],
      ['Ankara’s', 'state:TR'],
    ]);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.textContent)).toEqual([
      'Moscow',
      'Hakan ',
      'Ankara’s',
    ]);
    expect(document.querySelector('article p')?.textContent).toBe(
      'Turkish Foreign Minister Hakan Fidan met officials in Moscow.',
    );
    highlights.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  test('drops a span that crosses paragraphs or no longer fits the text', () => {
    const { text, segments } = collectText(document.body);
    const start = text.indexOf('Moscow.');
    const end = text.indexOf('Ankara') + 6;
    const highlights = applyHighlights(segments, [{ start, end, actorId: 'x' }]);
    expect(highlights.elements).toHaveLength(0);
  });
});

describe('in slices', () => {
  test('give the same text and highlights as at once, pausing between slices', async () => {
    const whole = collectText(document.body);
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    // A budget below zero pauses at every check: the most slices the walk can make.
    const sliced = await collectTextInSlices(document.body, pause, -1);
    expect(sliced.text).toBe(whole.text);
    const start = whole.text.indexOf('Hakan Fidan');
    const spans = [
      { start, end: start + 11, actorId: 'person:hakan-fidan' },
      { start: whole.text.indexOf('Ankara’s'), end: whole.text.indexOf('Ankara’s') + 8, actorId: 'state:TR' },
    ];
    const before = pauses;
    const highlights = await applyHighlightsInSlices(sliced.segments, spans, pause, -1);
    expect(pauses - before).toBe(3); // one per text node: "Hakan ", "Fidan", "Ankara’s"
    expect(highlights.elements.map((e) => e.textContent)).toEqual(['Hakan ', 'Fidan', 'Ankara’s']);
  });
  test('skip text the page removed meanwhile', async () => {
    const { text, segments } = collectText(document.body);
    const start = text.indexOf('Ankara’s');
    const highlights = await applyHighlightsInSlices(
      segments,
      [{ start, end: start + 8, actorId: 'state:TR' }],
      async () => {
        document.querySelectorAll('article p')[1]?.remove();
      },
      -1,
    );
    expect(highlights.elements).toEqual([]);
  });
});
