/** Sample records shared by the component tests. */
import type { PageActor, RelatedAnalysis } from '../lib/messaging/contract';
import type { Note } from '../lib/model';

/** Markup a hostile or careless import might carry; no test may ever see it become an element. */
export const HOSTILE = '<img src=x onerror="globalThis.pwned=1">';

export function analysis(overrides: Partial<RelatedAnalysis> = {}): RelatedAnalysis {
  return {
    id: 'a1',
    title: 'Ankara mediates again',
    source: 'Example Review',
    url: 'https://example.org/a1',
    publishedAt: '2024-03-05',
    snippet: { before: 'Talks hosted by ', match: 'Hakan Fidan', after: ' resumed.' },
    score: 1,
    sharedActorIds: ['person:hakan-fidan'],
    sharedTopicIds: ['mediation'],
    ...overrides,
  };
}

export function note(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n1',
    text: 'Watch his Gulf trips.',
    url: 'https://news.example/story',
    pageTitle: 'A story',
    actorId: 'person:hakan-fidan',
    createdAt: Date.UTC(2024, 0, 2),
    updatedAt: Date.UTC(2024, 0, 2),
    ...overrides,
  };
}

export function pageActor(overrides: Partial<PageActor> = {}): PageActor {
  return {
    id: 'person:hakan-fidan',
    name: 'Hakan Fidan',
    kind: 'person',
    description: 'Foreign minister of Türkiye',
    asOf: '2024-06-01',
    count: 3,
    ...overrides,
  };
}
