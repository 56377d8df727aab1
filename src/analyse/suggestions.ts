import { structuredPatch } from 'diff';

/** A replacement of head lines start..end (1-based, inclusive) by `replacement`, as a suggestion block does. */
export interface LineEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The edits that turn `before` into `after`, each anchored on existing lines (a suggestion cannot sit on a line that
 * does not exist yet: a pure insertion is attached to the line above it, or below it at the top of the file).
 */
export function lineEdits(before: string, after: string): LineEdit[] {
  const patch = structuredPatch('a', 'b', before, after, '', '', { context: 0 });
  const beforeLines = before.split('\n');
  const edits: LineEdit[] = [];
  for (const h of patch.hunks) {
    const added = h.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1));
    if (h.oldLines > 0) {
      edits.push({ start: h.oldStart, end: h.oldStart + h.oldLines - 1, replacement: joinLines(added) });
    } else if (h.oldStart >= 2) {
      // jsdiff: with no old lines, oldStart is the line the insertion goes before.
      const anchor = h.oldStart - 1;
      edits.push({ start: anchor, end: anchor, replacement: joinLines([beforeLines[anchor - 1], ...added]) });
    } else {
      edits.push({ start: 1, end: 1, replacement: joinLines([...added, beforeLines[0]]) });
    }
  }
  return edits;
}

function joinLines(lines: string[]): string {
  return lines.length ? `${lines.join('\n')}\n` : '';
}
