import { describe, expect, test } from 'vitest';
import { starterActors } from '../kb/starter';
import { TOPICS } from '../kb/topics';
import { compileKb, readKb } from './compiled-kb';
import { createDetector, packagedBase } from './index';

const TEXTS = [
  'Turkish Foreign Minister Hakan Fidan met Sergei Lavrov in Moscow on Tuesday. Ankara and the Kremlin discussed the Istanbul talks.',
  'NATO and the EU warned Russia; Zelensky said Kyiv would not give up Crimea. The UN Security Council met.',
  'Erdoghan (sic) and Putin spoke about Gazprom and energy ties with Azerbaijan’s President Ilham Aliyev.',
  'In WASHINGTON, the U.S. Secretary of State Marco Rubio said Beijing must stop. Georgia and Jordan voted.',
  // Other scripts and languages, with their case forms and clitics (issue 13).
  'Министр иностранных дел Турции Хакан Фидан встретился с Сергеем Лавровым в Москве; Украина и НАТО ответили.',
  'Київ і Вашингтон обговорили санкції проти Росії; Зеленський прибув до Туреччини.',
  'Ankara’nın tutumu değişmedi: Dışişleri Bakanı Hakan Fidan Rusya ve Ukrayna ile görüştü.',
  'قال وزير الخارجية التركي هاكان فيدان إن أنقرة تدعم أوكرانيا، وانتقدت روسيا والولايات المتحدة.',
  '中国外交部表示，俄罗斯和乌克兰应在土耳其继续谈判，欧盟和美国表示欢迎。',
  'Le ministre turc Hakan Fidan a rencontré à Moscou son homologue ; l’Ukraine et la Russie ont parlé.',
];
const file = compileKb(starterActors());
const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;

describe('the packaged knowledge base', () => {
  test('finds exactly what a detector built from the same actors finds', () => {
    const built = createDetector({ actors: starterActors(), topics: TOPICS });
    const packaged = createDetector({ actors: [], topics: TOPICS, base: packagedBase(buffer) });
    for (const text of TEXTS) {
      const expected = built.detect(text);
      expect(expected.mentions.some((m) => m.actorId !== null)).toBe(true);
      expect(packaged.detect(text)).toEqual(expected);
    }
    expect(packaged.detect(TEXTS[0] as string).mentions.length).toBeGreaterThan(4);
  });

  test('the reader’s version of a packaged actor replaces it, and hidden actors are not found', () => {
    const base = packagedBase(buffer);
    const fidan = starterActors().find((a) => a.id === 'person:hakan-fidan');
    if (!fidan) throw new Error('no Fidan in the starter base');
    const edited = { ...fidan, aliases: [{ text: 'Hakan Bey', role: 'name' as const }], userAdded: true };
    const detector = createDetector({
      actors: [edited],
      topics: TOPICS,
      base,
      hidden: new Set(['state:RU']),
    });
    const found = (text: string) =>
      detector
        .detect(text)
        .mentions.filter((m) => m.actorId !== null)
        .map((m) => [text.slice(m.start, m.end), m.actorId]);
    expect(found('Hakan Fidan, or Hakan Bey, was in Russia.')).toEqual([
      ['Hakan Fidan', 'person:hakan-fidan'],
      ['Hakan Bey', 'person:hakan-fidan'],
    ]);
    expect(found('Fidan and Turkey')).toEqual([['Turkey', 'state:TR']]);
  });

  test('the reader’s own actors are found by their names beside the packaged base, learned ones too', () => {
    const learned = {
      id: 'learned:timur-sadikov',
      name: 'Timur Sadykov',
      kind: 'person' as const,
      description: '',
      aliases: [{ text: 'Sadykov', role: 'surname' as const }],
      learned: { key: 'timur sadikov', sources: [], firstSeen: null },
    };
    const detector = createDetector({ actors: [learned], topics: TOPICS, base: packagedBase(buffer) });
    const text =
      'In Bishkek, the deputy minister Timur Sadykov said fees would stay. Sadykov spoke in Moscow.';
    const found = detector.detect(text).mentions.filter((m) => m.actorId === learned.id);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Timur Sadykov', 'Sadykov']);
    // Matched by its name, not only as an unknown name that a near-miss lookup resolved (0.9).
    expect(found[0]?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  test('a file that is not a compiled base is refused with a reason', () => {
    expect(() => readKb(new ArrayBuffer(16))).toThrow(/not a compiled Backstory knowledge base/);
  });

  test.each([
    ['cut short', (b: Uint8Array) => b.slice(0, b.length - 100)],
    ['cut inside its header', (b: Uint8Array) => b.slice(0, 64)],
    ['with a byte too many', (b: Uint8Array) => Uint8Array.from([...b, 0])],
    ['with a broken header', (b: Uint8Array) => b.map((x, i) => (i === 8 ? 0x7b + 1 : x))],
  ])('a file %s is refused as truncated or corrupt, not read past its end', (_, damage) => {
    const damaged = damage(new Uint8Array(buffer)).buffer as ArrayBuffer;
    expect(() => readKb(damaged)).toThrow(/truncated or corrupt/);
  });

  test('the layout is read back exactly', () => {
    const kb = readKb(buffer);
    expect(kb.actorCount).toBe(starterActors().length);
    expect(kb.entryActor.length).toBe(kb.entryRole.length);
    expect(kb.trie.valueStart.at(-1)).toBe(kb.entryActor.length);
    expect(kb.blocks.map((_, b) => kb.blockKeys(b).length).reduce((x, y) => x + y, 0)).toBe(
      kb.blockStart.at(-1),
    );
    const fidan = starterActors().find((a) => a.id === 'person:hakan-fidan');
    expect(packagedBase(buffer).actor('person:hakan-fidan')).toEqual({
      id: fidan?.id,
      name: fidan?.name,
      kind: 'person',
      country: 'TR',
      description: fidan?.description,
      asOf: fidan?.asOf,
    });
    expect(packagedBase(buffer).actor('person:nobody')).toBeNull();
    // Every actor is found by its id, and its card-only text read from its own bytes.
    const base = packagedBase(buffer);
    for (const actor of starterActors()) {
      expect(base.has(actor.id)).toBe(true);
      expect(base.actor(actor.id)?.description).toBe(actor.description);
    }
    expect(base.has('')).toBe(false);
    expect(base.has('state:ZZ')).toBe(false);
  });
});
