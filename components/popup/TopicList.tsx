import type { PageTopic } from '../../lib/messaging/contract';
import { t } from '../i18n';

/** The topics the page is about, as small labels. */
export function TopicList({ topics }: { topics: PageTopic[] }) {
  if (topics.length === 0) return <p class="bs-empty">{t('popupNoTopics')}</p>;
  return (
    <ul class="bs-list bs-topics">
      {topics.map((topic) => (
        <li key={topic.id} class="bs-topic" data-testid="page-topic" dir="auto">
          {topic.label}
        </li>
      ))}
    </ul>
  );
}
