import type { ActorKind } from '../lib/model';
import { type MessageName, t } from './i18n';

/** The message naming each actor kind, as a reader would say it. */
export const KIND_MESSAGES: Record<ActorKind, MessageName> = {
  person: 'kindPerson',
  state: 'kindState',
  organisation: 'kindOrganisation',
  place: 'kindPlace',
};

/** An actor kind in the interface's language. */
export function kindLabel(kind: ActorKind): string {
  return KIND_MESSAGES[kind] ? t(KIND_MESSAGES[kind]) : kind;
}

/** A small label saying what kind of actor this is; the class lets CSS colour each kind. */
export function ActorKindBadge({ kind }: { kind: ActorKind }) {
  return <span class={`bs-kind bs-kind-${kind}`}>{kindLabel(kind)}</span>;
}
