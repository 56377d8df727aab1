/**
 * Characters that must not reach a line of plain-text output raw: line breaks (a name holding "\n::error::"
 * would start a line GitHub takes for a workflow command), other C0 and C1 controls (terminal escapes), and the
 * invisible ones that reorder or hide what a reviewer reads (BIDI controls, zero-width characters, U+2028).
 */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/**
 * Untrusted text (file, tool, server, threat names from a pull request) made safe for one line of plain-text
 * output: each unsafe character becomes a visible escape (`\n`, `\u001b`, `\u202e`), so the text stays on its
 * line and shows what is really there.
 */
export function oneLine(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return s.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** UNSAFE less the line breaks: for a format that escapes those in its own way (GitHub workflow commands). */
const UNSAFE_INLINE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Untrusted text with every unsafe character but `\n` and `\r` made a visible escape, as oneLine does: a workflow
 * command's message escapes line breaks itself (%0A), and shows the rest raw in the log and the annotation, where a
 * terminal escape recolours the log and a BIDI override reorders what a reviewer reads.
 */
export function visibleControls(value: string): string {
  return value.replace(UNSAFE_INLINE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
