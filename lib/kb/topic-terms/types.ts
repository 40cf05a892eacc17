import type { TopicLang } from '../../detect/topic-forms';

/**
 * The terms of the packaged topics in one language, by topic id: words and phrases separated by "|",
 * each word in its dictionary form (the detector finds its inflected forms, see
 * `lib/detect/topic-forms.ts`). A word written "=word" matches only as written: for a word whose stem
 * is shared by a common word of another meaning (Russian "выборы", elections, and "выбор", a choice).
 */
export type TopicTerms = Readonly<Record<string, string>>;

/** Translations of the packaged taxonomy, by language. */
export type TopicTranslations = Readonly<Partial<Record<TopicLang, TopicTerms>>>;
