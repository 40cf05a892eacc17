import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';

/**
 * Stand for elements inside a translated sentence: pass `SLOT[0]`, `SLOT[1]`... as its
 * substitutions, and {@link Phrase} puts each element where the translation placed it. They are
 * Private Use characters, which no catalogue or reader's text has.
 */
export const SLOT = ['\uE000', '\uE001', '\uE002'] as const;

/**
 * A translated sentence with its elements (a name in a `<bdi>`, a `<strong>`) where its slots are;
 * `parts[i]` goes where `SLOT[i]` is.
 */
export function Phrase({ text, parts }: { text: string; parts: ComponentChildren[] }) {
  return (
    <>
      {text.split(/([\uE000-\uE002])/).map((piece, index) => {
        const slot = SLOT.indexOf(piece as (typeof SLOT)[number]);
        // The pieces of one sentence never reorder: the index is their identity.
        return <Fragment key={index}>{slot < 0 ? piece : parts[slot]}</Fragment>;
      })}
    </>
  );
}
