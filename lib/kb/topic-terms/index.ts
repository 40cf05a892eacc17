import { AR } from './ar';
import { DE } from './de';
import { ES } from './es';
import { FA } from './fa';
import { FR } from './fr';
import { RU } from './ru';
import { TR } from './tr';
import type { TopicTranslations } from './types';
import { UK } from './uk';
import { ZH } from './zh';

export type { TopicTranslations } from './types';

/** The packaged taxonomy (`../topics.ts`) in the languages Backstory reads besides English. */
export const TOPIC_TRANSLATIONS: TopicTranslations = {
  ru: RU,
  uk: UK,
  tr: TR,
  ar: AR,
  fa: FA,
  fr: FR,
  de: DE,
  es: ES,
  zh: ZH,
};
