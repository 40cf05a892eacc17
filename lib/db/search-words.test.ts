import { describe, expect, test } from 'vitest';
import { fold, MAX_WORDS, STOP_WORDS, wordsOf } from './search-words';

/** The rule as the Unicode pattern states it: what the fast path for ASCII text must agree with. */
function reference(text: string, max = MAX_WORDS): string[] {
  const words = new Set<string>();
  for (const [word] of fold(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (word.length < 3 || /^\d+$/.test(word) || STOP_WORDS.has(word)) continue;
    words.add(word.slice(0, 40));
    if (words.size >= max) break;
  }
  return [...words];
}

describe('wordsOf', () => {
  test.each([
    ['Erdoğan met Fidan in Ankara', ['erdogan', 'met', 'fidan', 'ankara']],
    ['The talks, and the TALKS again', ['talks']],
    ['In 2024 the G20 met', ['g20', 'met']],
    ['x'.repeat(45), ['x'.repeat(40)]],
    ['state-owned gas_pipeline', ['state', 'owned', 'gas', 'pipeline']],
  ])('%j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });

  test('ASCII text gives the words the Unicode rule gives, up to the limit', () => {
    const text =
      'Officials said 12 talks in Geneva (2025) would resume; the EU, NATO and Kyiv-based analysts ' +
      'expected ceasefire terms, grain-corridor guarantees and 3rd-party monitors by mid-March.';
    expect(wordsOf(text)).toEqual(reference(text));
    expect(wordsOf(text, 5)).toEqual(reference(text, 5));
    expect(wordsOf(`${text} Türkiye`)).toEqual(reference(`${text} Türkiye`));
  });
});
