import type { Finding } from '../model/finding.js';
import type { ReopenEvent } from '../model/catalog.js';
import type { Config } from '../read/config.js';

/**
 * The contract with `threatcat diff` (branch `diff`): its JSON output and its function return this shape.
 * The Action only reads it; it never invents events.
 */
export interface SurfaceEvent {
  type: ReopenEvent | string;
  /** The agent, as namespace/name. */
  agent: string;
  /** The catalog of that agent (relative to the diff's root). */
  catalog?: string;
  /** Repository-relative (to the diff's root): the changed node in head, in base for removals. */
  file: string;
  line: number;
  subject?: string;
  before?: unknown;
  after?: unknown;
}

export interface ReopenEntry {
  /** Catalog file, relative to the diff's root. */
  catalog: string;
  threat: string;
  /** Event types that re-open it. */
  events: string[];
  /** false when the head's catalog already records the re-open (nothing left to apply). */
  pending?: boolean;
}

export function isPending(r: ReopenEntry): boolean {
  return r.pending !== false;
}

export interface SurfaceDiffResult {
  events: SurfaceEvent[];
  /** Closed or accepted threats the events invalidate: they must go back to open. */
  reopen: ReopenEntry[];
  /** Open threats the events also concern (nothing to write, but their evidence is stale too). */
  alreadyOpen: ReopenEntry[];
  findings: Finding[];
}

export interface SurfaceDiffOptions {
  root: string;
  base: string;
  head: string;
  write: boolean;
  now: Date;
  config?: Config;
}

export type SurfaceDiffer = (opts: SurfaceDiffOptions) => Promise<SurfaceDiffResult> | SurfaceDiffResult;

/** A removal's line is in the base version of the file (GitHub's LEFT side). */
export function isBaseSide(e: SurfaceEvent): boolean {
  return e.after === null || e.after === undefined;
}

/** `threatcat diff` (src/deliver/run-diff.ts), loaded lazily like the CLI's commands. */
export async function loadDiffer(): Promise<SurfaceDiffer> {
  const { runDiff } = await import('../deliver/run-diff.js');
  return async (o) => {
    const r = await runDiff({ root: o.root, base: o.base, head: o.head, write: o.write, now: o.now, config: o.config });
    return {
      events: r.events,
      // runDiff lists only threats the head's catalog does not yet record as open: all pending until written.
      reopen: r.reopen.map((e) => ({ catalog: e.catalog, threat: e.threat, events: e.events, pending: !o.write })),
      alreadyOpen: r.alreadyOpen.map((e) => ({
        catalog: e.catalog,
        threat: e.threat,
        events: e.events,
        pending: false,
      })),
      findings: [
        ...r.inputErrors.map(
          (e): Finding => ({ rule: 'unreadable-input', severity: 'error', ...e.position, message: e.message }),
        ),
        ...r.findings,
      ],
    };
  };
}
