import { readFileSync } from 'node:fs';
import { auditPrecision, ROLES } from '../../lib/detect/eval/link-stats';

/**
 * Precision per alias role of an audited sample (the `--out` file of `--sample`, with each row's
 * `correct` set to true or false by the auditor). False when the file or a line could not be read.
 */
export function auditReport(file: string, json: boolean): boolean {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`eval:links: ${file}: ${e instanceof Error ? e.message : e}`);
    return false;
  }
  const rows: { role?: unknown; correct?: unknown }[] = [];
  let bad = 0;
  source.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const row = JSON.parse(raw);
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new Error('not a JSON object');
      rows.push(row);
    } catch (e) {
      bad++;
      console.error(`eval:links: ${file}:${i + 1}: ${e instanceof Error ? e.message : e}`);
    }
  });
  const { unjudged, ...byRole } = auditPrecision(rows);
  if (json) console.log(JSON.stringify({ file, rows: rows.length, unjudged, byRole }));
  else {
    console.log(`${rows.length} audited links in ${file} (${unjudged} not judged yet)`);
    // Roles in the report's usual order, any other role after them, the overall figure last.
    const known = new Set<string>([...ROLES, 'overall']);
    const order = [...ROLES, ...Object.keys(byRole).filter((r) => !known.has(r)), 'overall'];
    for (const role of order) {
      const c = byRole[role];
      if (!c) continue;
      const p = `${(c.precision * 100).toFixed(1)}%`;
      console.log(
        `  ${role.padEnd(13)}${String(c.right).padStart(5)} right${String(c.wrong).padStart(5)} wrong  ${p}`,
      );
    }
  }
  return bad === 0;
}
