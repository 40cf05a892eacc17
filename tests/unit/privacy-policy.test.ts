import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BackstoryDB } from '../../lib/db/database';

/**
 * PRIVACY.md says exactly what is stored and why each permission is asked for (issue 14): a table or
 * a permission added without a word in the policy fails here.
 */
const ROOT = join(import.meta.dirname, '../..');
const policy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');

test('the privacy policy names every table of the database', () => {
  const db = new BackstoryDB(`privacy-${crypto.randomUUID()}`);
  const tables = db.tables.map((t) => t.name);
  expect(tables.length).toBeGreaterThan(10);
  expect(
    tables.filter((name) => !policy.includes(`| \`${name}\``) && !policy.includes(`, \`${name}\``)),
  ).toEqual([]);
});

test('the privacy policy names every permission asked for at install', () => {
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const list = /\bpermissions:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
  // The list's own entries, one a line; the test build's host permission is not shipped.
  const permissions = [...list.matchAll(/^\s*'([A-Za-z]+)',?$/gm)].map((m) => m[1] as string);
  expect(permissions).toContain('unlimitedStorage');
  expect(permissions.filter((p) => !policy.includes(`\`${p}\``))).toEqual([]);
});
