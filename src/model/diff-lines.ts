import { parsePatch } from 'diff';

/**
 * Lines a review comment may sit on: the RIGHT side (head) lines inside the PR's diff hunks, added or context.
 * Anything else makes GitHub reject the whole review with 422 "line must be part of the diff".
 */
export class DiffLines {
  private readonly right = new Map<string, Set<number>>();
  private readonly added = new Map<string, Set<number>>();
  /** LEFT side (base): deleted and context lines, where comments on removals go. */
  private readonly left = new Map<string, Set<number>>();

  /** One file's patch as pulls.listFiles returns it (hunks only, no ---/+++ header). */
  addFilePatch(path: string, patch: string): void {
    const text =
      patch.startsWith('---') || patch.startsWith('diff ') ? patch : `--- a/${path}\n+++ b/${path}\n${patch}\n`;
    for (const p of parsePatch(text)) this.addHunks(path, p.hunks);
  }

  /** A whole `git diff` (several files); paths from the +++ side. */
  addUnifiedDiff(text: string): void {
    for (const p of parsePatch(text)) {
      const name = p.newFileName;
      if (!name || name === '/dev/null') continue;
      this.addHunks(name.replace(/^b\//, ''), p.hunks);
    }
  }

  private addHunks(path: string, hunks: Array<{ oldStart: number; newStart: number; lines: string[] }>): void {
    const right = this.right.get(path) ?? new Set<number>();
    const added = this.added.get(path) ?? new Set<number>();
    const left = this.left.get(path) ?? new Set<number>();
    for (const h of hunks) {
      let line = h.newStart;
      let old = h.oldStart;
      for (const l of h.lines) {
        if (l.startsWith('\\')) continue;
        if (!l.startsWith('+')) left.add(old++);
        if (l.startsWith('-')) continue;
        right.add(line);
        if (l.startsWith('+')) added.add(line);
        line += 1;
      }
    }
    this.right.set(path, right);
    this.added.set(path, added);
    this.left.set(path, left);
  }

  hasLeft(path: string, line: number): boolean {
    return this.left.get(path)?.has(line) ?? false;
  }

  has(path: string, line: number): boolean {
    return this.right.get(path)?.has(line) ?? false;
  }

  isAdded(path: string, line: number): boolean {
    return this.added.get(path)?.has(line) ?? false;
  }

  /** Every line of [start, end] inside the diff (a suggestion's range must be). */
  hasRange(path: string, start: number, end: number): boolean {
    for (let l = start; l <= end; l++) if (!this.has(path, l)) return false;
    return true;
  }

  /** Take `path`'s lines from another diff (a local git diff filling in a patch GitHub left out). */
  merge(other: DiffLines, path: string): void {
    this.right.set(path, new Set(other.right.get(path)));
    this.added.set(path, new Set(other.added.get(path)));
    this.left.set(path, new Set(other.left.get(path)));
  }

  files(): string[] {
    return [...this.right.keys()];
  }
}
