import { describe, expect, test } from 'vitest';
import { starterActors } from '../kb/starter';
import { TOPICS } from '../kb/topics';
import { CONFIDENT, createDetector, type EntityMention } from './index';

// Issue 11, "Precise links": a name links to an actor only where the context supports that reading.
const detector = createDetector({ actors: starterActors(), topics: TOPICS });

/** The mention that starts at the `nth` (1-based) occurrence of `name` in `text`, if any. */
function mentionAt(text: string, name: string, nth = 1): EntityMention | undefined {
  let start = -1;
  for (let k = 0; k < nth; k++) start = text.indexOf(name, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return detector.detect(text).mentions.find((m) => m.start === start);
}

/** The actor `name` is confidently linked to there, or null. */
function linkOf(text: string, name: string, nth = 1): string | null {
  const m = mentionAt(text, name, nth);
  return m && m.confidence >= CONFIDENT ? m.actorId : null;
}

/** Every actor the mention at `name` names, confident or not. */
function anyLinkOf(text: string, name: string, nth = 1): string | null {
  return mentionAt(text, name, nth)?.actorId ?? null;
}

describe('a capital or metonym is its state where the government acts', () => {
  test.each([
    ['Beijing warned Taipei against the visit.', 'Beijing', 'state:CN'],
    ['Moscow said the talks would continue.', 'Moscow', 'state:RU'],
    ['The EU held talks with Moscow.', 'Moscow', 'state:RU'],
    ["Ankara's position has not changed.", 'Ankara', 'state:TR'],
    ['Kyiv faces pressure from Washington.', 'Washington', 'state:US'],
    ['Officials in Washington have asked for a readout.', 'Washington', 'state:US'],
    ['Diplomats in Beijing said the talks would go on.', 'Beijing', 'state:CN'],
    ['Few tourists in Beijing noticed.', 'Beijing', null],
    ['He sent a message to Moscow.', 'Moscow', 'state:RU'],
    ['Relations between Moscow and Kyiv worsened.', 'Moscow', 'state:RU'],
    ["In Moscow's view, the deal is dead.", 'Moscow', 'state:RU'],
    ['He made a sharp protest to the Tehran government.', 'Tehran', 'state:IR'],
    ['The Kremlin said the talks were useful.', 'Kremlin', 'state:RU'],
    ['The White House rejected the offer.', 'White House', 'state:US'],
    // At the start of a line but no dateline: a comma and a clause, no dash or bracket.
    ['Moscow, which denies it, said nothing.', 'Moscow', 'state:RU'],
  ])('%s → %s is %s', (text, name, actorId) => {
    expect(linkOf(text, name)).toBe(actorId);
  });
});

describe('a capital as a venue, a home, a workplace or a dateline is no state', () => {
  test.each([
    ['Leaders met at a summit in Hanoi last year.', 'Hanoi', 'state:VN', null],
    ['Delegations held talks in Istanbul.', 'Istanbul', 'state:TR', 'place:istanbul'],
    ['The conference was held in Geneva.', 'Geneva', 'state:CH', 'place:geneva'],
    ['The envoy arrived in Moscow on Sunday.', 'Moscow', 'state:RU', null],
    ['He spoke in London on Tuesday.', 'London', 'state:GB', null],
    ['The minister flew to Moscow.', 'Moscow', 'state:RU', null],
    ['Talks resumed in Doha.', 'Doha', 'state:QA', 'place:doha'],
    ['the Hanoi summit ended without a deal', 'Hanoi', 'state:VN', null],
    ['A London-based analyst said prices would rise.', 'London', 'state:GB', null],
    ['She lives in Paris with her husband.', 'Paris', 'state:FR', null],
    ['He works in Tokyo for a bank.', 'Tokyo', 'state:JP', null],
    ['The streets of Moscow were empty.', 'Moscow', 'state:RU', null],
    ['A Moscow court jailed him.', 'Moscow', 'state:RU', null],
    ['Putin hosted Xi at the Kremlin.', 'Kremlin', 'state:RU', null],
    ['Obama spoke at the White House before leaving.', 'White House', 'state:US', null],
    ['WASHINGTON — The president signed the bill.', 'WASHINGTON', 'state:US', null],
    ['MOSCOW (Reuters) - Russia said on Monday it would respond.', 'MOSCOW', 'state:RU', null],
    ["LONDON, March 3 - Britain's economy grew.", 'LONDON', 'state:GB', null],
    ['Moscow (AP) — Russia said on Monday it would respond.', 'Moscow', 'state:RU', null],
    ['By Jane Doe\nANKARA, Turkey (AP) — Parliament voted.', 'ANKARA', 'state:TR', null],
    ['BEIJING 1996-08-30\nChina said it would respond.', 'BEIJING', 'state:CN', null],
    ['Cairo—Gunmen opened fire on tourists.', 'Cairo', 'state:EG', null],
  ])('%s: %s is not %s (%s)', (text, name, state, city) => {
    expect(anyLinkOf(text, name)).not.toBe(state);
    expect(anyLinkOf(text, name)).toBe(city);
  });

  test('the state named in the dateline stays linked', () => {
    expect(linkOf('ANKARA, Turkey (AP) — Turkey said it would respond.', 'Turkey', 2)).toBe('state:TR');
  });
});

describe('a title is the office holder only when no one else is meant', () => {
  test.each([
    ['The German President spoke to reporters.', 'German President', 'person:frank-walter-steinmeier'],
    ['Russian President Vladimir Putin said no.', 'Russian President', 'person:vladimir-putin'],
    ['Turkish President Erdogan said no.', 'Turkish President', 'person:recep-tayyip-erdogan'],
  ])('%s → %s is %s', (text, name, actorId) => {
    expect(linkOf(text, name)).toBe(actorId);
  });

  test.each([
    ['Former German President Richard von Weizsäcker died in 2015.', 'German President'],
    ['The late German President Roman Herzog was honoured.', 'German President'],
    ['Then-Turkish President Abdullah Gül opened the bridge.', 'Turkish President'],
    ['Ex-Russian President Dmitry Medvedev spoke.', 'Russian President'],
    ['The previous Russian Foreign Minister Igor Ivanov retired.', 'Russian Foreign Minister'],
    ['The former Turkish President said no.', 'Turkish President'],
    ['Turkish Foreign Minister John Smith said the talks failed.', 'Turkish Foreign Minister'],
    ['Russian President Dmitry Medvedev said so in 2009.', 'Russian President'],
    ['A German President rarely speaks out.', 'German President'],
  ])('%s: %s links no one', (text, name) => {
    expect(anyLinkOf(text, name)).toBeNull();
  });

  test('a name after the title links through the name', () => {
    const text = 'Foreign Minister Sergey Lavrov said the West was to blame.';
    expect(linkOf(text, 'Sergey Lavrov')).toBe('person:sergey-lavrov');
    const other = detector.detect('Foreign Minister John Smith said the talks failed.').mentions;
    expect(other.filter((m) => m.actorId !== null)).toEqual([]);
  });
});

describe('a name shared with a company, a dish, a school or a team needs context', () => {
  test.each([
    ['The Emirates signed a deal with Israel.', 'Emirates', 'state:AE'],
    ['Chile said it would respond.', 'Chile', 'state:CL'],
    ['Jordan closed its border with Syria.', 'Jordan', 'state:JO'],
    ['Georgia held elections; Tbilisi was calm.', 'Georgia', 'state:GE'],
    ['Tbilisi, Georgia, is a city of a million people.', 'Georgia', 'state:GE'],
    ['Russia, Georgia and Armenia met in Moscow.', 'Georgia', 'state:GE'],
    ["Georgia's parliament passed the bill.", 'Georgia', 'state:GE'],
  ])('%s → %s is %s', (text, name, actorId) => {
    expect(linkOf(text, name)).toBe(actorId);
  });

  test.each([
    ['She flew Emirates to Dubai.', 'Emirates', 'state:AE'],
    ['An Emirates flight landed in Dubai.', 'Emirates', 'state:AE'],
    ['Beef Chili is on the menu.', 'Chili', 'state:CL'],
    ['Try the Beef Chili today.', 'Chili', 'state:CL'],
    ['Chile Airlines cancelled flights.', 'Chile', 'state:CL'],
    ['He studied at Georgia State University.', 'Georgia', 'state:GE'],
    ['Jordan Brand released a new shoe.', 'Jordan', 'state:JO'],
    ['He sold his Yahoo Japan shares.', 'Japan', 'state:JP'],
    ['Max Born and Pascual Jordan wrote the paper.', 'Jordan', 'state:JO'],
    ['Pilgrims waded into the Jordan River.', 'Jordan', 'state:JO'],
    ['The Cleveland Indians won again.', 'Indians', 'state:IN'],
  ])('%s: %s is not %s', (text, name, actorId) => {
    expect(linkOf(text, name)).not.toBe(actorId);
  });
});

describe('US states are not countries', () => {
  test.each([
    ["Georgia's governor signed the bill.", 'Georgia', 'state:GE'],
    ['He lives in Atlanta, Georgia, with his family.', 'Georgia', 'state:GE'],
    ['The Georgia Senate passed the bill.', 'Georgia', 'state:GE'],
    ['Voters in the state of Georgia went to the polls.', 'Georgia', 'state:GE'],
    ['Georgia lawmakers passed the bill.', 'Georgia', 'state:GE'],
    ['Seattle, Washington, is rainy.', 'Washington', 'state:US'],
    ['Washington state passed a law.', 'Washington', 'state:US'],
  ])('%s: %s is not %s', (text, name, actorId) => {
    expect(anyLinkOf(text, name)).not.toBe(actorId);
  });
});

describe('an unknown full name does not link through its surname', () => {
  test.each([
    ['Fred Trump built houses in Queens.', 'Trump', 1],
    ['Ivanka Trump attended the dinner.', 'Trump', 1],
    ['Heydar Aliyev ruled Azerbaijan until 2003.', 'Aliyev', 1],
    ['Donald Trump Jr. spoke at the rally.', 'Trump', 1],
    ['Ivanka Trump arrived. Trump said hello.', 'Trump', 2],
    ['Kirill Lavrov, an actor, died.', 'Lavrov', 1],
  ])('%s: %s (occurrence %i) is no known person', (text, name, nth) => {
    expect(linkOf(text, name, nth)).toBeNull();
  });

  test.each([
    ['Donald Trump arrived. Trump said the talks went well.', 'Trump', 2],
    ['President Trump said the talks went well.', 'Trump', 1],
    ['Yesterday Trump said no.', 'Trump', 1],
    ['Ivanka Trump met Donald Trump. Trump said hello.', 'Trump', 3],
    ['Sergei Lavrov met Hakan Fidan. Lavrov said the talks went well.', 'Lavrov', 2],
  ])('%s: %s (occurrence %i) is the known person', (text, name, nth) => {
    expect(linkOf(text, name, nth)).not.toBeNull();
  });
});
