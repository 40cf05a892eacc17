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
];
const file = compileKb(starterActors());
const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;

describe('the packaged knowledge base', () => {
  test('finds exactly what a detector built from the same actors finds', () => {
    const built = createDetector({ actors: starterActors(), topics: TOPICS });
    const packaged = createDetector({ actors: [], topics: TOPICS, base: packagedBase(buffer) });
    for (const text of TEXTS) expect(packaged.detect(text)).toEqual(built.detect(text));
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

  test('the layout is read back exactly', () => {
    const kb = readKb(buffer);
    expect(kb.actorCount).toBe(starterActors().length);
    expect(kb.entryActor.length).toBe(kb.entryRole.length);
    expect(kb.trie.valueStart.at(-1)).toBe(kb.entryActor.length);
    expect(kb.blockStart.at(-1)).toBe(kb.fuzzyKeys().length);
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
  });
});
