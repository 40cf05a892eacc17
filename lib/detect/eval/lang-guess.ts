/**
 * A cheap guess at a text's language for `npm run detect`: the writing system first, then, within
 * Cyrillic, Arabic and Latin script, letters only one language uses and counts of very common words.
 * A stopgap until a real language-identification library comes (issue 11 leaves that to the issue on
 * languages); it knows only the languages the extension's readers read, plus a few neighbours.
 */

/** Letters of a script, counted over the first `SAMPLE` characters. */
const SCRIPTS: [code: string, pattern: RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['han', /\p{Script=Han}/u],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['ko', /\p{Script=Hangul}/u],
  ['el', /\p{Script=Greek}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['hy', /\p{Script=Armenian}/u],
  ['ka', /\p{Script=Georgian}/u],
  ['hi', /\p{Script=Devanagari}/u],
  ['th', /\p{Script=Thai}/u],
];

/** Enough text to decide, short enough that a long file costs nothing. */
const SAMPLE = 10_000;

/**
 * Frequent short words, each all but unique to its language among these. No one-letter words
 * (Spanish y, Polish w, Czech v): formulas and initials are full of them.
 */
const STOPWORDS: Record<string, string> = {
  en: 'the and of to is was that with for on are by from have has said it this which were',
  fr: 'le la les des et est une du dans que pour qui sur au avec pas sont ont été aux',
  de: 'der die das und ist nicht mit den dem des ein eine auf für sich wird sind auch von zu aus im bei nach über hat',
  es: 'el la los las de del que en una por con para es al se su lo como más pero fue sobre',
  it: 'il della che di è per una sono gli nel con non alla anche del dei le da',
  pt: 'os da do que em não uma para com são dos das ao pelo mais foi também',
  tr: 've bir bu ile için da de olarak çok daha ama gibi olan ise kadar ancak sonra',
  nl: 'de het een en van is dat op te niet met voor zijn ook aan bij er',
  pl: 'nie na się że do jest to jak ale dla od po przez także',
  cs: 'je se na že to do ve jako pro by jsou byl který také jsme',
  // Latin, so that filler text (lorem ipsum) is not taken for French.
  la: 'et sed ut est non cum ad quod enim atque vel nec sit esse',
};
/** Each stopword with the languages it belongs to: one look-up a word. */
const STOPWORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words.split(' ')) STOPWORD_LANGS.set(word, [...(STOPWORD_LANGS.get(word) ?? []), lang]);
}

// Letters that mark one language within its script.
const UKRAINIAN = /[іїєґІЇЄҐ]/g;
const RUSSIAN = /[ыэъёЫЭЪЁ]/g;
const PERSIAN = /[پچژگکی]/g;
// Letters each Latin-script language uses and the others here rarely do (not é, which they share).
const LATIN_MARKERS: [lang: string, pattern: RegExp][] = [
  ['tr', /[ğışİĞŞ]/g],
  ['de', /[äöüßÄÖÜ]/g],
  ['es', /[ñó¿¡Ñ]/g],
  ['fr', /[èêçàùœë]/g],
  ['pt', /[ãõ]/g],
  ['pl', /[ąęłńśźżŁŚŻ]/g],
  ['cs', /[ěščřžůťďňýĚŠČŘŽ]/g],
];

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function dominantScript(sample: string): string | null {
  const counts = new Map<string, number>();
  let ascii = 0;
  for (const ch of sample) {
    // ASCII, most characters of most texts, is settled without a regular expression.
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ascii++;
      continue;
    }
    for (const [code, pattern] of SCRIPTS) {
      if (pattern.test(ch)) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
        break;
      }
    }
  }
  counts.set('latin', (counts.get('latin') ?? 0) + ascii);
  // Any kana makes Han text Japanese; Han with no kana is taken for Chinese.
  if ((counts.get('ja') ?? 0) > 0 && (counts.get('han') ?? 0) + (counts.get('ja') ?? 0) >= 2) return 'ja';
  let best: string | null = null;
  let most = 0;
  for (const [code, n] of counts) {
    if (n > most) [best, most] = [code, n];
  }
  return most >= 2 ? best : null;
}

function latinLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = new Map<string, number>();
  for (const word of words) {
    for (const lang of STOPWORD_LANGS.get(word) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  // Marker letters count as much as a common word: evidence even in a short line full of names.
  for (const [lang, pattern] of LATIN_MARKERS)
    scores.set(lang, (scores.get(lang) ?? 0) + countMatches(sample, pattern));
  let best: string | null = null;
  let most = 0;
  let second = 0;
  for (const [lang, n] of scores) {
    if (n > most) [best, most, second] = [lang, n, most];
    else if (n > second) second = n;
  }
  // Two hits at least, a clear lead, and one word in twenty: a list of names says nothing, and
  // neither does filler such as lorem ipsum, where a few Latin words look French.
  return most >= 2 && most > second && most >= words.length / 20 ? best : null;
}

/**
 * An ISO 639-1 code for the language `text` is most likely in, or null when the sample is too short
 * or too mixed to tell. Han text without kana is `zh`; Latin-script text needs a few common words.
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const script = dominantScript(sample);
  switch (script) {
    case null:
      return null;
    case 'latin':
      return latinLanguage(sample);
    case 'cyrillic':
      return countMatches(sample, UKRAINIAN) > countMatches(sample, RUSSIAN) ? 'uk' : 'ru';
    case 'arabic':
      return countMatches(sample, PERSIAN) > 0 ? 'fa' : 'ar';
    case 'han':
      return 'zh';
    default:
      return script;
  }
}
