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
  for (const found of detection.mentions) {
    if (found.actorId !== null) continue;
    const m = withoutRole(text, found);
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

/**
 * Russian and Ukrainian words for roles that a sentence starts with before a name ("Депутат Ольга
 * Ковальчук", "Министр ..."): capitalised there, they are not part of the name. Matched by stem.
 */
const ROLE_STEMS =
  /^(?:депутат|министр|міністр|заместител|заступник|глав|голов|президент|премьер|прем'єр|генерал|посол|губернатор|мэр|мер|директор|председател|спикер|лидер|лідер|командир|командувач|советник|радник|эксперт|експерт|аналитик|аналітик|журналист|журналіст|бизнесмен|бізнесмен|сенатор|судья|суддя|прокурор|адвокат|полковник|майор|капитан|капітан)/iu;

/** The mention without a role word it starts with, when two words or more of a name remain. */
function withoutRole<T extends { start: number; end: number }>(text: string, m: T): T {
  const form = text.slice(m.start, m.end);
  const space = form.search(/\s/);
  if (space < 0 || !ROLE_STEMS.test(form.slice(0, space))) return m;
  const rest = form.slice(space).trimStart();
  if (!/\s/.test(rest)) return m;
  return { ...m, start: m.end - rest.length };
}
