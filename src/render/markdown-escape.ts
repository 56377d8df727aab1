/**
 * Untrusted text (catalog titles, manifest values, PR data) → inert GitHub Markdown: no links, images, HTML,
 * mentions, issue references, tables or headings can be forged. Entities keep the text readable. GitHub finds
 * mentions and issue references in the rendered text, where an entity is already a plain `@` again: a
 * zero-width space after `@` and `#` (as Dependabot does) keeps `@org/team` and `#12` from notifying or linking.
 */
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '@': '&#64;&#8203;',
  '#': '&#35;&#8203;',
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
  const special = opts.keepReferences ? /[&<>"|\\`*_[\]~!]/g : /[&<>"@#|\\`*_[\]~!]|:\/\/|\bwww\./gi;
  return (
    visible(value)
      // one pass, so an entity's own & and # are not escaped again
      .replace(special, (c) =>
        c === '://' ? '&#58;//' : /^www\.$/i.test(c) ? `${c.slice(0, 3)}&#46;` : (ENTITY[c] ?? `\\${c}`),
      )
      // list, heading, quote or rule markers only matter at the start
      .replace(/^(\s*)([-+=#>])/, '$1\\$2')
      // an ordered-list marker is escaped on its dot: a backslash before a digit is not a Markdown escape
      .replace(/^(\s*)(\d+)\./, '$1$2\\.')
  );
}

/**
 * One line of untrusted text with nothing invisible in it: line breaks (CR, LF, NEL, U+2028/9) become spaces,
 * other controls, BIDI controls and zero-width characters become U+FFFD, so what a reviewer reads is what is
 * there (a right-to-left override could make a name read as another).
 */
function visible(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return s
    .replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '\ufffd');
}

/**
 * Inline code with a fence longer than any backtick run inside, so the value cannot close it. In a table cell
 * (`table`), a `|` would end the cell even inside the code span and let the rest of the value out as raw
 * Markdown and HTML: GitHub reads `\|` there as a literal pipe (outside a table it would show the backslash).
 */
export function codeSpan(value: unknown, opts: { table?: boolean } = {}): string {
  let s = visible(value);
  if (opts.table) s = s.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || s === '' ? ' ' : '';
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
