import { isoDate } from '../dates';
import type { Actor, Analysis, Note } from '../model';

/** Escapes what Markdown would read as markup, so user text prints as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#|~!]/g, '\\$&')
    .replace(/^(\s*)([-+=]|\d+\.)(\s)/gm, (_, space, marker, after) => `${space}\\${marker}${after}`);
}

/** A quoted block: every line starts with '> ', escaped. */
function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
}

/** Only http(s) links become Markdown links; anything else is printed as text. */
function link(title: string, url: string): string {
  return /^https?:\/\//i.test(url)
    ? `[${escapeMarkdown(title)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`
    : escapeMarkdown(title);
}

const day = (iso: string) => iso.slice(0, 10);

/** An actor's notes and analyses as a Markdown document, newest first. */
export function actorMarkdown(actor: Actor, analyses: readonly Analysis[], notes: readonly Note[]): string {
  const out = [`# ${escapeMarkdown(actor.name)}`, ''];
  if (actor.description) out.push(escapeMarkdown(actor.description), '');
  const aliases = actor.aliases.map((a) => escapeMarkdown(a.text));
  if (aliases.length > 0) out.push(`Also known as: ${aliases.join(', ')}`, '');
  out.push(`## Notes (${notes.length})`, '');
  for (const note of notes) {
    out.push(
      `### ${day(isoDate(note.createdAt) ?? 'undated')}, on ${link(note.pageTitle || note.url, note.url)}`,
      '',
    );
    if (note.quote?.exact) out.push(quoteBlock(note.quote.exact), '');
    out.push(escapeMarkdown(note.text), '');
  }
  out.push(`## Analyses (${analyses.length})`, '');
  for (const a of analyses) {
    const by = [...new Set([a.source, a.author])].filter(Boolean).map((s) => escapeMarkdown(s as string));
    out.push(
      `- ${day(a.publishedAt)}: ${link(a.title || a.id, a.url)}${by.length ? ` (${by.join(', ')})` : ''}`,
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
