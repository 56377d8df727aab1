/** Tests on one record's text shared by the readers on this thread and the audit parser threads. */

/** Spaces, tabs and CRs only: a blank line is no record at all (not counted, not malformed). */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Why a line is not JSON, in a few words: truncated, binary, or just not JSON. */
export function invalidJson(text: string): string {
  // U+FFFD: bytes that are not UTF-8; C0 controls other than tab: binary data.
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) return 'invalid JSON (binary data)';
  const t = text.trimEnd();
  if (t.startsWith('{') && !t.endsWith('}')) return 'invalid JSON (truncated)';
  return 'invalid JSON';
}

/** JSON text that stops inside a string, or with an object or array still open (a document cut off). */
export function endsUnfinished(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return inString || depth > 0;
}

/** Said of a JSON line holding `null`. */
export const NULL_RECORD = 'null is not an evidence record';
