// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText, extractArticle } from './extract-article';

const FILLER = 'The delegations met for a second day and agreed to keep talking about grain and prisoners. ';

const ARTICLE = `<!doctype html><html><head>
<title>Talks resume in Istanbul | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Ayşe Writer">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
  <h1>Talks resume in Istanbul</h1>
  <p>Turkish Foreign Minister Hakan <b>Fidan</b> opened the talks.${FILLER.repeat(3)}</p><p>Second paragraph.${FILLER.repeat(3)}</p>
  <p>Line one<br>line two.${FILLER.repeat(2)}</p>
</article>
<footer>Copyright Example News</footer>
</body></html>`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractArticle', () => {
  it('reads title, byline, site, date and the text with paragraph breaks', () => {
    const draft = extractArticle(parse(ARTICLE), 'https://news.example/talks');
    expect(draft).toMatchObject({
      url: 'https://news.example/talks',
      title: 'Talks resume in Istanbul',
      source: 'Example News',
      author: 'Ayşe Writer',
      publishedAt: '2024-03-05T09:30:00Z',
    });
    const paragraphs = draft?.text.split('\n\n') ?? [];
    expect(paragraphs[0]).toMatch(/^Turkish Foreign Minister Hakan Fidan opened the talks\./);
    expect(paragraphs[1]).toMatch(/^Second paragraph\./);
    expect(paragraphs[2]).toMatch(/^Line one line two\./);
    expect(draft?.text).not.toContain('Copyright');
    expect(draft?.text).not.toContain('Home');
  });

  it('falls back to the hostname for the source and leaves absent fields out', () => {
    const bare = `<html><head><title>Plain</title></head><body><article><p>${FILLER.repeat(6)}</p></article></body></html>`;
    const draft = extractArticle(parse(bare), 'https://www.blog.example/post');
    expect(draft?.source).toBe('blog.example');
    expect(draft).not.toHaveProperty('author');
    expect(draft).not.toHaveProperty('publishedAt');
  });

  it('leaves the document it was given alone', () => {
    const doc = parse(ARTICLE);
    extractArticle(doc, 'https://news.example/talks');
    expect(doc.querySelector('nav')).not.toBeNull();
    expect(doc.querySelector('footer')?.textContent).toBe('Copyright Example News');
  });

  it('returns null for a page with no article', () => {
    expect(extractArticle(parse('<html><body></body></html>'), 'https://x.example/')).toBeNull();
  });

  it('keeps markup in the page as text', () => {
    const html = `<html><body><article><p>${FILLER.repeat(5)} &lt;img src=x onerror=alert(1)&gt;</p></article></body></html>`;
    expect(extractArticle(parse(html), 'https://x.example/a')?.text).toContain(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('blockText', () => {
  it('sets blocks apart by blank lines and squeezes whitespace', () => {
    const root = parse('<div><h2>Head</h2>  <p>One\n  two</p><ul><li>A</li><li>B</li></ul></div>').body;
    expect(blockText(root)).toBe('Head\n\nOne two\n\nA\n\nB');
  });
});
