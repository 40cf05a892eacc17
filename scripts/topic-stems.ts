/**
 * Writes lib/kb/topic-terms/stems.generated.ts: the stem (`stemKey`) of every word of the packaged
 * topics' translations, so a waking worker does not run the stemmers over them (their first calls
 * cost hundreds of milliseconds). Run after editing lib/kb/topic-terms: `npx tsx scripts/topic-stems.ts`;
 * a unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stemKey, type TopicLang, termWords } from '../lib/detect/topic-forms';
import { TOPIC_TRANSLATIONS } from '../lib/kb/topic-terms';

/** The file's text for the current translations. */
export function topicStemsSource(): string {
  const lines = Object.entries(TOPIC_TRANSLATIONS).map(([lang, byTopic]) => {
    const pairs = new Map<string, string>();
    for (const terms of Object.values(byTopic ?? {})) {
      for (const term of terms.split('|')) {
        for (const word of termWords(lang as TopicLang, term.trim())) {
          pairs.set(word, stemKey(lang as TopicLang, word));
        }
      }
    }
    const text = [...pairs].map(([word, stem]) => `${word} ${stem}`).join('|');
    return `  ${lang}: ${JSON.stringify(text)},`;
  });
  return [
    '// Written by scripts/topic-stems.ts from lib/kb/topic-terms: do not edit.',
    "import type { TopicLang } from '../../detect/topic-forms';",
    '',
    '/** Per language, "word stem" pairs joined by "|": the `stemKey` of every word of the terms. */',
    'export const TOPIC_STEMS: Partial<Record<TopicLang, string>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../lib/kb/topic-terms/stems.generated.ts', import.meta.url), topicStemsSource());
}
