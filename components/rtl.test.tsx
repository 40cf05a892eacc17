// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { ActorCard } from './ActorCard';
import { AnalysisView } from './AnalysisView';
import { ActorList } from './popup/ActorList';
import { TopicList } from './popup/TopicList';
import { analysis, note, pageActor } from './test-fixtures';
import { freshRoot } from './test-root';

const root = freshRoot();

const ARABIC = {
  name: 'هاكان فيدان',
  description: 'وزير خارجية تركيا',
  title: 'أنقرة تعرض الوساطة مجددا',
  source: 'مراجعة الشرق',
  snippet: { before: 'قال ', match: 'هاكان فيدان', after: ' إن المحادثات ستستأنف.' },
  note: 'راقب جولاته في الخليج.',
  quote: 'المحادثات في إسطنبول',
  text: 'الفقرة الأولى من التحليل.\nالفقرة الثانية عن الطاقة.',
};
const RTL = /[\u0590-\u08ff]/u;

/**
 * Every text node with right-to-left letters sits in an element that takes its direction from its own
 * text (`dir="auto"`) or isolates it (`<bdi>`): an Arabic title in an English interface reads right to
 * left, and its neutral characters do not reorder the text around it.
 */
function expectIsolated(container: Element): number {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!RTL.test(node.nodeValue ?? '')) continue;
    count++;
    const holder = node.parentElement?.closest('[dir], bdi');
    expect(holder && container.contains(holder), node.nodeValue ?? '').toBe(true);
    if (holder?.tagName !== 'BDI') expect(holder?.getAttribute('dir')).toBe('auto');
  }
  return count;
}

test('the card isolates right-to-left names, titles, sources, snippets, notes and quotes', async () => {
  const { count: _count, ...actor } = pageActor({ name: ARABIC.name, description: ARABIC.description });
  const data = {
    actor,
    analyses: [analysis({ title: ARABIC.title, source: ARABIC.source, snippet: ARABIC.snippet })],
    notes: [note({ text: ARABIC.note, quote: { exact: ARABIC.quote, prefix: '', suffix: '' } })],
  };
  await act(() =>
    render(
      <ActorCard state={{ status: 'ready', data }} onOpenAnalysis={() => {}} onClose={() => {}} />,
      root,
    ),
  );
  expect(expectIsolated(root)).toBeGreaterThanOrEqual(7);
  await act(() =>
    render(
      <ActorCard
        state={{ status: 'ready', data: { ...data, analyses: [], notes: [] } }}
        onOpenAnalysis={() => {}}
        onClose={() => {}}
      />,
      root,
    ),
  );
  // The name inside "No prior analyses mention … yet." too.
  expect(expectIsolated(root)).toBeGreaterThanOrEqual(3);
});

test('the analysis reader isolates its title, byline, actors and paragraphs', async () => {
  const view = {
    id: 'a1',
    title: ARABIC.title,
    source: ARABIC.source,
    author: ARABIC.name,
    url: '',
    publishedAt: '2026-11-28',
    text: ARABIC.text,
    actors: [{ id: 'person:hakan-fidan', name: ARABIC.name, kind: 'person' as const, description: '' }],
  };
  await act(() => render(<AnalysisView state={{ status: 'ready', analysis: view }} />, root));
  expect(expectIsolated(root)).toBeGreaterThanOrEqual(5);
});

test('the popup isolates actor names and topic labels', async () => {
  await act(() =>
    render(
      <div>
        <ActorList actors={[pageActor({ name: ARABIC.name })]} />
        <TopicList topics={[{ id: 'user:x', label: 'الوساطة', score: 1 }]} />
      </div>,
      root,
    ),
  );
  expect(expectIsolated(root)).toBe(2);
});
