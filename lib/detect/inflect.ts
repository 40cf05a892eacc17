import type { Gazetteer } from './gazetteer';

// Inflections SCOWL's small lists leave out: "Scorers", "Standings", "Bowling".
const INFLECTIONS: [string, string][] = [
  ['s', ''],
  ['es', ''],
  ['rs', ''],
  ['ers', ''],
  ['ings', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ed', ''],
  ['ed', 'e'],
];

/** True for an inflection of a common English word ("Standings", "Scorers"); see `Fact.CommonForm`. */
export function inflectedCommon(g: Gazetteer, key: string): boolean {
  for (const [suffix, repl] of INFLECTIONS) {
    if (
      key.length > suffix.length + 2 &&
      key.endsWith(suffix) &&
      g.common.has(key.slice(0, -suffix.length) + repl)
    )
      return true;
  }
  return false;
}
