import { describe, expect, test } from 'vitest';
import { TOPICS } from '../kb/topics';
import { createDetector } from './index';
import { FIXTURE_ACTORS } from './test-fixtures';

const detector = createDetector({ actors: FIXTURE_ACTORS, topics: TOPICS });

/** Names not in the knowledge base, as `surface TYPE`. */
function unknown(text: string): string[] {
  return detector
    .detect(text)
    .mentions.filter((m) => m.actorId === null)
    .map((m) => `${text.slice(m.start, m.end)} ${m.type}`);
}

describe('names nobody listed are found and typed', () => {
  test.each([
    ['Talks resumed after Maria Schneider arrived.', ['Maria Schneider PER']],
    [
      'The deal was signed by Acme Holdings and the Bank of England.',
      ['Acme Holdings ORG', 'Bank of England ORG'],
    ],
    ['Flooding hit Rotterdam overnight.', ['Rotterdam LOC']],
    ['Mr Okonkwo said the vote was fair.', ['Okonkwo PER']],
    ['The mayor, Jan Kowalski, 54, resigned.', ['Jan Kowalski PER']],
    ['Shares in Douglas & Lomason fell.', ['Douglas & Lomason ORG']],
    ['The Red Sea route is closed.', ['Red Sea LOC']],
    ['Bowling by S. Waugh impressed.', ['S. Waugh PER']],
    ['Tackles by Joost van der Westhuizen stood out.', ['Joost van der Westhuizen PER']],
    ['A spell from Ata-ur-Rehman followed.', ['Ata-ur-Rehman PER']],
    ['The cabinet of John Major met.', ['John Major PER']],
    ['Romania - Cosmin Contra', ['Romania LOC', 'Cosmin Contra PER']],
    ['ROTTERDAM 1996-08-30\nTrading was quiet.', ['ROTTERDAM LOC']],
    ['Protests spread across the West Bank.', ['West Bank LOC']],
  ])('%s', (text, expected) => {
    expect(unknown(text)).toEqual(expected);
  });
});

describe('capitals that are not names are ignored', () => {
  test.each([
    ['However, the talks failed.', []],
    ['The meeting ended. Nobody spoke.', []],
    ['On Monday in January the talks began.', []],
    ["I'm sure it's over.", []],
    ['German Chancellor Helmut Kohl spoke.', ['Helmut Kohl PER']],
    ['West Indian all-rounder Phil Simmons took four wickets.', ['Phil Simmons PER']],
    ['Kurdish and Moslem groups met.', []],
    // Adjectives made from places the gazetteer knows are no names ("Chechen" from Chechnya).
    ['Chechen and Tajik troops met.', []],
  ])('%s', (text, expected) => {
    expect(unknown(text)).toEqual(expected);
  });
});

describe('headlines in capitals', () => {
  test.each([
    // A headline word counts only when the body vouches for it or the gazetteer knows it.
    ['TALKS STALL AS ROTTERDAM FLOODS\nRotterdam was flooded.', ['ROTTERDAM LOC', 'Rotterdam LOC']],
    ['OKONKWO WINS VOTE\nMr Okonkwo won the vote.', ['OKONKWO PER', 'Okonkwo PER']],
    ['MARKETS RALLY ON HOPES\nStocks rose.', []],
    ['FIGHTING IN NEW YORK\nNothing else.', ['NEW YORK LOC']],
  ])('%s', (text, expected) => {
    expect(unknown(text)).toEqual(expected);
  });
});

test('a lone surname keeps the type of the full name earlier in the document', () => {
  expect(unknown('Maria Schneider arrived. Later, Schneider left for Rotterdam.')).toEqual([
    'Maria Schneider PER',
    'Schneider PER',
    'Rotterdam LOC',
  ]);
});

test('a known name inside a longer organisation name gives way to it', () => {
  const text = 'Pilots at Air France and the Bank of Turkey lost jobs.';
  const found = detector.detect(text).mentions.map((m) => [text.slice(m.start, m.end), m.type, m.actorId]);
  expect(found).toEqual([
    ['Air France', 'ORG', null],
    ['Bank of Turkey', 'ORG', null],
  ]);
});

describe('near misses resolve to the known actor', () => {
  test.each([
    ['Zelensky spoke.', 'Zelensky', 'person:zelenskyy'],
    ['Volodymyr Zelenskiy spoke.', 'Volodymyr Zelenskiy', 'person:zelenskyy'],
    ['Erdoghan spoke.', 'Erdoghan', 'person:erdogan'],
    ['Hakan Fidann said so.', 'Hakan Fidann', 'person:hakan-fidan'],
  ])('%s', (text, surface, actorId) => {
    const m = detector.detect(text).mentions[0];
    expect(m && [text.slice(m.start, m.end), m.actorId]).toEqual([surface, actorId]);
  });

  // A short one-word name is one edit from too many others: "Fidam" is not Fidan.
  test.each(['Turkeys are birds.', 'Fidanza spoke.', 'Zelenograd is a town.', 'Fidam spoke.'])(
    '%s stays unresolved',
    (text) => {
      expect(detector.detect(text).mentions.every((m) => m.actorId === null)).toBe(true);
    },
  );
});

test('a near miss of a learned actor is another name, not the learned actor', () => {
  const learned = (name: string) => ({
    id: `learned:${name.toLowerCase().replace(/ /g, '-')}`,
    name,
    kind: 'person' as const,
    description: '',
    aliases: [],
    learned: { key: name.toLowerCase(), sources: [], firstSeen: null },
  });
  const actors = [...FIXTURE_ACTORS, learned('Timur Karamov')];
  const withLearned = createDetector({ actors, topics: TOPICS });
  const text = 'Timur Karalov met Timur Karamov.';
  const found = withLearned.detect(text).mentions.map((m) => `${text.slice(m.start, m.end)} ${m.actorId}`);
  expect(found).toEqual(['Timur Karalov null', 'Timur Karamov learned:timur-karamov']);
  // The same name in the knowledge base resolves the near miss.
  const { learned: _, ...known } = learned('Timur Karamov');
  const withKnown = createDetector({ actors: [...FIXTURE_ACTORS, known], topics: TOPICS });
  expect(withKnown.detect(text).mentions.map((m) => m.actorId)).toEqual([
    'learned:timur-karamov',
    'learned:timur-karamov',
  ]);
});

test('on a sports page a city is its club, a country its national team', () => {
  const text =
    'In league results, Rotterdam beat Dynamo Moscow 2-1 after Rotterdam scored twice; the match drew goals and points. Kenya beat Uganda.';
  const found = detector.detect(text).mentions.map((m) => `${text.slice(m.start, m.end)} ${m.type}`);
  expect(found).toEqual(['Rotterdam ORG', 'Dynamo Moscow ORG', 'Rotterdam ORG', 'Kenya LOC', 'Uganda LOC']);
});

test('a place naming an event is not a mention of the place', () => {
  const text = 'She won the U.S. Open in the US.';
  expect(detector.detect(text).mentions.map((m) => text.slice(m.start, m.end))).toEqual(['US']);
});

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
