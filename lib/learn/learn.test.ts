import { describe, expect, test } from 'vitest';
import { createDetector } from '../detect';
import { FIXTURE_ACTORS } from '../detect/test-fixtures';
import { TOPICS } from '../kb/topics';
import type { Actor } from '../model';
import { junkReason } from './junk';
import { Learner, type LearnerState, learnedId } from './learner';
import { nameKey } from './name-key';
import { noteNameKeys } from './note-names';
import { namesIn } from './sightings';

const detector = createDetector({ actors: FIXTURE_ACTORS, topics: TOPICS });
const names = (text: string) => namesIn(detector.detect(text), text);
const empty = (): LearnerState => ({
  pending: [],
  learned: new Map(),
  dismissed: new Set(),
  noted: new Set(),
});
const seen = (id: string, source = 'Channel') => ({
  analysisId: id,
  source,
  publishedAt: '2026-01-01T00:00:00Z',
});

describe('namesIn', () => {
  test('a surname after the full name is the same actor (coreference)', () => {
    const found = names(
      'Deputy minister Timur Sadykov met traders on Monday. Sadykov said the grain deal held.',
    );
    const sadykov = found.find((n) => n.key === nameKey('Timur Sadykov'));
    expect(sadykov).toMatchObject({ type: 'PER', count: 2, forms: ['Timur Sadykov', 'Sadykov'] });
  });

  test('a role word a Russian sentence starts with is not part of the name', () => {
    const found = names('Депутат Ольга Ковальчук потребовала проверки. С Ольгой Ковальчук согласились.');
    expect(found.find((n) => n.key === nameKey('Olga Kovalchuk'))?.forms).toEqual([
      'Ольга Ковальчук',
      'Ольгой Ковальчук',
    ]);
  });

  test('inflected Russian forms of one name are one sighting', () => {
    const found = names('Вчера Ольга Ковальчук выступила в Раде. Депутаты поддержали Ольгу Ковальчук.');
    const keys = found.map((n) => n.key);
    expect(keys.filter((k) => k === nameKey('Olga Kovalchuk'))).toHaveLength(1);
  });
});

describe('junkReason', () => {
  const junk = (text: string, name: string, type: 'PER' | 'ORG' = 'ORG') => {
    const start = text.indexOf(name);
    return junkReason(text, start, start + name.length, type);
  };
  test.each([
    ['The Department of Health and Human Services said so.', 'Human Services'],
    ["China's People's Liberation Army moved ships.", 'Liberation Army'],
    ['She signed with T-Mobile US last year.', 'Mobile US'],
    ['The new LED TV sold out.', 'LED TV'],
    ['He bought an iPhone Pro in May.', 'iPhone Pro'],
    ['Leaders met at the Budget Summit in May.', 'Budget Summit'],
    ['The Galaxy S24 sold well.', 'Galaxy S24'],
    ['Everyone said Good Morning to him.', 'Good Morning'],
    ['The minister spoke in Ankara. Photograph: Getty Images', 'Getty Images'],
  ])('%s: "%s" is junk', (text, name) => {
    expect(junk(text, name)).not.toBeNull();
  });
  // A given name the name lists lack: a person's title before it vouches for it, nothing else does.
  test.each([
    ['Talks went on. Daring Fireball reported it.', 'Daring Fireball'],
    ['The first Navigation Roadblocks came in May.', 'Navigation Roadblocks'],
    ['Shipping firms and Stavros Nikolaidis agreed.', 'Stavros Nikolaidis'],
  ])('%s: "%s" is not learned as a person', (text, name) => {
    expect(junk(text, name, 'PER')).toBe('no given name');
  });
  test.each([
    ['Deputy minister Timur Sadykov met traders.', 'Timur Sadykov', 'PER'],
    ['The shipper Azov Maritime Holdings said.', 'Azov Maritime Holdings', 'ORG'],
    ['Grace Brown, the envoy, said.', 'Grace Brown', 'PER'],
    ['The lawmaker Olha Kovalchuk said.', 'Olha Kovalchuk', 'PER'],
    ['Shipping Minister Stavros Nikolaidis said.', 'Stavros Nikolaidis', 'PER'],
    ['Mr. Aibek Dzhumabaev, the deputy, said.', 'Aibek Dzhumabaev', 'PER'],
    ['The commander Bakyt Usenov spoke.', 'Bakyt Usenov', 'PER'],
  ] as const)('%s: "%s" may be learned', (text, name, type) => {
    expect(junk(text, name, type)).toBeNull();
  });
});

describe('Learner', () => {
  const sadykov = names('Timur Sadykov said the deal held.');
  test('one analysis is not enough; a second makes the actor (threshold)', () => {
    const learner = new Learner(empty());
    learner.add(seen('a1'), sadykov);
    expect(learner.result().added).toBe(0);
    expect(learner.result().pending.map((p) => p.key)).toEqual([nameKey('Timur Sadykov')]);
    learner.add(seen('a1'), sadykov);
    expect(learner.result().added).toBe(0);
    learner.add(seen('a2', 'Другой канал'), names('Тимур Садыков заявил, что сделка в силе.'));
    const result = learner.result();
    expect(result.added).toBe(1);
    expect(result.pending).toEqual([]);
    const actor = result.actors[0];
    expect(actor).toMatchObject({
      id: learnedId(nameKey('Timur Sadykov')),
      name: 'Timur Sadykov',
      kind: 'person',
    });
    expect(actor?.description).toContain('Channel, Другой канал');
    expect(actor?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Тимур Садыков', 'Sadykov']));
    expect(result.mentions.map((m) => m.seen.analysisId)).toEqual(['a1', 'a2']);
  });

  test('one analysis and a note make an actor', () => {
    const learner = new Learner({
      ...empty(),
      noted: new Set(noteNameKeys('Ask Timur Sadykov about grain.')),
    });
    learner.add(seen('a1'), sadykov);
    expect(learner.result().added).toBe(1);
  });

  test('a dismissed name is never learned again', () => {
    const learner = new Learner({ ...empty(), dismissed: new Set([nameKey('Timur Sadykov')]) });
    learner.add(seen('a1'), sadykov);
    learner.add(seen('a2'), sadykov);
    expect(learner.result()).toMatchObject({ added: 0, pending: [] });
  });

  test('a name in Arabic script meets its Latin spelling (transliteration)', () => {
    const learner = new Learner(empty());
    learner.add(seen('a1'), [
      {
        key: nameKey('هادي العامري'),
        type: 'PER',
        forms: ['هادي العامري'],
        count: 1,
        firstOffset: 0,
        firstLength: 12,
      },
    ]);
    learner.add(seen('a2'), names('The commander Hadi al-Amiri said the militia would stay.'));
    const result = learner.result();
    expect(result.added).toBe(1);
    expect(result.actors[0]?.aliases.map((a) => a.text)).toContain('هادي العامري');
  });

  test('the card line of a learned actor counts later analyses and names their sources, a few then "and N more"', () => {
    const first = new Learner(empty());
    first.add(seen('a1', 'Grain Wire'), sadykov);
    first.add(seen('a2', 'Grain Wire'), sadykov);
    const learnt = first.result().actors[0];
    if (!learnt?.learned) throw new Error('not learned');
    let actor: Actor = learnt;
    expect(actor.description).toBe('Learned from your library: named in 2 analyses (Grain Wire).');
    for (const [i, source] of [
      'Bishkek Today',
      'Port Desk',
      'Corridor',
      'Odesa Daily',
      'Steppe',
      'Ledger',
    ].entries()) {
      const later: Learner = new Learner({ ...empty(), learned: new Map([[learnt.learned.key, actor]]) });
      later.add(seen(`b${i}`, source), sadykov);
      actor = later.result().actors[0] ?? actor;
    }
    expect(actor.learned?.sources).toHaveLength(7);
    expect(actor.description).toBe(
      'Learned from your library: named in 8 analyses (Grain Wire, Bishkek Today, Port Desk, Corridor, Odesa Daily and 2 more).',
    );
    // A description the reader wrote stays theirs; the sources still grow.
    const edited = { ...actor, description: 'Deputy transport minister' };
    const again = new Learner({ ...empty(), learned: new Map([[learnt.learned.key, edited]]) });
    again.add(seen('c1', 'New Channel'), sadykov);
    const [after] = again.result().actors;
    expect(after?.description).toBe('Deputy transport minister');
    expect(after?.learned?.sources).toContain('New Channel');
  });

  test('a learned actor takes the new forms later analyses use', () => {
    const first = new Learner(empty());
    first.add(seen('a1'), sadykov);
    first.add(seen('a2'), sadykov);
    const actor = first.result().actors[0];
    if (!actor?.learned) throw new Error('not learned');
    const later = new Learner({ ...empty(), learned: new Map([[actor.learned.key, actor]]) });
    later.add(seen('a3'), names('Встреча с Тимуром Садыковым прошла в Бишкеке.'));
    const result = later.result();
    expect(result.added).toBe(0);
    expect(result.mentions.map((m) => m.seen.analysisId)).toEqual(['a3']);
    expect(result.actors[0]?.aliases.map((a) => a.text)).toContain('Тимуром Садыковым');
  });
});
