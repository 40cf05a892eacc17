/**
 * Arabic-script words as the names they may carry: clitic prefixes (و "and", ف, ب "with", ل "for",
 * ك "like") and the article ال come off ("لأوكرانيا" → "اوكرانيا", "ومصر" → "مصر", "الناتو" →
 * "ناتو"), and an adjective of origin loses its feminine and plural endings ("التركية" → "تركي",
 * "الروسيون" → "روسي"). Keys are folded (`fold.ts`: hamza forms of alef to ا, ی/ى to ي, ک to ك).
 * A rule of our own: Snowball's Arabic stemmer strips far more (suffixes of verbs and possessives),
 * which merges names, and it has no Persian.
 */

const ARTICLE = 'ال';
// Longest first: "وبال" before "وب" before "و". "لل" is ل before the article, whose alef drops.
const PREFIXES = [
  'وبال',
  'وال',
  'فال',
  'بال',
  'كال',
  'کال',
  'ولل',
  'لل',
  'وب',
  'ول',
  'فب',
  'فل',
  'و',
  'ف',
  'ب',
  'ل',
  'ک',
  'ك',
];
// Nisba endings: feminine ية, masculine plural يون/يين, feminine plural يات.
const NISBA = ['يه', 'ية', 'يون', 'يين', 'يات'];
const MIN = 3;

/** The forms a folded Arabic-script word may be a clitic or inflected form of (not the word itself). */
export function arabicBases(key: string): string[] {
  const out: string[] = [];
  const push = (w: string) => {
    if (w.length >= MIN && w !== key && !out.includes(w)) out.push(w);
  };
  const stems = [key];
  for (const p of PREFIXES) {
    if (!key.startsWith(p) || key.length - p.length < MIN) continue;
    const rest = key.slice(p.length);
    // "لل" and the article forms keep the article: "للطاقة" is "الطاقة".
    const withArticle = p.endsWith('ال') || p.endsWith('لل') ? ARTICLE + rest : null;
    if (withArticle) stems.push(withArticle);
    stems.push(rest);
    break;
  }
  for (const s of [...stems]) if (s.startsWith(ARTICLE) && s.length - 2 >= MIN) stems.push(s.slice(2));
  for (const s of stems) {
    push(s);
    for (const end of NISBA)
      if (s.endsWith(end) && s.length - end.length >= MIN - 1) push(`${s.slice(0, s.length - end.length)}ي`);
  }
  return out;
}
