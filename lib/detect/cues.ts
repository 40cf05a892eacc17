import type { AliasEntry } from './alias-index';
import { foldWord } from './fold';

/**
 * Context words that tell which reading of a name is meant. General English newsroom vocabulary,
 * not names: they decide between a capital as a city and as its government, or a surname and a state.
 * The first five lists become `Cue` bits per word (`word-facts.ts`); the rest are read by `resolve.ts`
 * for the few words around a known name.
 */

const set = (s: string) => new Set(s.split(' '));

/** Before a name, these make it a place: "in Ankara", "flew to Moscow". */
export const PLACE_BEFORE = set(
  'in at near to from into outside inside across around via visited visit visiting toward towards arrived reached north south east west northern southern eastern western central',
);

/** After a name, these make it an agent (a government, an organisation, a person): "Moscow warned". */
export const AGENT_AFTER = set(
  'said says say told warned warns announced announces insisted accused accuses rejected rejects demanded demands urged urges denied denies claimed claims wants wanted believes responded agreed agrees refused refuses threatened threatens signed signs condemned condemns pledged pledges vowed vows called calls sought seeks hopes has had will would could should must may might',
);

/** Before a name, these make it an agent too: "talks with Ankara", "pressure on Moscow". */
export const AGENT_BEFORE = set('with against between by on versus vs urged asked told pressed accused');

/** Before a name, these make it a person: "President Erdogan", "Mr Fidan". */
export const PERSON_BEFORE = set(
  'president minister premier chancellor mr mrs ms miss dr prof sir lord lady king queen prince princess sheikh emir sultan pope cardinal bishop rabbi imam ayatollah general gen col colonel lt major maj capt captain admiral commander sgt senator sen rep representative governor gov mayor judge justice ambassador envoy secretary spokesman spokeswoman spokesperson chairman chairwoman chair ceo director leader chief coach striker midfielder defender goalkeeper forward champion mp deputy adviser advisor aide official officer prosecutor lawyer attorney said',
);

/** After a name, these make it a place: "Paris airport", "Moscow region". */
export const PLACE_AFTER = set(
  'city region province district airport area suburbs suburb streets street port border outskirts',
);

/**
 * After a capital, these make it the city, not its government: where something happens or someone
 * lives or works ("the Hanoi summit", "a London-based analyst", "a Moscow court", "Beijing time").
 */
export const VENUE_AFTER = set(
  'city region province district airport area suburbs suburb streets street port border outskirts based born bred raised resident residents home house apartment flat office offices bureau correspondent correspondents hotel metro subway mayor police court summit talks meeting meetings conference negotiations agreement agreements accord accords process format forum rally rallies protest protests marathon time',
);

/** After a capital, these make it its government whatever came before: "a protest to the Tehran government". */
export const GOVERNMENT_AFTER = set(
  'government governments regime leadership authorities officials administration establishment policymakers',
);

/** After a state's name, these head the name of one of its organs ("Australian Department of Defence"). */
export const STATE_ORGANS = set('department ministry government army navy forces parliament embassy');

/** Before "from" or "to", these make the capital that follows an agent: "pressure from Washington". */
export const AGENT_NOUNS = set(
  'pressure support response demand demands request requests message messages signal signals warning warnings criticism objection objections opposition backing approval help aid assistance interference threat threats reaction reactions complaint complaints statement statements order orders instructions retaliation offer offers proposal proposals letter letters appeal appeals ultimatum concession concessions invitation invitations envoy envoys delegation delegations emissary loyalty overtures',
);

/** Before "in", these make the capital that follows its government: "officials in Washington". */
export const GOVERNING_NOUNS = set(
  'officials official diplomats diplomat policymakers lawmakers leaders leadership authorities government regime administration sources decision-makers hardliners hawks',
);

/** "in Moscow's view": after a possessive capital these keep it an agent even after "in". */
export const VIEW_NOUNS = set(
  'view views eyes opinion interest interests favour favor calculus reckoning estimation',
);

/** "the streets of Moscow", "the mayor of London": before "of", these make the capital a city. */
export const OF_PLACE_NOUNS = set(
  'streets street centre center outskirts suburbs heart mayor residents citizens people skies environs districts parts city',
);

/**
 * Before a title, these say the office holder meant is not today's ("former German President",
 * "then-Turkish Prime Minister", "the late German President").
 */
export const NOT_CURRENT = set(
  'former ex late then previous past onetime erstwhile deposed ousted exiled assassinated slain future incoming next prospective',
);

/** Before a title, these make it any holder, not a particular one: "a German president". */
export const INDEFINITE = set('a an another any every each no');

/** After a person's name: someone else of the same name ("Donald Trump Jr."). */
export const NAME_SUFFIXES = set('jr sr junior senior ii iii iv');

/** The fifty US states, folded: where one shares a name with a state or a capital, it is no state. */
export const US_STATES = new Set(
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming'.split(
    '|',
  ),
);

/** After a US state's name: its institutions and politics ("Georgia's governor", "the Georgia Senate"). */
export const SUBNATIONAL_AFTER = set(
  'state statehouse capitol governor governors gov legislature legislators lawmakers senate senator senators house assembly republicans democrats gop primary primaries runoff county counties sheriff attorney',
);

/** "the state of Georgia", "the governor of Washington": before "of", these make a US state. */
export const SUBNATIONAL_OF = set('state governor governors senator senators legislature');

/**
 * State names that English writes with "the"; bare, they usually name something else (the airline
 * Emirates). Kept short: a bare "Netherlands" in a results table is still the country.
 */
export const NEEDS_THE = set('emirates');

/** After a state's name, these make it a company's name: "an Emirates flight", "a Chile airline". */
export const COMPANY_NOUNS = set('airline airlines airways carrier flight flights jet jets stadium brand');

/** An actor as the matcher holds it. */
type ActorRef = AliasEntry['actor'];

/** The context of one match: the words around it (see `matchContext` in `resolve.ts`). */
export interface MatchContext {
  first: number;
  last: number;
  /** The folded word of a one-word match ("georgia"); '' for longer ones. */
  key: string;
  /** Folded words before and after, nearest first, within the sentence and joined to the match; '' past them. */
  before: readonly [string, string, string];
  after: readonly [string, string];
  /** The name carries a possessive ("Ankara's stance"). */
  possessive: boolean;
  /** A place cue ("in", "to", "airport") or an agent cue ("said", "with", "pressure from", a possessive). */
  place: boolean;
  agent: boolean;
  /** A word before that makes a place of what follows ("in", "arrived"), not "pressure from". */
  venueBefore: boolean;
  /** A person cue: a title ("President") or a capitalised word right before. */
  person: boolean;
  /** The match opens a line and a dash, a bracket or ", March 3" follows: a dateline. */
  dateline: boolean;
  /** Folded words of an unknown capitalised name right before, nearest first (["fred"] in "Fred Trump"). */
  nameBefore: readonly string[];
  /** A capitalised name, known or not, follows right after ("German President Richard …"). */
  nameAfter: boolean;
  /** The readings of a known name that follows right after (none: empty). */
  nextEntries: readonly AliasEntry[];
  /** "Jr", "Sr" after the name. */
  suffix: boolean;
  /** A capitalised organisation, place or event head follows: "Chile Airlines", "Georgia State", "Trump Tower". */
  headAfter: boolean;
  /** "Atlanta, Georgia": the readings of the city before a comma ([] for a city nobody listed), or null. */
  cityComma: readonly AliasEntry[] | null;
  /** The name word right before is a given name ("Pascual Jordan"). */
  givenBefore: boolean;
  /** The word right before opens the sentence. */
  openerBefore: boolean;
  /** The match's first word is a case form of the alias ("Пескова"): see `variants.ts`. */
  inflected: boolean;
  /** A capitalised word stands right before, even a common one opening the sentence ("Beef Chili"). */
  capBefore: boolean;
}

/** What the whole text says, for every match in it (see `documentContext` in `resolve.ts`). */
export interface DocContext {
  /** Actors matched without ambiguity (and not ruled out) elsewhere in the text. */
  sureActors: ReadonlySet<string>;
  /** ISO codes of the countries those actors are or belong to (a venue counts: the text is about it). */
  sureCountries: ReadonlySet<string>;
  /** People named in full somewhere in the text ("Donald Trump"). */
  fullNamed: ReadonlySet<string>;
  /** People whose surname also ends another person's name in the text ("Fred Trump"). */
  otherBearers: ReadonlySet<string>;
}

/** Why a reading is ruled out. */
export enum Veto {
  None = 0,
  /** The words belong to another name (a person's, a longer one) or title someone else: the unknown-name finder reads them. */
  Name = 1,
  /** A lone surname that is someone else's here ("Trump" after "Fred Trump"): an unlinked person. */
  Someone = 2,
  /** The words name something else here (a company, a dish, a longer name): an unsure, unlinked mention. */
  Other = 3,
  /** The words name a place here (a venue, a dateline, a US state), not this actor. */
  Place = 4,
}

const givenNames = new Map<string, string>();
/** The folded first word of a person's name: "Donald Trump" -> "donald". */
function givenName(actor: ActorRef): string {
  let given = givenNames.get(actor.name);
  if (given === undefined) {
    given = foldWord(actor.name.split(/\s+/)[0] ?? '');
    givenNames.set(actor.name, given);
  }
  return given;
}

// A capital or metonym stands for its government only where the government acts: never as a venue,
// a place someone lives or works, or a dateline (issue 11).
function cityReading(c: MatchContext): boolean {
  if (c.dateline) return true;
  if (GOVERNMENT_AFTER.has(c.after[0])) return false;
  const [w1, w2] = c.before;
  if (w1 === 'of' && OF_PLACE_NOUNS.has(w2)) return true;
  if (c.possessive) return c.venueBefore && !VIEW_NOUNS.has(c.after[0]);
  return c.venueBefore || VENUE_AFTER.has(c.after[0]);
}

// "Georgia's governor", "the state of Georgia", "Atlanta, Georgia", "Seattle, Washington".
function usStateReading(c: MatchContext, e: AliasEntry): boolean {
  const next = c.after[0];
  if (SUBNATIONAL_AFTER.has(next) && !(c.possessive && next === 'state')) return true;
  if (c.before[0] === 'of' && SUBNATIONAL_OF.has(c.before[1])) return true;
  if (c.cityComma === null) return false;
  // "Batumi, Georgia" names the country a city lies in; a capital never does ("Seattle, Washington").
  const { actor } = e;
  const inState = (o: AliasEntry) =>
    o.actor.id === actor.id || (!!actor.country && o.actor.country === actor.country);
  return e.role === 'capital' || !c.cityComma.some(inState);
}

function personVeto(e: AliasEntry, c: MatchContext, doc: DocContext | null): Veto {
  const { actor, role } = e;
  if (c.suffix || c.headAfter) return Veto.Name;
  if (role === 'title') {
    // "former German President", "a German president", "German President Richard von Weizsäcker".
    if (INDEFINITE.has(c.before[0]) || NOT_CURRENT.has(c.before[0]) || NOT_CURRENT.has(c.before[1]))
      return Veto.Name;
    return c.nameAfter && !c.nextEntries.some((n) => n.actor.id === actor.id) ? Veto.Name : Veto.None;
  }
  if (c.first !== c.last) return Veto.None;
  // "Fred Trump" is not Donald Trump; "Donald John Trump" is. A surname in a case form after a
  // sentence's first word is that word's complement ("Слова Пескова", Peskov's words).
  const opener = c.inflected && c.openerBefore && !c.givenBefore;
  if (c.nameBefore.length > 0 && !opener)
    return c.nameBefore.includes(givenName(actor)) ? Veto.None : Veto.Name;
  // After "Fred Trump", a lone "Trump" is Fred unless Donald Trump is named too.
  if (role === 'surname' && doc?.otherBearers.has(actor.id) && !doc.fullNamed.has(actor.id))
    return Veto.Someone;
  return Veto.None;
}

/** Whether the context rules out reading the match as this entry, and why. */
export function veto(e: AliasEntry, c: MatchContext, doc: DocContext | null): Veto {
  const { actor, role } = e;
  if (actor.kind === 'person') return personVeto(e, c, doc);
  // "Attu Island", "Pascual Jordan": a name word right before makes the words the end of a longer
  // name, for the unknown-name finder to read whole (an unknown word opening a sentence may be a
  // foreign word: "En Chile").
  if (c.nameBefore.length > 0 && (c.givenBefore || !c.openerBefore)) return Veto.Name;
  // "Chile Airlines", "Jordan River", "Victoria University": the first words of a longer name. The
  // unlinked mention stays, so the unknown-name finder can take the whole name over it ("U.S.
  // Gulf"); a demonym is just a word of it ("Cleveland Indians"). A state's own organ keeps the
  // state: "the United States Department of State", "Australian Army".
  const organ = actor.kind === 'state' && STATE_ORGANS.has(c.after[0]);
  if (c.headAfter && !organ) return role === 'demonym' ? Veto.Name : Veto.Other;
  if ((role === 'capital' || role === 'metonym') && cityReading(c)) return Veto.Place;
  if (actor.kind !== 'state') return Veto.None;
  if (US_STATES.has(c.key) && usStateReading(c, e)) return Veto.Place;
  if (COMPANY_NOUNS.has(c.after[0]) && !c.possessive) return Veto.Other;
  if (NEEDS_THE.has(c.key) && c.before[0] !== 'the') return Veto.Other;
  // A state's name in another language that ends a longer name: "Beef Chili" is a dish, not Chile.
  if (role === 'native' && c.capBefore) return Veto.Other;
  return Veto.None;
}
