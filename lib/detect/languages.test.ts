import { describe, expect, test } from 'vitest';
import type { Actor, ActorKind, Alias, AliasRole } from '../model';
import { CONFIDENT, createDetector } from './index';
import { identifyLanguage } from './language';

const actor = (id: string, kind: ActorKind, name: string, country: string, aliases: [string, AliasRole][]) =>
  ({
    id,
    kind,
    name,
    country,
    description: '',
    aliases: aliases.map(([text, role]): Alias => ({ text, role })),
  }) satisfies Actor;

const ACTORS: Actor[] = [
  actor('state:TR', 'state', 'Turkey', 'TR', [
    ['Türkiye', 'name'],
    ['Турция', 'native'],
    ['Туреччина', 'native'],
    ['تركيا', 'native'],
    ['ترکیه', 'native'],
    ['土耳其', 'native'],
    ['Ankara', 'capital'],
    ['Анкара', 'capital'],
    ['турецкий', 'demonym'],
    ['تركي', 'demonym'],
    ['türkisch', 'demonym'],
  ]),
  actor('state:RU', 'state', 'Russia', 'RU', [
    ['Россия', 'native'],
    ['Rusya', 'native'],
    ['Russland', 'native'],
    ['Russie', 'native'],
    ['Кремль', 'metonym'],
    ['Moskova', 'capital'],
  ]),
  actor('state:UA', 'state', 'Ukraine', 'UA', [
    ['Україна', 'native'],
    ['Украина', 'native'],
    ['Ukrayna', 'native'],
    ['أوكرانيا', 'native'],
  ]),
  actor('state:EG', 'state', 'Egypt', 'EG', [['مصر', 'native']]),
  actor('org:eu', 'organisation', 'European Union', '', [
    ['Европейский союз', 'name'],
    ['Europäische Union', 'name'],
  ]),
  actor('person:keir-starmer', 'person', 'Keir Starmer', 'GB', [
    ['Кир Стармер', 'name'],
    ['Starmer', 'surname'],
  ]),
  actor('person:dmitry-peskov', 'person', 'Dmitry Peskov', 'RU', [['Peskov', 'surname']]),
  actor('person:donald-trump', 'person', 'Donald Trump', 'US', [['唐纳德·特朗普', 'name']]),
  actor('person:ali-khamenei', 'person', 'Ali Khamenei', 'IR', [['خامنه‌ای', 'surname']]),
  actor('place:peskovo', 'place', 'Peskovo', 'RU', []),
];
const detector = createDetector({ actors: ACTORS, topics: [] });

function linked(text: string): [string, string][] {
  return detector
    .detect(text)
    .mentions.filter((m) => m.actorId !== null && m.confidence >= CONFIDENT)
    .map((m) => [text.slice(m.start, m.end), m.actorId as string]);
}

describe('names in languages', () => {
  test.each([
    ['ru', 'Делегация Турции прибыла вчера.', [['Турции', 'state:TR']]],
    ['ru', 'Встреча с Россией состоялась.', [['Россией', 'state:RU']]],
    ['ru', 'Переговоры с Киром Стармером прошли вчера.', [['Киром Стармером', 'person:keir-starmer']]],
    ['ru', 'Министр Турции Хакан Фидан прибыл.', [['Турции', 'state:TR']]],
    ['ru', 'Представитель Кремля промолчал.', [['Кремля', 'state:RU']]],
    ['ru', 'Решение Европейского союза осудили.', [['Европейского союза', 'org:eu']]],
    ['ru', 'Визит турецкого министра.', [['турецкого', 'state:TR']]],
    ['uk', 'Україні потрібна допомога.', [['Україні', 'state:UA']]],
    ['ru', 'Так заявил Дмитрий Песков.', [['Дмитрий Песков', 'person:dmitry-peskov']]],
    [
      'ru',
      'Дмитрий Песков ответил. Слова Пескова процитировали.',
      [
        ['Дмитрий Песков', 'person:dmitry-peskov'],
        ['Пескова', 'person:dmitry-peskov'],
      ],
    ],
    [
      'tr',
      "Heyet Moskova'ya gitti ve Ukrayna'daki durumu konuştu.",
      [
        ['Moskova', 'state:RU'],
        ['Ukrayna', 'state:UA'],
      ],
    ],
    ['tr', "Türkiye'yi ziyaret etti.", [['Türkiye', 'state:TR']]],
    [
      'fr',
      "La position de l'Ukraine et d'Ankara a changé.",
      [
        ['Ukraine', 'state:UA'],
        ['Ankara', 'state:TR'],
      ],
    ],
    [
      'de',
      'Russlands Regierung und die türkische Seite verhandeln über die Europäischen Union.',
      [
        ['Russlands', 'state:RU'],
        ['türkische', 'state:TR'],
        ['Europäischen Union', 'org:eu'],
      ],
    ],
    [
      'ar',
      'أعلنت الحكومة التركية دعمها لأوكرانيا ومصر.',
      [
        ['التركية', 'state:TR'],
        ['لأوكرانيا', 'state:UA'],
        ['ومصر', 'state:EG'],
      ],
    ],
    [
      'fa',
      'ترکيه و خامنه‌ای',
      [
        ['ترکيه', 'state:TR'],
        ['خامنه‌ای', 'person:ali-khamenei'],
      ],
    ],
    [
      'zh',
      '美国总统唐纳德·特朗普会见了土耳其代表。',
      [
        ['唐纳德·特朗普', 'person:donald-trump'],
        ['土耳其', 'state:TR'],
      ],
    ],
  ])('%s: %s', (_lang, text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  test.each([
    // A romanised word names only people: "Песково" is not the village Peskovo.
    ['ru', 'Деревня Песково опустела.'],
    // German endings are not applied to an English text.
    ['en', 'The Russlands were late.'],
    // A case ending after a stem of three letters or fewer is too ambiguous alone ("Кира", "Кире").
    ['ru', 'Кира пришла домой.'],
  ])('%s: nothing linked in %s', (_lang, text) => {
    expect(linked(text)).toEqual([]);
  });
});

describe('identifyLanguage', () => {
  test.each([
    ['Министр иностранных дел Турции прибыл в Москву на переговоры.', 'ru'],
    ['Міністр закордонних справ Туреччини прибув до Києва.', 'uk'],
    ["Türkiye Dışişleri Bakanı Hakan Fidan Moskova'ya gitti.", 'tr'],
    ['وزير الخارجية التركي زار موسكو يوم الاثنين.', 'ar'],
    ['وزیر خارجه ترکیه به مسکو سفر کرد.', 'fa'],
    ["Le ministre s'est rendu à Moscou pour discuter du cessez-le-feu.", 'fr'],
    ['Der Außenminister reiste nach Moskau, um über die Waffenruhe zu sprechen.', 'de'],
    ['El ministro viajó a Moscú para hablar del alto el fuego.', 'es'],
    ['土耳其外长抵达莫斯科，与俄罗斯外长会谈。', 'zh'],
    ['The foreign minister travelled to Moscow for talks on the ceasefire.', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(identifyLanguage(text)).toBe(lang);
    expect(detector.detect(text).lang).toBe(lang);
  });

  test('no letters, no language', () => {
    expect(identifyLanguage('12 345 — 678')).toBeUndefined();
    expect(detector.detect('').lang).toBeUndefined();
  });
});

describe('a word of one name that is an inflected form of another', () => {
  // "المصري" is a word of the party's name and Egypt's adjective with the article; "России" is a word
  // of the bank's name and a case of "Россия": each reading is walked, the longer match wins.
  const both = createDetector({
    actors: [
      actor('state:EG', 'state', 'Egypt', 'EG', [
        ['مصر', 'native'],
        ['مصري', 'demonym'],
      ]),
      actor('org:wafd', 'organisation', 'Wafd Party', 'EG', [['حزب الوفد المصري', 'native']]),
      actor('state:RU', 'state', 'Russia', 'RU', [['Россия', 'native']]),
      actor('org:rosbank', 'organisation', 'Rosbank', 'RU', [['Банк России', 'name']]),
    ],
    topics: [],
  });
  test.each([
    ['ar', 'قال الرئيس المصري إن المحادثات مستمرة.', [['المصري', 'state:EG']]],
    ['ar', 'فاز حزب الوفد المصري بمقعدين.', [['حزب الوفد المصري', 'org:wafd']]],
    ['ru', 'Делегация России прибыла.', [['России', 'state:RU']]],
    ['ru', 'Глава Банк России выступил.', [['Банк России', 'org:rosbank']]],
  ])('%s: %s', (_lang, text, expected) => {
    const found = both
      .detect(text)
      .mentions.filter((m) => m.actorId !== null && m.confidence >= CONFIDENT)
      .map((m) => [text.slice(m.start, m.end), m.actorId as string]);
    expect(found).toEqual(expected);
  });
});
