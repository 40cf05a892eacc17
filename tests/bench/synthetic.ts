import type { Actor, Topic } from '../../lib/model';

/** A small deterministic random source: the same seed gives the same library. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Picks with a long tail (Zipf-like): a few actors are in many analyses, most in few, as in real news. */
export function zipfPicker<T>(items: readonly T[], rand: () => number): () => T {
  const weights = items.map((_, i) => 1 / (i + 1) ** 0.9);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(
    (
      (sum) => (w: number) =>
        (sum += w / total)
    )(0),
  );
  return () => {
    const r = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  };
}

const FILLER = (
  'officials said the government would review its position after talks with partners in the region ' +
  'analysts expect the decision to shape relations for months while markets watched the statement closely ' +
  'the ministry declined to comment on reports of a new agreement but diplomats described the meeting as useful ' +
  'critics argued that the plan lacked detail and that parliament had not been consulted before the vote ' +
  'the announcement followed weeks of pressure from opposition parties and a series of protests in the capital'
).split(' ');

const GIVEN =
  'Timur Olga Marat Aliya Bakyt Dana Ruslan Zarina Yusuf Leyla Omar Nadia Karim Irina Pavel Sofia'.split(' ');
const SYLLABLES = 'ka ra mo li sa de vo tu bek nov zar mir tal gul pan rov shi ten'.split(' ');

/**
 * People in no knowledge base, for learning (issue 12): `count` made-up names ("Timur Karamov"),
 * each a given name and a surname of syllables, picked with a long tail like the actors.
 */
export function unknownPeople(count: number, rand: () => number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const given = GIVEN[Math.floor(rand() * GIVEN.length)] as string;
    let surname = '';
    for (let k = 0; k < 3; k++) surname += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    names.add(`${given} ${surname[0]?.toUpperCase()}${surname.slice(1)}ov`);
  }
  return [...names];
}

/**
 * One synthetic analysis of about `length` characters: sentences that name 3 to 8 actors (by name
 * or alias) and touch one or two topics, in filler prose.
 */
export function syntheticAnalysis(
  i: number,
  rand: () => number,
  pickActor: () => Actor,
  topics: readonly Topic[],
  length = 1500,
  pickPerson?: () => string,
): Record<string, unknown> {
  const actors = Array.from({ length: 3 + Math.floor(rand() * 6) }, pickActor);
  const terms = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => {
    const topic = topics[Math.floor(rand() * topics.length)] as Topic;
    return topic.terms[Math.floor(rand() * topic.terms.length)] as string;
  });
  const nameOf = (a: Actor) =>
    rand() < 0.7 || a.aliases.length === 0 ? a.name : (a.aliases[0]?.text ?? a.name);
  let text = '';
  let s = 0;
  while (text.length < length) {
    const words = Array.from(
      { length: 8 + Math.floor(rand() * 10) },
      () => FILLER[Math.floor(rand() * FILLER.length)],
    );
    const actor = actors[s % actors.length] as Actor;
    const term = terms[s % terms.length] as string;
    // Every fourth sentence names one of the people no knowledge base holds, when there are some.
    const who = pickPerson && s % 4 === 3 ? pickPerson() : nameOf(actor);
    const sentence = `${who} ${words.slice(0, 5).join(' ')} ${term} ${words.slice(5).join(' ')}.`;
    text += `${text ? ' ' : ''}${sentence}`;
    s += 1;
  }
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(rand() * 7 * 365) * 86_400_000);
  return {
    id: `bench:${i}`,
    url: `https://news.example/${i}`,
    title: `${actors[0]?.name} and ${actors[1]?.name}: ${terms[0]}`,
    source: `Outlet ${i % 40}`,
    publishedAt: day.toISOString(),
    text: text.slice(0, length + 200),
    origin: 'import',
  };
}
