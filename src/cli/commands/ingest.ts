import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { argumentError, didYouMean, parseCommandArgs, pickFormat, type CommandSpec } from '../args.js';
import { resolveRoot } from '../../read/workspace.js';
import { READER_NAMES, type ReaderName } from '../../model/observation.js';
import { runIngest } from '../../app/ingest.js';
import { UsageError } from '../../model/input-error.js';
import { ingestJson, ingestText } from '../../render/ingest-report.js';
import { oneLine } from '../../render/findings-text.js';
import type { StreamProgress } from '../../read/evidence/stream.js';

const SPEC: CommandSpec = {
  name: 'ingest',
  help: `Usage: threatcat ingest SNAPSHOT... [--source NAME] [--namespace NS] [--write] [--commit]
                        [--emit-summary FILE] [-C DIR] [--format text|json] [--config FILE]

Reads runtime evidence (plain or gzip, any size, streamed) and evaluates every catalog under DIR against it:
signals validated (closed), fired (re-opened, exit 1), gaps; dormant permissions (declared RBAC never used);
the per-Deployment baseline and its drift (re-opens coercion threats, exit 1).

Formats are detected from content; --source forces one:
  ${READER_NAMES.join(', ')}
  --namespace NS       the namespace of the ToolHive servers whose audit logs are given (their events name none;
                       without it an event is given to the one catalogued ToolHive server of its name, if one)
  --write              update catalogs (comment-preserving) and <name>.baseline.json beside them
  --commit             --write, then one git commit with a Threatcat-Snapshot trailer (none if already recorded)
  --emit-summary FILE  write the observation summary (JSON lines; mergeable, readable by ingest)
Exit: 0 clean, 1 a signal fired or the baseline drifted, 2 usage error, unreadable input, or the repository
held by another run (THREATCAT_LOCK_TIMEOUT seconds, default 60) or by a git lock file left behind.
A Kubernetes audit log of 8 MiB or more is parsed on THREATCAT_INGEST_THREADS threads (default: CPUs - 1, at most 4,
the CPUs capped by a container's CPU quota; 0: none) while it is counted in order; the result is the same.
`,
};

export async function ingestCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {
    source: { type: 'string' },
    namespace: { type: 'string' },
    write: { type: 'boolean' },
    commit: { type: 'boolean' },
    'emit-summary': { type: 'string' },
  });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  const format = pickFormat(SPEC, values.format, ['text', 'json'] as const, 'text');
  if (positionals.length === 0) throw argumentError(SPEC, 'give at least one evidence SNAPSHOT file');
  const source = values.source as ReaderName | undefined;
  if (source !== undefined && !(READER_NAMES as readonly string[]).includes(source)) {
    throw argumentError(
      SPEC,
      `--source ${source}: expected one of ${READER_NAMES.join(', ')}${didYouMean(source, READER_NAMES)}`,
    );
  }
  const namespace = values.namespace as string | undefined;
  if (namespace !== undefined && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace))
    throw argumentError(SPEC, `--namespace ${namespace}: not a Kubernetes namespace name (RFC 1123 label)`);
  const root = resolveRoot(values.C);
  const progress = progressLine(io);
  let out: Awaited<ReturnType<typeof runIngest>>;
  try {
    out = await runIngest({
      root,
      configPath: values.config,
      snapshots: positionals,
      source,
      namespace,
      write: Boolean(values.write),
      commit: Boolean(values.commit),
      emitSummary: values['emit-summary'],
      now: io.now(),
      onProgress: progress.update,
      onWait: (m) => io.stderr(`threatcat: ${m}\n`),
      threads: parserThreads(io.env.THREATCAT_INGEST_THREADS),
    });
  } finally {
    progress.end();
  }
  const { config, report } = out;
  if (report.catalogs === 0)
    io.stderr(`threatcat: no catalogs found under ${root} (looked for ${config.catalogs.join(', ')})\n`);
  io.stdout(format === 'json' ? ingestJson(report) : ingestText(report));
  const reopened = report.plans.some((p) => p.fired.length > 0 || p.drift.length > 0);
  return reopened ? EXIT.findings : EXIT.clean;
}

/**
 * One line on a terminal's stderr, rewritten in place a few times a second: how far into each file, as a
 * percentage of the file as stored (a .gz at its compressed size, whatever it expands to). The line is ended before
 * anything else is printed, so the report never starts on it.
 */
function progressLine(io: Io): { update?: (file: string, p: StreamProgress) => void; end: () => void } {
  if (!io.isTTY) return { end: () => {} };
  let shown = false;
  let last = 0;
  const update = (file: string, p: StreamProgress) => {
    const now = Date.now();
    const done = p.read >= p.size;
    if (!done && now - last < 200) return;
    last = now;
    const pct = p.size > 0 ? Math.min(100, Math.floor((p.read / p.size) * 100)) : 100;
    const mb = (n: number) => (n < 1e6 ? `${Math.ceil(n / 1e3)} kB` : `${(n / 1e6).toFixed(n < 10e6 ? 1 : 0)} MB`);
    const what = p.gzip
      ? `${pct}% of ${mb(p.size)} compressed (${mb(p.decompressed)} decompressed)`
      : `${pct}% of ${mb(p.size)}`;
    // \r and erase-line: the shorter line that follows a longer one leaves nothing behind.
    io.stderr(`\r\u001b[2Kthreatcat ingest: ${oneLine(file)}: ${what}`);
    shown = true;
  };
  return {
    update,
    end: () => {
      if (shown) io.stderr('\n');
    },
  };
}

/** THREATCAT_INGEST_THREADS: a whole number from 0 to 64, or unset (by the usable CPUs). */
function parserThreads(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new UsageError(`THREATCAT_INGEST_THREADS=${raw}: expected a whole number from 0 to 64`);
  return n;
}
