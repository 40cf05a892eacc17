import { describe, expect, test } from 'vitest';
import { fold } from '../../lib/db/search-words';
import { packagedActors } from '../../scripts/packaged-kb';

const actors = packagedActors();
const byId = new Map(actors.map((a) => [a.id, a]));
const names = (id: string) => {
  const a = byId.get(id);
  return a ? [a.name, ...a.aliases.map((x) => x.text)] : [];
};

describe('the packaged knowledge base', () => {
  test('holds at least 20,000 actors, each once, each with a name, kind, description and source', () => {
    expect(actors.length).toBeGreaterThanOrEqual(20_000);
    expect(byId.size).toBe(actors.length);
    // One assertion over all actors, not three per actor: 60,000 expect calls took 5-10 s on a busy machine.
    const bad = actors.filter(
      (a) => a.name.trim() === '' || a.description.trim() === '' || (a.source ?? '') === '',
    );
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  test.each([
    ['person', 'Kamala Harris'],
    ['organisation', 'Hamas'],
    ['place', 'Istanbul'],
    ['person', 'Joe Biden'],
  ])('a %s two sources have (%s) is one actor', (kind, name) => {
    const same = actors.filter((a) => a.kind === kind && names(a.id).some((n) => fold(n) === fold(name)));
    expect(same.map((a) => a.id)).toHaveLength(1);
  });

  test('a region named like its state’s capital is named with its type; the bare name stays the capital', () => {
    expect(byId.get('place:washington-us')?.name).toBe('Washington State');
    expect(names('place:washington-us')).not.toContain('Washington');
    expect(names('state:US')).toContain('Washington');
  });

  test.each([
    ['state:IS', 'Island'],
    ['state:IS', 'Ísland'],
    ['state:GD', 'Grenade'],
    ['place:chesterfield-gb', 'Sofá'],
  ])('%s has no one-word alias that is an English word (%s)', (id, alias) => {
    expect(byId.has(id)).toBe(true);
    expect(names(id)).not.toContain(alias);
  });

  test('a surname that names a place, a state or an organisation is not a surname alias', () => {
    const scotland = byId.get('person:baroness-scotland-of-asthal');
    expect(scotland?.aliases.filter((a) => a.role === 'surname')).toEqual([]);
    expect(byId.get('person:hakan-fidan')?.aliases).toContainEqual({ text: 'Fidan', role: 'surname' });
  });

  test.each(['Heritage', 'Dawn'])('a converted party named by a dictionary word (%s) is left out', (word) => {
    expect(actors.filter((a) => a.kind === 'organisation' && a.name === word)).toEqual([]);
  });

  test('a converted place keeps no two-character Chinese name and no native name that is a given name', () => {
    for (const a of actors.filter((x) => x.kind === 'place' && x.id.endsWith('-cn')).slice(0, 500))
      expect(a.aliases.filter((x) => x.role === 'native' && /^\p{Script=Han}{1,2}$/u.test(x.text))).toEqual(
        [],
      );
    expect(names('place:damascus-sy')).toContain('Damaskus');
    expect(names('place:damascus-sy')).not.toContain('Şam');
  });

  test('bare New York is the city; the state is New York State', () => {
    expect(names('place:new-york-city-us')).toContain('New York');
    expect(byId.get('place:new-york-us')?.name).toBe('New York State');
    expect(names('place:new-york-us')).not.toContain('New York');
    // Kansas City lies in Missouri, and Oklahoma City is no New York: their states keep their names.
    expect(names('place:kansas-city-us')).not.toContain('Kansas');
    expect(names('place:oklahoma-city-us')).not.toContain('Oklahoma');
  });

  test('a capital names its government in the languages the base has for the city', () => {
    const ua = byId.get('state:UA');
    expect(ua?.aliases).toContainEqual({ text: 'Киев', role: 'capital' });
    expect(
      byId
        .get('state:IR')
        ?.aliases.filter((a) => a.role === 'capital')
        .map((a) => a.text),
    ).toContain('طهران');
  });

  test('states keep their English names even when they are words, and curated abbreviations stay', () => {
    expect(names('state:TR')).toContain('Turkey');
    expect(names('state:CN')).toContain('China');
    expect(byId.get('org:who')?.aliases.map((a) => a.text)).toContain('WHO');
  });
});
