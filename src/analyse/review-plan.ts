import { createHash } from 'node:crypto';
import type { Severity } from '../model/finding.js';
import { SEVERITY_RANK } from '../model/finding.js';
import type { DiffLines } from './pr-diff-lines.js';

/** GitHub trips abuse detection on larger reviews; reviewdog uses the same cap. */
export const MAX_INLINE_COMMENTS = 30;

export interface ReviewCandidate {
  path: string;
  line: number;
  /** A range (suggestions replace start..line). */
  startLine?: number;
  /** LEFT: a line of the base version (something the PR removed). Default RIGHT. */
  side?: 'LEFT' | 'RIGHT';
  severity: Severity;
  /** Rendered comment body, without the fingerprint marker. */
  body: string;
  /** One line for the review body when it cannot be inline. */
  summary: string;
  /** What identifies the comment across runs when the body holds run-specific text (a suggestion's timestamp). */
  key?: string;
}

export interface PostedComment {
  id: number;
  fingerprint: string;
  /** Someone replied: deleting it would take their reply with it. */
  hasReplies: boolean;
}

export interface ReviewPlan {
  /** New inline comments (≤ MAX_INLINE_COMMENTS), each with its fingerprint. */
  post: Array<ReviewCandidate & { fingerprint: string }>;
  /** Inline-able but over the cap: listed in the review body. */
  overflow: ReviewCandidate[];
  /** Not on a line of the diff: the summary comment and annotations carry them. */
  outsideDiff: ReviewCandidate[];
  /** Our earlier comments that no longer apply and nobody replied to. */
  remove: number[];
  /** Our earlier comments that no longer apply but have replies: their threads are resolved, not deleted. */
  resolve: number[];
  /** Already posted and still true: not repeated. */
  alreadyPosted: number;
}

const MARKER_PREFIX = '<!-- threatcat:fp:';

export function fingerprintMarker(fp: string): string {
  return `${MARKER_PREFIX}${fp} -->`;
}

export function readFingerprint(body: string): string | undefined {
  const m = /<!-- threatcat:fp:([0-9a-f]{16,64}) -->/.exec(body);
  return m?.[1];
}

/** Stable across runs for the same comment on the same line; a moved or reworded one is a new comment. */
export function candidateFingerprint(c: ReviewCandidate): string {
  return createHash('sha256')
    .update([c.path, c.side ?? 'RIGHT', c.startLine ?? '', c.line, c.key ?? c.body].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** Pure: which comments to post, which to list, which earlier ones to delete. */
export function planReview(candidates: ReviewCandidate[], lines: DiffLines, posted: PostedComment[]): ReviewPlan {
  const sorted = [...candidates].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.path.localeCompare(b.path) || a.line - b.line,
  );
  const inDiff: Array<ReviewCandidate & { fingerprint: string }> = [];
  const outsideDiff: ReviewCandidate[] = [];
  const seen = new Set<string>();
  for (const c of sorted) {
    const ok =
      c.side === 'LEFT'
        ? c.startLine === undefined && lines.hasLeft(c.path, c.line)
        : c.startLine !== undefined
          ? c.startLine < c.line && lines.hasRange(c.path, c.startLine, c.line)
          : lines.has(c.path, c.line);
    if (!ok) {
      outsideDiff.push(c);
      continue;
    }
    const fingerprint = candidateFingerprint(c);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    inDiff.push({ ...c, fingerprint });
  }
  const postedFps = new Set(posted.map((p) => p.fingerprint));
  const wanted = new Set(inDiff.map((c) => c.fingerprint));
  const fresh = inDiff.filter((c) => !postedFps.has(c.fingerprint));
  // Two concurrent runs may both have posted the same comment: keep the first of each fingerprint.
  const firstOf = new Map<string, number>();
  for (const p of posted) if (!firstOf.has(p.fingerprint)) firstOf.set(p.fingerprint, p.id);
  const stale = posted.filter((p) => !wanted.has(p.fingerprint) || firstOf.get(p.fingerprint) !== p.id);
  return {
    post: fresh.slice(0, MAX_INLINE_COMMENTS),
    overflow: fresh.slice(MAX_INLINE_COMMENTS),
    outsideDiff,
    remove: stale.filter((p) => !p.hasReplies).map((p) => p.id),
    resolve: stale.filter((p) => p.hasReplies).map((p) => p.id),
    alreadyPosted: inDiff.length - fresh.length,
  };
}
