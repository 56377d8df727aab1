import type { Document } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/**
 * NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: plain characters to YAML 1.2, but line breaks to YAML 1.1 parsers
 * (PyYAML, yamllint, ruamel), to editors and to diff views. A name read from a manifest may hold one; written raw
 * into a catalog, it would end the line it is on (the rest of a comment read as YAML, a scalar folded to a space).
 * The writers quote every string holding one, then escape every one left in their output.
 */
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/;
const ALL_LINE_SEPARATORS = new RegExp(LINE_SEPARATORS.source, 'g');

/**
 * Strings that hold a line separator are written double-quoted, the one style with escapes; comments get the escape
 * as text (`yaml` would start a new comment line at each).
 */
export function guardLineSeparators(doc: Document): void {
  const escapeComments = (n: { comment?: string | null; commentBefore?: string | null }) => {
    if (n.comment) n.comment = escapeLineSeparators(n.comment);
    if (n.commentBefore) n.commentBefore = escapeLineSeparators(n.commentBefore);
  };
  escapeComments(doc);
  yamlLib().visit(doc, {
    Node(_, node) {
      escapeComments(node);
    },
    Scalar(_, node) {
      escapeComments(node);
      if (typeof node.value === 'string' && LINE_SEPARATORS.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

/**
 * Each line separator as its escape (`\u2028`): inside a double-quoted scalar the same string, in a comment (which
 * has no escapes) text that shows where the character was.
 */
export function escapeLineSeparators(s: string): string {
  return s.replace(ALL_LINE_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
