import type { Severity } from './finding.js';

/** Inline review comments: what threatcat proposes, what it posted before, and what to do. */

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
