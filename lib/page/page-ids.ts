/**
 * What `data-backstory-actor` shows the page for each actor (issue 14). An actor of the shipped
 * knowledge base shows its id, the same for every reader. Any other actor (one the reader added,
 * merged or that Backstory learned) would show an id only this reader has, the same on every site: a
 * tracking id, and a list of what they added. Those show an opaque id instead, random per page load,
 * and mapped back only inside the content script.
 */
export class PageIds {
  readonly #marks = new Map<string, string>();

  constructor(private readonly random: () => string = randomToken) {}

  /** The id the page sees for `actorId`; `shipped` when the shipped knowledge base has it. */
  markFor(actorId: string, shipped: boolean): string {
    if (shipped) return actorId;
    let mark = this.#marks.get(actorId);
    if (mark === undefined) {
      mark = `page:${this.random()}`;
      this.#marks.set(actorId, mark);
    }
    return mark;
  }
}

/** 64 random bits, in hex. */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
