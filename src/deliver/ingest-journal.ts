import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../model/input-error.js';
import { writeFileAtomic } from './atomic-write.js';
import { commitFiles, commitOfSnapshot, GitLockBusy, stagedOrChanged } from './ingest-commit.js';
import type { RepoLock } from './repo-lock.js';

/**
 * ingest's write-ahead journal: before it writes a catalog or baseline, ingest records every file's new text (and
 * a hash of what it replaces) in one file under the git dir, written atomically; it removes the journal once the
 * files are written (--write) or committed (--commit). A run killed in between leaves the journal, and the next
 * run (under the repository lock) finishes the job: it writes what was not written yet and, for --commit, makes
 * the commit — so a retry does not say "nothing changed", and files a killed run left staged are recognised as
 * threatcat's own.
 */
export const JOURNAL_NAME = 'threatcat-ingest.json';

export interface JournalEntry {
  /** Repository-relative path. */
  path: string;
  /** sha256 of the file before ingest wrote it; null when there was no regular file. */
  before: string | null;
  after: string;
}

export interface Journal {
  version: 1;
  pid: number;
  snapshot: string;
  commit: boolean;
  message?: string;
  files: JournalEntry[];
}

export interface Recovered {
  snapshot: string;
  /** Files written now (the interrupted run had not got to them). */
  written: string[];
  /** The commit made now for the interrupted run. */
  commit?: string;
}

export function journalPath(lock: RepoLock): string {
  return lock.gitDir ? join(lock.gitDir, JOURNAL_NAME) : `${lock.path}.journal.json`;
}

/** sha256 of a regular file's bytes; null for no file (or a link, a device: ingest replaces those, never reads them). */
export function fileHash(abs: string): string | null {
  try {
    if (!lstatSync(abs).isFile()) return null;
    return createHash('sha256').update(readFileSync(abs)).digest('hex');
  } catch {
    return null;
  }
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function writeJournal(path: string, j: Journal): void {
  writeFileAtomic(path, `${JSON.stringify(j)}\n`);
}

export function clearJournal(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

export function readJournal(path: string): Journal | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const j = JSON.parse(text) as Journal;
    if (j.version === 1 && typeof j.snapshot === 'string' && Array.isArray(j.files)) return j;
  } catch {
    // Reported below.
  }
  throw new UsageError(
    `${path}: not a journal threatcat can read (an interrupted ingest's record); remove it (rm '${path}') and run ingest again`,
  );
}

/** Repository paths a pending journal will commit: staged, they are threatcat's own, not someone else's. */
export function journalFiles(path: string): string[] {
  try {
    return (readJournal(path)?.files ?? []).map((f) => f.path);
  } catch {
    return [];
  }
}

/**
 * Finishes what an interrupted ingest began (the caller holds the repository lock, so its owner is gone): each
 * file still holding its old content gets the new and, if that run was to commit, its commit is made (whatever
 * this run was asked to do: it finishes the earlier request) unless the history already has its snapshot. A file changed by something else since is never overwritten:
 * that stops the run with a message saying what to do.
 */
export async function recoverJournal(root: string, path: string): Promise<Recovered | undefined> {
  const j = readJournal(path);
  if (!j) return undefined;
  const written: string[] = [];
  for (const f of j.files) {
    const abs = join(root, f.path);
    const now = fileHash(abs);
    if (now === textHash(f.after)) continue;
    if (now !== f.before)
      throw new UsageError(
        `an interrupted ingest of snapshot ${j.snapshot} left its journal ${path}, and ${f.path} has changed since ` +
          'it was interrupted (it holds neither its old content nor what ingest wrote): threatcat will not overwrite ' +
          `it. Check the file (and commit it if it is right), then remove the journal (rm '${path}') and run again`,
      );
    writeFileAtomic(abs, f.after);
    written.push(f.path);
  }
  if (!j.commit) {
    clearJournal(path);
    return { snapshot: j.snapshot, written };
  }
  // Killed after its commit but before clearing the journal: the commit is there, nothing more to do.
  let commit: string | undefined;
  if (!(await commitOfSnapshot(root, j.snapshot))) {
    const changed = await stagedOrChanged(
      root,
      j.files.map((f) => f.path),
    );
    if (changed.length > 0)
      commit = await commitJournaled(
        path,
        root,
        changed.map((f) => join(root, f)),
        j.message ?? `threatcat ingest\n\nThreatcat-Snapshot: ${j.snapshot}\n`,
      );
  }
  clearJournal(path);
  return { snapshot: j.snapshot, written, ...(commit ? { commit } : {}) };
}

/**
 * commitFiles, keeping the journal only while git's lock is the obstacle (the next run commits); a hook that
 * refused the commit hands the written files to the user (its message says so), so the journal goes.
 */
export async function commitJournaled(path: string, root: string, files: string[], message: string): Promise<string> {
  try {
    return await commitFiles(root, files, message);
  } catch (err) {
    if (!(err instanceof GitLockBusy)) clearJournal(path);
    throw err;
  }
}
