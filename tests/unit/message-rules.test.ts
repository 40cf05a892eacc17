import { expect, test } from 'vitest';
import type { DetectorCache } from '../../lib/background/detector-cache';
import { createHandlers } from '../../lib/background/handlers';
import { learnedHandlers } from '../../lib/background/learned-handlers';
import { BackstoryDB } from '../../lib/db/database';
import { REQUEST_SCHEMAS } from '../../lib/messaging/schemas';
import { sourceHandlers } from '../../lib/sources/handlers';
import type { SourceScheduler } from '../../lib/sources/scheduler';
import { type Field, requestFields } from './contract-types';

/**
 * House rule (issue 14): the contract, the request schemas and the handlers name the same methods,
 * and each schema checks exactly the fields its request declares. A field the schema lacks is
 * dropped before the handler sees it; one the contract lacks is never sent.
 */
const declared = requestFields('BackgroundMethods');
const sorted = (keys: Iterable<string>) => [...keys].sort();

test('every method of the contract has a request schema and a handler, and nothing else has', () => {
  const db = new BackstoryDB('never-opened');
  const handlers = {
    ...createHandlers({
      db,
      detectors: {} as DetectorCache,
      openTab: async () => {},
      viewerUrl: (id) => id,
      refreshTabs: async () => {},
    }),
    ...learnedHandlers({ db, knowledgeChanged: async () => {} }),
    ...sourceHandlers({
      db,
      scheduler: {} as SourceScheduler,
      releasePermission: async () => false,
      now: Date.now,
    }),
  };
  expect(declared.size).toBeGreaterThan(10);
  expect(sorted(Object.keys(REQUEST_SCHEMAS))).toEqual(sorted(declared.keys()));
  expect(sorted(Object.keys(handlers))).toEqual(sorted(declared.keys()));
});

test.each([...declared])('the %s schema checks the fields its request declares', (method, fields) => {
  const schema = REQUEST_SCHEMAS[method as keyof typeof REQUEST_SCHEMAS] as unknown as {
    type: string;
    entries?: Record<string, { type: string }>;
  };
  expect(schema.type).toBe('object');
  const checked: Field[] = Object.entries(schema.entries ?? {})
    .map(([key, entry]) => ({ key, optional: entry.type === 'optional' }))
    .sort((a, b) => a.key.localeCompare(b.key));
  expect(checked).toEqual(fields);
});
