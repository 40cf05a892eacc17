import { nameKey } from './name-key';

const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * The keys of the names a note may write: every run of two to four capitalised words in it (a note
 * is short and written by the reader, so no detector is needed to read it).
 */
export function noteNameKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 2; j <= Math.min(words.length, i + 4); j++)
        keys.add(nameKey(words.slice(i, j).join(' ')));
  }
  return [...keys];
}
