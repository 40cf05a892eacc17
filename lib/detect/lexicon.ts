/**
 * Hand-written general vocabulary for typing names nobody listed: organisation words, words that
 * are capitalised without being names, and connectors inside names. No names from any corpus.
 */

const set = (s: string) => new Set(s.split(' '));

/** A name ending in one of these is an organisation: "Leicester City", "Acme Corp". */
export const ORG_LAST = set(
  'inc corp corporation co ltd plc llc ag sa nv gmbh bv spa ab asa oy group holding holdings company companies bank banks party union council association federation league club fc afc cf sc ac united rovers wanderers athletic athletico albion county city town university college school institute institution academy ministry department agency authority commission committee board bureau office service services organisation organization foundation fund trust society exchange airlines airline airways motors industries international technologies systems communications telecom energy petroleum oil gas news times post journal herald tribune press reuters agency network television radio tv broadcasting court parliament assembly congress senate government police army navy force forces front movement brigade brigades coalition alliance church mosque hospital museum orchestra team squad',
);

/** A name ending in one of these is a place: "Red Sea", "Gaza Strip". */
export const LOC_LAST = set(
  'sea ocean river lake mountains mountain mount valley gulf bay strait straits island islands peninsula desert province region state county district square street avenue road airport bridge coast strip heights plateau basin canal',
);

/** Heads that take "of" inside a name: "Bank of England", "Gulf of Mexico". */
export const OF_HEADS = set(
  'bank university republic kingdom ministry council department institute gulf bay isle sea duke church college school association federation union party board court chamber museum league organisation organization commonwealth province state port cape lake mount strait islands bureau office society house academy army front movement government emirate sultanate principality people peoples',
);

/** Capitalised words that are never names alone: days, months, pronouns, function words. */
export const NEVER_NAME = set(
  'i a an the this that these those he she it we they you his her its our their my your me him us them who what which when where why how monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mon tue wed thu fri feb apr aug sep sept oct nov dec and or but if then so because although though while as at by for from in into of on to with without after before during since until up down out over under about against between among not no yes all some any each every both either neither one two three four five six seven eight nine ten first second third last next other such there here also only just still even very more most less least many much few several said says according mr mrs ms dr am pm gmt est bst cet utc vs',
);

/** Lower-case words that may sit inside a name between capitalised words. */
export const PARTICLES = set('de da di du del della des la le van von der den ter al el bin ibn ben y ur ul');

/** Ordinary titles and roles that precede a person's name but are not part of it. */
export const TITLE_WORDS = set(
  'president minister premier chancellor mr mrs ms miss dr prof sir lord lady king queen prince princess sheikh emir sultan pope cardinal bishop rabbi imam ayatollah general gen col colonel lt major maj capt captain admiral commander sgt senator sen rep governor gov mayor judge justice ambassador envoy secretary spokesman spokeswoman chairman chairwoman ceo director leader chief coach manager deputy foreign prime vice interior defence defense finance trade economy justice health labour labor agriculture energy first state',
);

/** Adjectives of peoples, faiths, parties and regions that country demonym lists lack. */
export const ADJECTIVES = set(
  "european asian african arab arabs arabic kurdish kurd kurds english scottish welsh british irish moslem moslems muslim muslims islamic islamist christian christians catholic catholics protestant protestants jewish jew jews hindu hindus sikh sikhs buddhist buddhists sunni shi'ite shiite shia orthodox latin soviet communist communists republican republicans democrat democrats socialist socialists conservative conservatives liberal liberals tory tories nazi nazis marxist basque catalan flemish walloon bosnian serb serbs croat croats tamil tamils hutu hutus tutsi tutsis pashtun palestinian palestinians caucasian balkan scandinavian nordic baltic slavic hispanic latino anglo olympic",
);

/** News agencies: every wire story names one, usually as its source. */
export const NEWS_AGENCIES = set(
  'reuters afp ap interfax xinhua tass itar-tass itar tass bloomberg anadolu kyodo yonhap ansa dpa efe pti irna mena bernama antara ria novosti sana wafa petra kuna spa apa ctk pap mti bta hina tanjug',
);

/** Events, competitions and works: CoNLL calls them MISC, the reader's actors they are not. */
export const MISC_LAST = new Set(
  'cup open championship championships games olympics olympic prix trophy award awards prize tour series derby classic marathon festival week day'.split(
    ' ',
  ),
);

/** Words of sports reports: with several of them, city and county names are clubs. */
export const SPORTS = new Set(
  'cricket innings wicket wickets soccer football baseball basketball tennis golf rugby hockey league goals goal scored match matches seed seeded beat beats defeated draw drew halftime standings inning runs homer pitcher striker midfielder goalkeeper tournament division club coach racing cycling stage points unbeaten'.split(
    ' ',
  ),
);

/** Endings of family names: Petrov, Kowalski, Stojanović, Papadopoulos. */
export const PERSONISH =
  /(?:ov|ova|ev|eva|ski|sky|ska|ic|ić|ez|son|sen|ini|elli|enko|escu|oglu|ides|opoulos|aki|shvili)$/;
/** Endings of place names: Slovenia, Kazakhstan, Helgoland, Kaliningrad. */
export const PLACEISH = /(?:ia|stan|land|burg|grad|abad|pur)$/;
/** After a name, these make it an organisation: "Acme spokesman", "Acme shares". */
export const ORG_NEXT = new Set(
  'spokesman spokeswoman spokesperson official officials shares stock stocks chairman executive subsidiary unit board shareholders'.split(
    ' ',
  ),
);
/** "North Korea", "Upper Volta": a compass word and one more word make a place. */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'central']);
