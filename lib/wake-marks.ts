/**
 * Marks the steps of a waking worker on its performance timeline (`backstory:<step>`), until the first
 * page detection is answered: `npm run bench:content` reads them from the worker after each cold load
 * and prints where the time went (issue 11). Nothing is marked after that, so a worker that lives long
 * keeps no growing list; pages cannot read a worker's timeline.
 */
let marking = true;

export function wakeMark(step: string): void {
  if (marking) performance.mark(`backstory:${step}`);
}

/** The first detection is answered: the last mark, and no more. */
export function wakeDone(step: string): void {
  wakeMark(step);
  marking = false;
}
