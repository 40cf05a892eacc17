import type { Actor, Alias, LearnedFrom } from '../model';
import { consonantKey, isAbjad, latinForm } from './name-key';
import type { NameSighting } from './sightings';

/** One analysis that names a name, and how. */
export interface SeenIn {
  analysisId: string;
  source: string;
  publishedAt: string;
  count: number;
  firstOffset: number;
  firstLength: number;
}

/** A name seen in one analysis only, waiting for a second (stored: `nameSightings`). */
export interface PendingName {
  key: string;
  type: 'PER' | 'ORG';
  forms: string[];
  seen: SeenIn[];
}

/** What the library already decided about names, read before learning. */
export interface LearnerState {
  pending: readonly PendingName[];
  /** Learned actors by name key (a learned actor's key stays when the reader confirms or renames it). */
  learned: ReadonlyMap<string, Actor>;
  /** Keys the reader dismissed or merged into another actor: never learned again. */
  dismissed: ReadonlySet<string>;
  /** Keys of the names the reader's notes write: one analysis and a note make an actor. */
  noted: ReadonlySet<string>;
}

/** What learning changed: actors to write, their mentions, and the names still waiting. */
export interface Learned {
  /** New learned actors, and learned actors with new forms. */
  actors: Actor[];
  /** How many of `actors` are new. */
  added: number;
  /** Mentions of learned actors in analyses the detector did not link to them. */
  mentions: { actorId: string; seen: SeenIn }[];
  /** Names that now wait (new or seen again), and the keys that stopped waiting. */
  pending: PendingName[];
  learnedKeys: string[];
}

const SOURCES_SHOWN = 5;
/** Sources a learned actor keeps (the card names `SOURCES_SHOWN`, then how many more). */
const SOURCES_KEPT = 20;
/** Analyses kept on a waiting name: one is what it waits with; a few more cover re-imports. */
const SEEN_KEPT = 3;

/** The id of the actor learned from a name key. */
export function learnedId(key: string): string {
  return `learned:${key.replace(/[^a-z0-9]+/g, '-')}`;
}

/**
 * Learns actors from the names analyses use: a name the knowledge base does not hold becomes an actor
 * once two analyses name it, or one analysis and a note (issue 12). Pure: the caller reads the state
 * and writes `result()` (lib/db/learning.ts).
 */
export class Learner {
  private readonly pending = new Map<string, PendingName>();
  private readonly changed = new Set<string>();
  /** Consonant keys of Latin names, so that a name written in Arabic meets its Latin spelling. */
  private readonly latinByConsonants = new Map<string, string>();
  private readonly out = new Map<string, Actor>();
  private readonly mentions: Learned['mentions'] = [];
  private readonly learnedKeys: string[] = [];
  private added = 0;

  constructor(private readonly state: LearnerState) {
    for (const name of state.pending) {
      this.pending.set(name.key, { ...name, forms: [...name.forms], seen: [...name.seen] });
      this.index(name.key, name.forms[0] ?? '');
    }
    for (const [key, actor] of state.learned) this.index(key, actor.name);
  }

  /** Takes the names one analysis uses. */
  add(analysis: Omit<SeenIn, 'count' | 'firstOffset' | 'firstLength'>, names: readonly NameSighting[]): void {
    for (const name of names) {
      const key = this.keyOf(name);
      if (this.state.dismissed.has(key)) continue;
      const seen: SeenIn = {
        ...analysis,
        count: name.count,
        firstOffset: name.firstOffset,
        firstLength: name.firstLength,
      };
      const actor = this.out.get(key) ?? this.state.learned.get(key);
      if (actor) {
        this.attach(key, actor, name.forms, seen);
        continue;
      }
      let waiting = this.pending.get(key);
      if (!waiting) {
        waiting = { key, type: name.type, forms: [], seen: [] };
        this.pending.set(key, waiting);
        this.index(key, name.forms[0] ?? '');
      }
      for (const form of name.forms) if (!waiting.forms.includes(form)) waiting.forms.push(form);
      waiting.seen = [...waiting.seen.filter((s) => s.analysisId !== analysis.analysisId), seen];
      this.changed.add(key);
      if (waiting.seen.length >= 2 || this.state.noted.has(key)) this.learn(waiting);
      else if (waiting.seen.length > SEEN_KEPT) waiting.seen = waiting.seen.slice(-SEEN_KEPT);
    }
  }

  result(): Learned {
    const pending = [...this.changed].flatMap((key) => {
      const name = this.pending.get(key);
      return name ? [name] : [];
    });
    return {
      actors: [...this.out.values()],
      added: this.added,
      mentions: this.mentions,
      pending,
      learnedKeys: this.learnedKeys,
    };
  }

  private learn(name: PendingName): void {
    this.pending.delete(name.key);
    this.changed.delete(name.key);
    this.learnedKeys.push(name.key);
    const actor = learnedActor(name);
    this.added += 1;
    this.out.set(name.key, actor);
    for (const seen of name.seen) this.mentions.push({ actorId: actor.id, seen });
  }

  private attach(key: string, actor: Actor, forms: readonly string[], seen: SeenIn): void {
    this.mentions.push({ actorId: actor.id, seen });
    // Learned from its Arabic spelling, an actor takes the first Latin spelling met as its name.
    const latin = isAbjad(actor.name) ? forms.find((f) => /\s/.test(f) && !isAbjad(f)) : undefined;
    const name = latin ?? actor.name;
    const aliases = withForms(
      actor.aliases.filter((a) => a.text !== name),
      latin ? [actor.name, ...forms] : forms,
      actor.kind === 'person',
      name,
    );
    const learned = actor.learned && stillLearning(actor.learned, actor.description, seen.source);
    if (latin || aliases.length !== actor.aliases.length || learned) {
      this.out.set(key, { ...actor, name, aliases, ...learned });
    }
  }

  /** The key a name groups under: a name in Arabic script meets the Latin name with its consonants. */
  private keyOf(name: NameSighting): string {
    const form = name.forms[0] ?? '';
    const consonants = consonantKey(form);
    if (!isAbjad(form)) {
      // An actor learned from its Arabic spelling takes the Latin one as a form of it.
      const own = this.pending.has(name.key) || this.out.has(name.key) || this.state.learned.has(name.key);
      if (consonants && !own) {
        const abjadKey = `ab:${consonants}`;
        if (this.out.has(abjadKey) || this.state.learned.has(abjadKey)) return abjadKey;
      }
      const abjad = consonants ? this.pending.get(`ab:${consonants}`) : undefined;
      if (abjad && !this.pending.has(name.key)) {
        // The Arabic spelling waited under its consonants: it joins the Latin one.
        this.pending.delete(abjad.key);
        this.changed.delete(abjad.key);
        this.pending.set(name.key, { ...abjad, key: name.key });
        this.changed.add(name.key);
        this.learnedKeys.push(abjad.key);
      }
      return name.key;
    }
    return (consonants && this.latinByConsonants.get(consonants)) ?? `ab:${consonants ?? name.key}`;
  }

  private index(key: string, form: string): void {
    if (key.startsWith('ab:') || isAbjad(form)) return;
    const consonants = consonantKey(form);
    if (consonants && !this.latinByConsonants.has(consonants)) this.latinByConsonants.set(consonants, key);
  }
}

/** A new learned actor from a name that has waited long enough. */
export function learnedActor(name: PendingName): Actor {
  const person = name.type === 'PER';
  const full = name.forms.filter((f) => /\s/.test(f));
  // The Latin spelling most often, else the shortest form (a nominative, in Russian or Ukrainian).
  const latin = full.filter((f) => latinForm(f) === null);
  const pool = latin.length > 0 ? latin : full.length > 0 ? full : [name.key];
  const display = pool.reduce((a, b) => (b.length < a.length ? b : a));
  const sources = [...new Set(name.seen.map((s) => s.source).filter((s) => s !== ''))];
  const first = [...name.seen].sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1))[0];
  return {
    id: learnedId(name.key),
    name: display,
    kind: person ? 'person' : 'organisation',
    description: describeLearned(name.seen.length, sources),
    aliases: withForms([], name.forms, person, display),
    userAdded: true,
    learned: {
      key: name.key,
      sources: sources.slice(0, SOURCES_KEPT),
      firstSeen: first ? { analysisId: first.analysisId, publishedAt: first.publishedAt } : null,
    },
  };
}

/**
 * A learned actor named by one more analysis: its sources and the card's line as they are now, or null
 * when nothing changes. A description the reader wrote (not the card's line) stays theirs.
 */
function stillLearning(
  learned: LearnedFrom,
  description: string,
  source: string,
): Pick<Actor, 'learned' | 'description'> | null {
  const named = /^Learned from your library: named in (\d+) /.exec(description);
  const sources =
    source !== '' && !learned.sources.includes(source) && learned.sources.length < SOURCES_KEPT
      ? [...learned.sources, source]
      : learned.sources;
  if (!named && sources === learned.sources) return null;
  return {
    learned: { ...learned, sources },
    description: named ? describeLearned(Number(named[1]) + 1, sources) : description,
  };
}

/** The card's line for a learned actor: where it was learned. */
export function describeLearned(analyses: number, sources: readonly string[]): string {
  const from = sources.slice(0, SOURCES_SHOWN).join(', ');
  const more = sources.length > SOURCES_SHOWN ? ` and ${sources.length - SOURCES_SHOWN} more` : '';
  const where = from ? ` (${from}${more})` : '';
  return `Learned from your library: named in ${analyses} ${analyses === 1 ? 'analysis' : 'analyses'}${where}.`;
}

/**
 * Aliases with the forms added: each full form as a name, its Latin spelling where it is in another
 * script, and for a person the surname alone. `display` (the actor's name) is not repeated.
 */
function withForms(
  aliases: readonly Alias[],
  forms: readonly string[],
  person: boolean,
  display = '',
): Alias[] {
  const out = [...aliases];
  const have = new Set([display, ...aliases.map((a) => a.text)].map((t) => t.toLowerCase()));
  const push = (text: string, role: Alias['role']) => {
    if (text === '' || have.has(text.toLowerCase())) return;
    have.add(text.toLowerCase());
    out.push({ text, role });
  };
  for (const form of [display, ...forms]) {
    if (!/\s/.test(form)) {
      if (person && form !== '') push(form, 'surname');
      continue;
    }
    if (form !== display) push(form, 'name');
    // Without its short vowels a name in Arabic script spelled in Latin letters is no name ("Hdy Lmry").
    const latin = isAbjad(form) ? null : latinForm(form);
    if (latin) push(latin, 'name');
    if (person) push(form.slice(form.lastIndexOf(' ') + 1), 'surname');
  }
  return out;
}
