import { describe, expect, test } from 'vitest';
import type { Actor, AliasRole } from '../model';
import { SAMPLE_ANALYSES } from './samples';
import { STARTER_KB_VERSION, starterActors } from './starter';

const actors = starterActors();
const byId = new Map(actors.map((a) => [a.id, a]));
const actor = (id: string): Actor => {
  const found = byId.get(id);
  if (!found) throw new Error(`no actor ${id}`);
  return found;
};
const roleOf = (id: string, text: string): AliasRole | undefined =>
  actor(id).aliases.find((a) => a.text === text)?.role;

describe('starterActors', () => {
  test('has unique ids and a version', () => {
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
    expect(STARTER_KB_VERSION).toBeGreaterThan(0);
  });

  test('has 195 states, including the two observer states', () => {
    const states = actors.filter((a) => a.kind === 'state');
    expect(states).toHaveLength(195);
    expect(states.every((s) => s.id === `state:${s.country}`)).toBe(true);
    expect(roleOf('state:VA', 'Holy See')).toBe('name');
    expect(roleOf('state:PS', 'Palestine')).toBe('name');
  });

  test.each(actors.map((a) => [a.id, a] as const))('%s has no empty or repeated alias', (_, a) => {
    const texts = a.aliases.map((x) => x.text);
    expect(texts.every((t) => t.trim() === t && t !== '')).toBe(true);
    expect(new Set(texts).size).toBe(texts.length);
    expect(a.description).not.toBe('');
  });

  test.each<[string, string, AliasRole]>([
    ['state:TR', 'Turkey', 'name'],
    ['state:TR', 'Türkiye', 'name'],
    ['state:TR', 'Turkish', 'demonym'],
    ['state:TR', 'Ankara', 'capital'],
    ['state:TR', 'Turkish government', 'official'],
    ['state:RU', 'the Kremlin', 'metonym'],
    ['state:RU', 'Kremlin', 'metonym'],
    ['state:RU', 'Moscow', 'capital'],
    ['state:US', 'United States', 'name'],
    ['state:US', 'U.S.', 'abbreviation'],
    ['state:US', 'US', 'abbreviation'],
    ['state:US', 'Washington', 'capital'],
    ['state:US', 'White House', 'metonym'],
    ['state:GB', 'Downing Street', 'metonym'],
    ['org:eu', 'Brussels', 'metonym'],
    ['org:eu', 'EU', 'abbreviation'],
    ['org:nato', 'NATO', 'name'],
    ['person:hakan-fidan', 'Fidan', 'surname'],
    ['person:hakan-fidan', "Turkey's Foreign Minister", 'title'],
    ['person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'name'],
    ['person:recep-tayyip-erdogan', 'Recep Tayyip Erdogan', 'name'],
    ['person:recep-tayyip-erdogan', 'Erdogan', 'surname'],
    ['person:vladimir-putin', 'Russian President', 'title'],
    ['person:volodymyr-zelenskyy', 'Zelensky', 'surname'],
    ['place:istanbul', 'Istanbul', 'name'],
  ])('%s has "%s" as %s', (id, text, role) => {
    expect(roleOf(id, text)).toBe(role);
  });

  test.each([
    'person:recep-tayyip-erdogan',
    'person:vladimir-putin',
    'person:sergey-lavrov',
    'person:mikhail-mishustin',
    'person:donald-trump',
    'person:marco-rubio',
  ])('includes %s', (id) => {
    expect(byId.has(id)).toBe(true);
  });

  test('every person has asOf, source and country', () => {
    for (const p of actors.filter((a) => a.kind === 'person')) {
      expect(p.asOf, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.source, p.id).toBeTruthy();
      expect(p.country, p.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  test('every country code names a starter state', () => {
    for (const a of actors.filter((x) => x.country)) expect(byId.has(`state:${a.country}`), a.id).toBe(true);
  });
});

describe('SAMPLE_ANALYSES', () => {
  test.each(SAMPLE_ANALYSES.map((s) => [s.id, s] as const))('%s is a labelled sample', (id, s) => {
    expect(id).toMatch(/^sample:[a-z0-9-]+$/);
    expect(s.origin).toBe('sample');
    expect(s.url).toBe('');
    expect(s.source).toMatch(/sample/i);
    expect(s.publishedAt.slice(0, 4)).toMatch(/^202[56]$/);
    const words = s.text.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(300);
  });

  test.each(['Fidan', 'Istanbul', 'energy'])('mention %s', (word) => {
    expect(SAMPLE_ANALYSES.some((s) => s.text.includes(word))).toBe(true);
  });

  test('have unique ids', () => {
    expect(new Set(SAMPLE_ANALYSES.map((s) => s.id)).size).toBe(SAMPLE_ANALYSES.length);
  });
});
