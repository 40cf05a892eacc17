/**
 * Greek digraphs spelled as Latin spellings of Greek names have them (ELOT 743 and the press):
 * any-ascii takes Greek letter by letter, so "Σταύρος Παπαδόπουλος" came out "Stayros Papadopoylos"
 * and never met "Stavros Papadopoulos" (issue 12). Words without Greek letters come back as they are.
 */
export function greekDigraphs(word: string): string {
  if (!/\p{Script=Greek}/u.test(word)) return word;
  return (
    word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/ου/g, 'ou')
      // αυ, ευ, ηυ: v before a vowel or a voiced consonant, f before a voiceless one.
      .replace(/([αεη])υ(?=[θκξπστφχψ]|$)/g, (_, v: string) => `${LATIN_VOWEL[v]}f`)
      .replace(/([αεη])υ/g, (_, v: string) => `${LATIN_VOWEL[v]}v`)
      .replace(/γγ/g, 'ng')
      .replace(/^γκ/, 'g')
      .replace(/γκ/g, 'ng')
      .replace(/γ([ξχ])/g, (_, c: string) => `n${c}`)
      // μπ and ντ start a word as b and d ("Μπακογιάννη" Bakoyanni, "Ντόρα" Dora), inside as mb, nt.
      .replace(/^μπ/, 'b')
      .replace(/μπ/g, 'mb')
      .replace(/^ντ/, 'd')
  );
}

const LATIN_VOWEL: Record<string, string> = { α: 'a', ε: 'e', η: 'i' };
