import { isoDate } from '../dates';
import type { Note } from '../model';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * A note as a W3C Web Annotation: the note's text as a plain-text commenting body, the actor (when
 * there is one) as a tagging body, and the page as the target, with a TextQuoteSelector when the
 * note quotes a passage, the way Hypothesis anchors its annotations.
 */
export function noteToAnnotation(note: Note, actorName?: string): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' },
  ];
  if (actorName) body.push({ type: 'TextualBody', value: actorName, purpose: 'tagging' });
  const target: Record<string, unknown> = { source: note.url };
  if (note.quote && note.quote.exact !== '') {
    target.selector = { type: 'TextQuoteSelector', ...note.quote };
  }
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    // A time no date can hold (an older import let one in) leaves the field out: the note still goes.
    ...dated('created', note.createdAt),
    ...dated('modified', note.updatedAt),
    body,
    target,
  };
}

function dated(field: string, ms: number): Record<string, string> {
  const iso = isoDate(ms);
  return iso === null ? {} : { [field]: iso };
}

/** Notes as one AnnotationCollection with a single page holding every annotation. */
export function annotationCollection(
  items: Record<string, unknown>[],
  exportedAt: Date,
): Record<string, unknown> {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Backstory notes',
    generated: exportedAt.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
