import type { YamlEdit, YamlPath } from '../model/edit.js';
import { applyOne } from './yaml-edit-ops.js';
import { applyInPasses } from './yaml-edit-passes.js';

export type { YamlEdit, YamlPath } from '../model/edit.js';
export { INLINE_WIDTH, inlineWidth, YamlEditError } from './yaml-edit-ops.js';

/**
 * Surgical edits of a YAML file's text (catalogs are written by people: their comments, key order, quoting
 * and blank lines must survive a tool's write). An edit finds node ranges in the text as `yaml` parses it, then
 * splices new text in place of the edited node only; everything outside it is kept byte-for-byte. An edit that
 * would not change the data (same value already there) leaves the text unchanged, so applying the same edits
 * twice gives the same bytes.
 *
 * A list of edits gives the bytes of applying them one at a time, in order, with one parse of the text for all
 * the edits that do not depend on one another (yaml-edit-passes.ts): thousands of them on a large catalog cost
 * about one parse, not one each.
 */
export function applyYamlEdits(text: string, edits: readonly YamlEdit[]): string {
  return applyInPasses(text, edits);
}

/**
 * Sets the comment that ends the line of the value at `path`; inside a flow collection, the line the outermost one
 * ends on (a comment cannot sit inside it). A line that goes on after the value with something else than a comment
 * is left as it is. The comment is one line: a name read from a manifest cannot start a new YAML line.
 */
export function setLineComment(text: string, path: YamlPath, comment: string, replaces?: string): string {
  return applyOne(text, { op: 'comment', path, comment, replaces });
}

/** Sets the value at `path`. Intermediate mappings that are missing are created under the nearest existing one. */
export function setYamlValue(
  text: string,
  path: YamlPath,
  value: unknown,
  opts: { after?: string; compact?: boolean; flowLike?: string; comment?: string } = {},
): string {
  return applyOne(text, { op: 'set', path, value, ...opts });
}

/** Appends `value` to the sequence at `path` (in a block sequence, after a comment line when one is given). */
export function appendYamlItem(
  text: string,
  path: YamlPath,
  value: unknown,
  opts: { compact?: boolean; comment?: string } = {},
): string {
  return applyOne(text, { op: 'append', path, value, ...opts });
}
