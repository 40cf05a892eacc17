import type { Actor, ActorKind, Note } from '../model';
import type { AnalysisDraft } from './analyses';

/** For the seed's tests: a packaged actor as knowledge base `version` describes it. */
export const actor = (
  id: string,
  kind: ActorKind,
  name: string,
  version: number,
  aliases: string[] = [],
): Actor => ({
  id,
  kind,
  name,
  description: `${name}, as of knowledge base ${version}`,
  aliases: aliases.map((text) => ({ text, role: 'name' })),
  source: 'test',
});

/** For the seed's tests: a note, on a page or on `actorId`. */
export const note = (id: string, actorId?: string): Note => ({
  id,
  text: `Note ${id}`,
  url: `https://news.test/${id}`,
  pageTitle: id,
  createdAt: 1,
  updatedAt: 1,
  ...(actorId ? { actorId } : {}),
});

/** For the seed's tests: the one sample analysis a knowledge base brings. */
export const SAMPLE: AnalysisDraft = {
  id: 'sample:oldman',
  url: '',
  title: 'Sample',
  source: 'Test',
  publishedAt: '2026-01-01T00:00:00Z',
  origin: 'sample',
  addedAt: 1,
  text: 'Hakan Fidan met Ivan Oldman in Ankara.',
};
