import type { ActorKind } from '../lib/model';

/** Words for each actor kind, as a reader would say them. */
export const KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  state: 'State',
  organisation: 'Organisation',
  place: 'Place',
};

/** A small label saying what kind of actor this is; the class lets CSS colour each kind. */
export function ActorKindBadge({ kind }: { kind: ActorKind }) {
  return <span class={`bs-kind bs-kind-${kind}`}>{KIND_LABELS[kind] ?? kind}</span>;
}
