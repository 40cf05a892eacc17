import type { Detection, EntityType } from '../detect/types';
import { junkReason } from './junk';
import { nameKey } from './name-key';

/** A name the knowledge base does not hold, as one text names it: a candidate learned actor. */
export interface NameSighting {
  /** The key its forms meet under (`nameKey`). */
  key: string;
  type: 'PER' | 'ORG';
  /** The forms the text uses, the full name first ("Тимура Садыкова", "Садыков"). */
  forms: string[];
  /** Mentions, the surname alone after the full name included. */
  count: number;
  /** Where its first mention in the body starts, and its length (-1 when only the heading names it). */
  firstOffset: number;
  firstLength: number;
}

/**
 * The names of a text that may teach an actor (see `junkReason`), each once, with the mentions of
 * its surname alone after it ("Timur Sadykov ... Sadykov") counted as its own. `bodyStart` is where
 * the body starts after the heading, as in `indexDetection`.
 */
export function namesIn(detection: Detection, text: string, bodyStart = 0): NameSighting[] {
  const byKey = new Map<string, NameSighting>();
  const bySurname = new Map<string, NameSighting>();
  const add = (sighting: NameSighting, start: number, end: number, form: string) => {
    sighting.count += 1;
    if (!sighting.forms.includes(form)) sighting.forms.push(form);
    if (sighting.firstOffset === -1 && start >= bodyStart) {
      sighting.firstOffset = start - bodyStart;
      sighting.firstLength = end - start;
    }
  };
  for (const m of detection.mentions) {
    if (m.actorId !== null) continue;
    const form = text.slice(m.start, m.end).replace(/['’]s$/u, '');
    const key = nameKey(form);
    if (key === '') continue;
    const known = byKey.get(key);
    if (known) {
      add(known, m.start, m.end, form);
      continue;
    }
    if (!key.includes(' ')) {
      // A surname alone, after the full name in the same text: the same actor.
      const full = bySurname.get(key);
      if (full) add(full, m.start, m.end, form);
      continue;
    }
    if (junkReason(text, m.start, m.end, m.type) !== null) continue;
    const sighting: NameSighting = {
      key,
      type: m.type as Exclude<EntityType, 'LOC'>,
      forms: [],
      count: 0,
      firstOffset: -1,
      firstLength: 0,
    };
    add(sighting, m.start, m.end, form);
    byKey.set(key, sighting);
    if (m.type === 'PER') {
      const surname = key.slice(key.lastIndexOf(' ') + 1);
      if (!bySurname.has(surname)) bySurname.set(surname, sighting);
    }
  }
  return [...byKey.values()];
}
