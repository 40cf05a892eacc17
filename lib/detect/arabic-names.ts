import { foldWord } from './fold';
import type { NameSpan } from './name-spans';
import { Tok, type Tokens } from './tokenize';

/**
 * Names in Arabic script, which has no capitals to find them by (issue 12: a post in Arabic teaches
 * an actor too). Arabic news names a person after a title, and this reads only those: "وزير الخارجية
 * التركي هاكان فيدان" (the Turkish foreign minister Hakan Fidan), "القائد أبو محمد الجولاني". After
 * the title come the words that describe it, with the article ("الخارجية التركي"); then the name: a
 * word without the article, one more word, and a third with the article (a family name, "السوداني")
 * or after a first part ("عبد الفتاح", "أبو محمد"). A name needs two words at least: one word after a
 * title is as often a place or a thing.
 */
export function arabicTitledNames(tokens: Tokens, covered: Uint8Array): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!TITLES.has(unprefixed(tokens.key(i))) || !arabic(tokens, i)) continue;
    let k = i + 1;
    // The title's description: a few words with the article ("الخارجية التركي"), "باسم" (spokesman for).
    for (let d = 0; d < 4 && joinedArabic(tokens, k) && describes(tokens.key(k)); d++) k++;
    const first = k;
    if (!nameWord(tokens, first, covered) || tokens.key(first).startsWith('ال')) continue;
    if (!nameWord(tokens, first + 1, covered)) continue;
    let last = first + 1;
    // After a first part ("بن", "أبو") any word follows; else one family name with the article ends it.
    let family = !COMPOUND.has(tokens.key(first)) && tokens.key(last).startsWith('ال');
    while (!family && last - first < 3 && nameWord(tokens, last + 1, covered)) {
      const next = tokens.key(last + 1);
      if (COMPOUND.has(tokens.key(last))) last++;
      else if (next.startsWith('ال')) {
        last++;
        family = true;
      } else break;
    }
    out.push({ first, last, titled: true });
    i = last;
  }
  return out;
}

/** Arabic letters only. */
const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]+$/u;

function arabic(tokens: Tokens, i: number): boolean {
  return i < tokens.length && ARABIC_WORD.test(tokens.key(i));
}

function joinedArabic(tokens: Tokens, i: number): boolean {
  return tokens.is(i, Tok.Joined) && arabic(tokens, i);
}

/** A word that can be part of a name: Arabic, joined to the one before, not a known actor's, not a function word. */
function nameWord(tokens: Tokens, i: number, covered: Uint8Array): boolean {
  if (!joinedArabic(tokens, i) || covered[i] === 1) return false;
  const key = tokens.key(i);
  return key.length >= 2 && !STOP.has(key) && !HEADS.has(key) && !TITLES.has(unprefixed(key));
}

function describes(key: string): boolean {
  return (key.startsWith('ال') && !STOP.has(key)) || DESCRIBING.has(key);
}

/** A title written with a joined preposition or conjunction: "بالرئيس", "والرئيس", "للرئيس". */
function unprefixed(key: string): string {
  if (key.startsWith('لل')) return `ال${key.slice(2)}`;
  if (/^[وبلفك]ال/u.test(key)) return key.slice(1);
  return key;
}

const fold = (words: string) => new Set(words.split(' ').map(foldWord));

/** Titles and roles a person's name follows. */
const TITLES = fold(
  'الرئيس رئيس الوزير وزير الوزيرة وزيرة السيد السيدة الشيخ القائد قائد العميد اللواء العقيد الجنرال ' +
    'النائب النائبة المتحدث المتحدثة الناطق زعيم الزعيم الملك الأمير المستشار المستشارة السفير السفيرة ' +
    'المحافظ الدكتور الدكتورة القاضي المبعوث المبعوثة الصحفي الصحفية الكاتب الكاتبة المحلل المحللة ' +
    'الجنرال المرشد الإمام الحاخام الرئيسة رئيسة نائب مساعد',
);

/** Words that describe a title rather than name anyone, beside those with the article. */
const DESCRIBING = fold('باسم عام سابق الأسبق');

/** First parts of compound names: the name runs one word longer ("عبد الفتاح السيسي"). */
const COMPOUND = fold('عبد أبو أبي ابن بن بنت أم');

/** Heads of organisations' names: "رئيس شركة ..." heads a company, it does not name a person. */
const HEADS = fold(
  'شركة حركة منظمة مجلس هيئة جامعة حزب بنك وكالة جماعة مؤسسة لجنة دولة حكومة مكتب اتحاد جهاز ' +
    'وزارة مجموعة جبهة كتلة تحالف محكمة',
);

/** Function words and the verbs that most often follow a name. */
const STOP = fold(
  'قال وقال قالت وقالت يقول تقول أكد وأكد أكدت أعلن وأعلن أعلنت أشار وأشار أضاف وأضاف صرح وصرح ' +
    'إن أن في من على إلى عن مع بعد قبل خلال الذي التي الذين هذا هذه ذلك تلك كان كانت قد لقد اليوم ' +
    'أمس يوم حيث كما أو ثم ضد عند منذ حتى لدى بين التقى التقت زار يزور دعا ودعا طالب وطالب إنه أنه ' +
    'لا لم لن ما هو هي و',
);
