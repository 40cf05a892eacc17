import type { Actor, ActorKind, Alias } from '../model';

const a = (
  id: string,
  kind: ActorKind,
  name: string,
  country: string | undefined,
  aliases: Alias[],
): Actor => ({
  id,
  kind,
  name,
  description: '',
  aliases,
  ...(country ? { country } : {}),
});

/** A small knowledge base for tests: the reference analysis's actors plus ambiguous names. */
export const FIXTURE_ACTORS: Actor[] = [
  a('state:TR', 'state', 'Turkey', 'TR', [
    { text: 'Türkiye', role: 'official' },
    { text: 'Republic of Türkiye', role: 'official' },
    { text: 'Ankara', role: 'capital' },
    { text: 'Turkish', role: 'demonym' },
    { text: 'Turks', role: 'demonym' },
  ]),
  a('person:hakan-fidan', 'person', 'Hakan Fidan', 'TR', [{ text: 'Fidan', role: 'surname' }]),
  a('person:erdogan', 'person', 'Recep Tayyip Erdoğan', 'TR', [{ text: 'Erdoğan', role: 'surname' }]),
  a('state:RU', 'state', 'Russia', 'RU', [
    { text: 'Russian Federation', role: 'official' },
    { text: 'Moscow', role: 'capital' },
    { text: 'the Kremlin', role: 'metonym' },
    { text: 'Russian', role: 'demonym' },
  ]),
  a('state:UA', 'state', 'Ukraine', 'UA', [
    { text: 'Kyiv', role: 'capital' },
    { text: 'Ukrainian', role: 'demonym' },
  ]),
  a('person:zelenskyy', 'person', 'Volodymyr Zelenskyy', 'UA', [{ text: 'Zelenskyy', role: 'surname' }]),
  a('state:US', 'state', 'United States', 'US', [
    { text: 'US', role: 'abbreviation' },
    { text: 'U.S.', role: 'abbreviation' },
    { text: 'USA', role: 'abbreviation' },
    { text: 'Washington', role: 'capital' },
    { text: 'American', role: 'demonym' },
  ]),
  a('place:europe', 'place', 'Europe', undefined, [{ text: 'European', role: 'demonym' }]),
  a('state:AZ', 'state', 'Azerbaijan', 'AZ', [{ text: 'Baku', role: 'capital' }]),
  a('place:nagorno-karabakh', 'place', 'Nagorno-Karabakh', 'AZ', [{ text: 'Karabakh', role: 'short' }]),
  a('state:SY', 'state', 'Syria', 'SY', [{ text: 'Damascus', role: 'capital' }]),
  a('person:al-sharaa', 'person', 'Ahmed al-Sharaa', 'SY', [{ text: 'al-Sharaa', role: 'surname' }]),
  a('state:IR', 'state', 'Iran', 'IR', [{ text: 'Tehran', role: 'capital' }]),
  a('place:istanbul', 'place', 'Istanbul', 'TR', []),
  a('place:ankara', 'place', 'Ankara', 'TR', []),
  a('state:GE', 'state', 'Georgia', 'GE', [{ text: 'Tbilisi', role: 'capital' }]),
  a('place:georgia-us', 'place', 'Georgia', 'US', [{ text: 'Atlanta', role: 'capital' }]),
  a('state:JO', 'state', 'Jordan', 'JO', [{ text: 'Amman', role: 'capital' }]),
  a('person:michael-jordan', 'person', 'Michael Jordan', 'US', [{ text: 'Jordan', role: 'surname' }]),
  a('place:washington-dc', 'place', 'Washington, D.C.', 'US', [{ text: 'Washington', role: 'name' }]),
  a('state:FR', 'state', 'France', 'FR', [{ text: 'Paris', role: 'capital' }]),
  a('place:paris', 'place', 'Paris', 'FR', []),
  a('org:un', 'organisation', 'United Nations', undefined, [{ text: 'UN', role: 'abbreviation' }]),
  a('org:nato', 'organisation', 'NATO', undefined, [
    { text: 'North Atlantic Treaty Organization', role: 'official' },
  ]),
  a('state:CN', 'state', 'China', 'CN', [{ text: '中国', role: 'native' }]),
];
