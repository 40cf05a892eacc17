import { describe, expect, test } from 'vitest';
import { TOPICS } from '../kb/topics';
import { createDetector } from './index';
import { FIXTURE_ACTORS } from './test-fixtures';

const detector = createDetector({ actors: FIXTURE_ACTORS, topics: TOPICS });

/** The names found that no actor holds, as `surface TYPE`. */
function unknown(text: string): string[] {
  return detector
    .detect(text)
    .mentions.filter((m) => m.actorId === null)
    .map((m) => `${text.slice(m.start, m.end)} ${m.type}`);
}

describe('a name in Arabic script is found after its title', () => {
  test.each([
    ['قال القائد أبو محمد الجولاني إن القوات انسحبت.', ['أبو محمد الجولاني PER']],
    ['التقى رئيس الوزراء العراقي محمد شياع السوداني بالوفد.', ['محمد شياع السوداني PER']],
    ['وأكد المتحدث باسم الحكومة أحمد الصحاف ذلك.', ['أحمد الصحاف PER']],
    ['استقبل الرئيس عبد الفتاح السيسي الوفد.', ['عبد الفتاح السيسي PER']],
    ['وصل ولي العهد والأمير محمد بن سلمان إلى الرياض.', ['محمد بن سلمان PER']],
    ['التقى الوزير هادي العامري وقال إن الاتفاق صامد.', ['هادي العامري PER']],
    // Joined to a preposition, the title still counts.
    ['اجتمع وفد بالقائد هادي العامري أمس.', ['هادي العامري PER']],
  ])('%s', (text, names) => {
    expect(unknown(text)).toEqual(names);
  });

  test.each([
    // One word after a title is as often a place or a thing.
    'قال الرئيس إن المحادثات مستمرة.',
    'زار الرئيس دمشق أمس.',
    // A title before an organisation heads it: no person is named.
    'قال رئيس شركة أرامكو إن الإنتاج ارتفع.',
    // No title, no name: Arabic has no capitals to go by.
    'هادي العامري قال إن الاتفاق صامد.',
  ])('%s names nobody', (text) => {
    expect(unknown(text).filter((n) => n.endsWith('PER'))).toEqual([]);
  });

  test('a known actor after a title stays the known actor', () => {
    const actors = FIXTURE_ACTORS.map((a) =>
      a.id === 'person:hakan-fidan'
        ? { ...a, aliases: [...a.aliases, { text: 'هاكان فيدان', role: 'native' as const }] }
        : a,
    );
    const text = 'قال وزير الخارجية التركي هاكان فيدان إن المحادثات مستمرة.';
    const found = createDetector({ actors, topics: TOPICS })
      .detect(text)
      .mentions.map((m) => `${text.slice(m.start, m.end)} ${m.actorId ?? m.type}`);
    expect(found).toEqual(['هاكان فيدان person:hakan-fidan']);
  });
});
