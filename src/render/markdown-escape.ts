/**
 * Untrusted text (catalog titles, manifest values, PR data) → inert GitHub Markdown: no links, images, HTML,
 * mentions, issue references, tables or headings can be forged. Entities keep the text readable.
 */
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '@': '&#64;',
  '#': '&#35;',
  '|': '&#124;',
};

export interface EscapeOptions {
  /**
   * Keep @mentions, #refs and URLs as written: for Markdown files (the report), which notify nobody. A PR comment
   * (the default) turns them into entities, so catalog text from a PR cannot ping a team or link an issue.
   */
  keepReferences?: boolean;
}

export function escapeMarkdown(value: unknown, opts: EscapeOptions = {}): string {
  const s = value === undefined || value === null ? '' : String(value);
  const special = opts.keepReferences ? /[&<>"|\\`*_[\]~!]/g : /[&<>"@#|\\`*_[\]~!]|:\/\//g;
  return (
    s
      .replace(/[\r\n]+/g, ' ')
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      // one pass, so an entity's own & and # are not escaped again
      .replace(special, (c) => ENTITY[c] ?? (c === '://' ? '&#58;//' : `\\${c}`))
      // list, heading, quote or rule markers only matter at the start
      .replace(/^(\s*)([-+=#>])/, '$1\\$2')
      // an ordered-list marker is escaped on its dot: a backslash before a digit is not a Markdown escape
      .replace(/^(\s*)(\d+)\./, '$1$2\\.')
  );
}

/** Inline code with a fence longer than any backtick run inside, so the value cannot close it. */
export function codeSpan(value: unknown): string {
  const s = (value === undefined || value === null ? '' : String(value)).replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A fenced block (```lang) whose fence is longer than any backtick run in the content. */
export function fencedBlock(lang: string, content: string): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${content}${content === '' || content.endsWith('\n') ? '' : '\n'}${fence}`;
}

/**
 * Text inside a quoted Mermaid label: anything but plain letters, digits and a little punctuation becomes a
 * numeric entity (#34; for "), so a label cannot end itself, the block, or become Markdown or HTML.
 */
export function mermaidLabel(value: unknown, max = 80): string {
  const s = (value === undefined || value === null ? '' : String(value)).replace(/\s+/g, ' ').slice(0, max);
  return s.replace(/[^A-Za-z0-9 _.,/+-]/g, (c) => `#${c.codePointAt(0)};`);
}
