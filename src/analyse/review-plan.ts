import { createHash } from 'node:crypto';
import { SEVERITY_RANK } from '../model/finding.js';
import type { DiffLines } from '../model/diff-lines.js';
import type { PostedComment, ReviewCandidate, ReviewPlan } from '../model/review.js';

/** GitHub trips abuse detection on larger reviews; reviewdog uses the same cap. */
export const MAX_INLINE_COMMENTS = 30;

export type { PostedComment, ReviewCandidate, ReviewPlan } from '../model/review.js';
export { fingerprintMarker, readFingerprint } from '../model/review.js';

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
