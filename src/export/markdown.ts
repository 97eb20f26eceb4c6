import { SAFE_LINK } from '../models/primitives.js';

/**
 * Markdown building blocks. Learner text is escaped so that it stays text: it can open no
 * HTML tag, entity, heading, list, link, emphasis or code span.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&=^$:]/g, '\\$&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Multi-line learner text as a paragraph that keeps its line breaks. */
export function paragraph(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
    .filter(Boolean)
    .join('\\\n');
}

export const heading = (level: number, text: string) => `${'#'.repeat(level)} ${escapeMarkdown(text)}`;

/** A list item; `done` makes it a task item (`- [x]`). */
export function item(text: string, options: { done?: boolean; href?: string } = {}): string {
  const box = options.done === undefined ? '' : options.done ? '[x] ' : '[ ] ';
  const label = escapeMarkdown(text) || escapeMarkdown(options.href ?? '');
  const href = options.href?.trim();
  const body = href && SAFE_LINK.test(href) ? `[${label}](${encodeURI(decodeURIComponentSafe(href)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)})` : label;
  return `- ${box}${body}`;
}

function decodeURIComponentSafe(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** Joins blocks with blank lines, leaving out empty ones. */
export const blocks = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join('\n\n') + '\n';
