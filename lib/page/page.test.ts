// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findArticleRoot } from './article-root';
import { collectText, collectTextInSlices, type Segment } from './collect';
import { applyHighlights, applyHighlightsInSlices, type Span } from './highlight';

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

  test('gives the page back its own text nodes, whole, so its scripts keep what they hold', () => {
    const paragraph = document.querySelector('article p') as HTMLElement;
    // Two text nodes side by side, as script-built pages have: they must stay two.
    paragraph.append(document.createTextNode(' Again.'));
    const own = [...paragraph.childNodes];
    const { text, segments } = collectText(document.body);
    const highlights = applyHighlights(segments, [
      spanOf(text, 'Turkish', 'state:TR'),
      spanOf(text, 'Hakan Fidan', 'person:hakan-fidan'),
      spanOf(text, 'Moscow.', 'state:RU'),
    ]);
    expect(paragraph.childNodes.length).toBeGreaterThan(own.length);
    highlights.remove();
    expect([...paragraph.childNodes]).toEqual(own);
    expect((own[0] as Text).data).toBe('Turkish Foreign Minister Hakan ');
    expect((own[2] as Text).data).toBe(' met officials in Moscow.');
    expect((own[3] as Text).data).toBe(' Again.');
  });

  test('drops a span that crosses paragraphs or no longer fits the text', () => {
    const { text, segments } = collectText(document.body);
    const start = text.indexOf('Moscow.');
    const end = text.indexOf('Ankara') + 6;
    const highlights = applyHighlights(segments, [{ start, end, actorId: 'x' }]);
    expect(highlights.elements).toHaveLength(0);
  });
});

describe('a highlight that would move text', () => {
  // happy-dom has no layout: this one makes a paragraph marked `data-tight` one line taller as soon
  // as it holds a highlight, as a line that was full to the pixel is in a browser.
  beforeEach(() => {
    document.querySelectorAll('article p')[1]?.setAttribute('data-tight', '');
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const taller = this.matches('[data-tight]') && this.querySelector('backstory-highlight') !== null;
      return DOMRect.fromRect({ x: 0, y: 0, width: 600, height: taller ? 48 : 24 });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  test.each([
    ['at once', (segments: Segment[], spans: Span[]) => Promise.resolve(applyHighlights(segments, spans))],
    [
      'in slices',
      (segments: Segment[], spans: Span[]) => applyHighlightsInSlices(segments, spans, async () => {}),
    ],
  ])('is taken out again, %s, and only in that paragraph', async (_, apply) => {
    const tight = document.querySelector('[data-tight]') as HTMLElement;
    const before = tight.innerHTML;
    const { text, segments } = collectText(document.body);
    const highlights = await apply(segments, [
      {
        start: text.indexOf('Hakan Fidan'),
        end: text.indexOf('Hakan Fidan') + 11,
        actorId: 'person:hakan-fidan',
      },
      { start: text.indexOf('Ankara’s'), end: text.indexOf('Ankara’s') + 8, actorId: 'state:TR' },
    ]);
    expect(highlights.elements.map((e) => e.textContent)).toEqual(['Hakan ', 'Fidan']);
    expect(tight.innerHTML).toBe(before);
    expect(tight.querySelector('backstory-highlight')).toBeNull();
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
    const highlights = await applyHighlightsInSlices(sliced.segments, spans, pause, { sliceMs: -1 });
    expect(pauses - before).toBe(3); // one per text node: "Hakan ", "Fidan", "Ankara’s"
    expect(highlights.elements.map((e) => e.textContent)).toEqual(['Hakan ', 'Fidan', 'Ankara’s']);
  });
  test('show the first batch at once: the page gets the thread back right after it', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Turkey, paragraph ${i}.</p>`).join('');
    document.body.innerHTML = `<article>${paragraphs}</article>`;
    const { text, segments } = collectText(document.body);
    const spans = [...text.matchAll(/Turkey/g)].map((m) => ({
      start: m.index,
      end: m.index + 6,
      actorId: 'state:TR',
    }));
    const seenAtPause: number[] = [];
    const pause = async () => {
      seenAtPause.push(document.querySelectorAll('backstory-highlight').length);
    };
    // A budget far above this page's cost: only the first batch makes a pause.
    const highlights = await applyHighlightsInSlices(segments, spans, pause, { sliceMs: 60_000 });
    expect(seenAtPause).toEqual([32]);
    expect(highlights.elements).toHaveLength(40);
  });
  test('paint each highlight before it is in the page, with what the first text node asked for', async () => {
    const { text, segments } = collectText(document.body);
    const start = text.indexOf('Ankara’s');
    const asked: (string | null)[] = [];
    const connectedWhenPainted: boolean[] = [];
    const highlights = await applyHighlightsInSlices(
      segments,
      [
        {
          start: text.indexOf('Hakan Fidan'),
          end: text.indexOf('Hakan Fidan') + 11,
          actorId: 'person:hakan-fidan',
        },
        { start, end: start + 8, actorId: 'state:TR' },
      ],
      async () => {},
      {
        beforeWrapping: (first) => {
          asked.push(first?.data ?? null);
          return (element) => {
            connectedWhenPainted.push(element.isConnected);
            element.dataset.painted = 'yes';
          };
        },
      },
    );
    expect(asked).toEqual(['Turkish Foreign Minister Hakan ']);
    expect(connectedWhenPainted).toEqual([false, false, false]);
    expect(highlights.elements.map((e) => e.dataset.painted)).toEqual(['yes', 'yes', 'yes']);
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
      { sliceMs: -1 },
    );
    expect(highlights.elements).toEqual([]);
  });
});
