import type { TextPoint } from './in-page';

/**
 * The largest displacement, in px, of a sampled character between `on` and `off`, ignoring points
 * that moved between `on` and `control` (the page moved them itself). `where` names the block.
 */
export function shift(
  on: { points: TextPoint[]; labels: string[] },
  control: TextPoint[],
  off: TextPoint[],
): { px: number; where: string | null } {
  let px = 0;
  let where: string | null = null;
  on.points.forEach((p, i) => {
    const c = control[i];
    const o = off[i];
    if (c === undefined || o === undefined) return;
    // Rendered on one side only: the block was hidden or shown by the page, not moved.
    if (Number.isNaN(p.x) || Number.isNaN(o.x) || Number.isNaN(c.x)) return;
    if (Math.abs(c.x - p.x) > 0.5 || Math.abs(c.y - p.y) > 0.5) return;
    const d = Math.max(Math.abs(o.x - p.x), Math.abs(o.y - p.y));
    if (d > px) {
      px = d;
      where = `${on.labels[p.block] ?? '?'} @${p.offset}`;
    }
  });
  // Sub-pixel differences come from text-node splits changing glyph positioning, not from layout.
  return { px: px < 0.5 ? 0 : Math.round(px * 10) / 10, where: px < 0.5 ? null : where };
}
