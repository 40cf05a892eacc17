import type { AliasRole } from '../../model';

/** One line of a names table: `actor id | role | name; name; ...`. */
export interface NamesRow {
  id: string;
  role: AliasRole;
  texts: string[];
}

/** Parses a names table: one row a line, `#` lines and blank lines skipped. */
export function parseNames(table: string): NamesRow[] {
  const rows: NamesRow[] = [];
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [id, role, names] = line.split('|').map((part) => part.trim());
    if (!id || !role || !names) throw new Error(`names table: bad line "${line}"`);
    rows.push({
      id,
      role: role as AliasRole,
      texts: names
        .split(';')
        .map((n) => n.trim())
        .filter(Boolean),
    });
  }
  return rows;
}
