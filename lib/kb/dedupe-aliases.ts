import type { Alias } from '../model';

/** Drops empty and repeated alias texts (case-sensitive), keeping the first role seen. */
export function dedupeAliases(aliases: Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    if (!a.text || seen.has(a.text)) return false;
    seen.add(a.text);
    return true;
  });
}
