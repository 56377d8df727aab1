import type { CatalogPlan, DormantEntry, IngestReport } from '../model/ingest-result.js';
import { MALFORMED_RECORD } from '../analyse/finding-ids.js';
import { findingLine } from './findings-text.js';
import { oneLine } from '../model/inert-text.js';

export type { IngestReport } from '../model/ingest-result.js';

/** `--format json`: the stable shape documented in docs/ingest.md. */
export function ingestJson(r: IngestReport): string {
  const all = <K extends keyof CatalogPlan>(k: K) => r.plans.flatMap((p) => p[k] as unknown[]);
  const dedupe = <T>(list: T[]) => [...new Map(list.map((x) => [JSON.stringify(x), x])).values()];
  const out = {
    snapshot: { digest: r.digest, sources: r.sources },
    events: r.events,
    malformed: r.malformed,
    closed: r.plans.flatMap((p) => p.closed.map((threat) => ({ catalog: p.file, threat }))),
    gaps: all('gaps'),
    fired: all('fired'),
    reopened: all('reopened'),
    dormant: dedupe(all('dormant')),
    denied: dedupe(all('denied')),
    drift: all('drift'),
    // Everything beyond the contract's keys lives here, so the top level stays exactly the documented shape.
    details: {
      unobservable: dedupe(all('unobservable')),
      // Dormant permissions new to the catalogs, with the day each needs a disposition by.
      newDormant: dedupe(all('newDormant')),
      wildcards: dedupe(all('wildcards')),
      lapsed: r.plans.flatMap((p) => p.lapsed.map((threat) => ({ catalog: p.file, threat }))),
      baselines: r.plans.map((p) => ({
        catalog: p.file,
        state: p.convergence.state,
        windowDays: p.convergence.windowDays,
        quietDays: p.convergence.quietDays,
        reason: p.convergence.reason,
      })),
      malformedLines: r.files.flatMap((f) => f.samples.map((s) => ({ file: f.file, line: s.line, reason: s.reason }))),
      // Per file: records = events + folded + malformed (for line-per-event formats such as kube-audit).
      folded: r.folded,
      files: r.files.map((f) => ({
        file: f.file,
        reader: f.reader ?? null,
        records: f.records,
        events: f.events,
        folded: f.folded,
        malformed: f.malformed,
      })),
      written: r.written,
      commit: r.commit?.hash ?? null,
      ...(r.recovered ? { recovered: r.recovered } : {}),
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function ingestText(r: IngestReport): string {
  const lines: string[] = [];
  const src =
    Object.entries(r.sources)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'no events';
  lines.push(
    `Snapshot ${r.digest}: ${r.files.length} file(s), ${r.events} events (${src})${r.folded ? `, ${r.folded} duplicate stage line(s) folded` : ''}${r.malformed ? `, ${r.malformed} malformed` : ''}`,
  );
  for (const f of r.files)
    for (const s of f.samples)
      lines.push(
        findingLine({
          file: f.file,
          line: s.line,
          column: 1,
          severity: 'warning',
          rule: MALFORMED_RECORD,
          message: s.reason,
        }),
      );
  for (const f of r.files)
    if (f.malformed > f.samples.length)
      lines.push(`  ${f.file}: ${f.malformed - f.samples.length} more malformed record(s)`);
  // Every record of every file is accounted for: an event, a folded stage, or malformed.
  for (const f of r.files)
    if (f.folded > 0 || f.malformed > 0)
      lines.push(
        `  ${f.file}: ${f.records} record(s): ${f.events} event(s), ${f.folded} duplicate stage line(s) folded (RequestReceived and repeated stages of requests counted once), ${f.malformed} malformed`,
      );
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push('', `${title} (${items.length})`, ...items.map((i) => `  ${i}`));
  };
  // What may have materialised comes first.
  section(
    'FIRED: threats re-opened (signal-fired)',
    r.plans.flatMap((p) =>
      p.fired.map((f) => `${p.file} ${f.threat}: ${f.source} "${f.signal}" matched ${f.events} event(s), last ${f.at}`),
    ),
  );
  section(
    'BASELINE DRIFT: coercion threats re-opened',
    r.plans.flatMap((p) =>
      p.drift.map(
        (d) => `${p.file} ${d.workload}: new ${d.kind} ${d.behaviour} (first ${d.first}, ${d.events} event(s))`,
      ),
    ),
  );
  section(
    'Re-opened',
    r.plans.flatMap((p) => p.reopened.map((x) => `${p.file} ${x.threat} (${x.event}: ${x.subject})`)),
  );
  section(
    'Closed',
    r.plans.flatMap((p) => p.closed.map((t) => `${p.file} ${t}`)),
  );
  section(
    'Lapsed to open (evidence older than maxEvidenceAgeDays)',
    r.plans.flatMap((p) => p.lapsed.map((t) => `${p.file} ${t}`)),
  );
  section(
    'Gaps: signals without data',
    r.plans.flatMap((p) => p.gaps.map((g) => `${p.file} ${g.threat} [${g.source}]: ${g.reason}`)),
  );
  const newDue = new Map(r.plans.flatMap((p) => p.newDormant.map((d) => [dormantKey(d), d.triageBy] as const)));
  section(
    'Dormant permissions (declared, never used)',
    dedupeStrings(
      r.plans.flatMap((p) =>
        p.dormant.map(
          (d) =>
            `blast ${String(d.blast).padStart(2)}  ${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource} (namespace ${d.namespace}) ${d.identity}${d.wildcard ? ' WILDCARD' : ''}${newDue.has(dormantKey(d)) ? ` [new: needs a disposition${newDue.get(dormantKey(d)) ? ` by ${newDue.get(dormantKey(d))}` : ''}]` : ''}`,
        ),
      ),
    ),
  );
  section(
    'Wildcard grants',
    dedupeStrings(
      r.plans.flatMap((p) =>
        p.wildcards.map(
          (w) =>
            `${w.verb} ${w.apiGroup ? `${w.apiGroup}/` : ''}${w.resource} (namespace ${w.namespace}) ${w.identity}: ${w.used ? 'used' : 'dormant'}, blast ${w.blast}`,
        ),
      ),
    ),
  );
  section(
    'Unobservable in audit logs (bind, escalate, impersonate, use…)',
    dedupeStrings(
      r.plans.flatMap((p) =>
        p.unobservable.map(
          (d) =>
            `blast ${String(d.blast).padStart(2)}  ${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource} (namespace ${d.namespace}) ${d.identity}`,
        ),
      ),
    ),
  );
  section(
    'Denied (403): attempted, not granted',
    dedupeStrings(
      r.plans.flatMap((p) =>
        p.denied.map(
          (d) =>
            `${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource}${d.names.length ? ` ${d.names.join(',')}` : ''} (namespace ${d.namespace || '-'}) ${d.identity} ×${d.count}`,
        ),
      ),
    ),
  );
  for (const p of r.plans)
    if (p.permissionsSkipped) lines.push('', `${p.file}: dormant permissions not computed: ${p.permissionsSkipped}`);
  lines.push('', ...r.plans.map((p) => `Baseline of ${p.file}: ${p.convergence.state} (${p.convergence.reason})`));
  if (r.recovered)
    lines.push(
      `Finished the interrupted ingest of snapshot ${r.recovered.snapshot}: ${[
        ...(r.recovered.written.length > 0 ? [`wrote ${r.recovered.written.join(', ')}`] : []),
        ...(r.recovered.commit ? [`committed ${r.recovered.commit.slice(0, 12)}`] : []),
      ].join(', ')}`,
    );
  if (r.summaryFile) lines.push(`Summary written to ${r.summaryFile}`);
  if (r.written.length > 0) lines.push(`Wrote ${r.written.join(', ')}`);
  if (r.commit?.hash) lines.push(`Committed ${r.commit.hash.slice(0, 12)}`);
  if (r.commit?.skipped) lines.push(`No commit: ${r.commit.skipped}`);
  // Each entry is one line: file, tool, identity and resource names inside it come from evidence and manifests.
  return `${lines.map(oneLine).join('\n')}\n`;
}

function dormantKey(d: DormantEntry): string {
  return [d.identity, d.apiGroup, d.resource, d.verb, d.namespace].join('\0');
}

function dedupeStrings(list: string[]): string[] {
  return [...new Set(list)];
}

/** The commit message: what this snapshot closed, re-opened, left as gaps and found dormant. */
export function commitMessage(r: IngestReport): string {
  const closed = r.plans.flatMap((p) => p.closed.map((t) => `${p.file} ${t}`));
  const reopened = r.plans.flatMap((p) => p.reopened.map((x) => `${p.file} ${x.threat} (${x.event}: ${x.subject})`));
  const gaps = r.plans.flatMap((p) => p.gaps.map((g) => `${p.file} ${g.threat} [${g.source}]: ${g.reason}`));
  const dormant = [
    ...new Set(
      r.plans.flatMap((p) =>
        p.newDormant.map(
          (d) =>
            `${d.identity}: ${d.verb} ${d.apiGroup ? `${d.apiGroup}/` : ''}${d.resource} (namespace ${d.namespace}, blast ${d.blast}${d.wildcard ? ', wildcard' : ''})`,
        ),
      ),
    ),
  ];
  const lapsed = r.plans.flatMap((p) => p.lapsed.map((t) => `${p.file} ${t}`));
  const subject = `threatcat ingest: ${closed.length} closed, ${reopened.length} re-opened, ${gaps.length} gaps, ${dormant.length} new dormant`;
  const src =
    Object.entries(r.sources)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'no events';
  const accounting = [
    ...(r.folded ? [`${r.folded} duplicate stage line(s) folded`] : []),
    ...(r.malformed ? [`${r.malformed} malformed`] : []),
  ];
  const parts = [
    subject,
    `Evidence snapshot ${r.digest}: ${r.events} events (${src})${accounting.length ? `; ${accounting.join(', ')}` : ''}.`,
  ];
  const list = (title: string, items: string[]) => {
    // One line per item: a name with a line break must not forge a trailer (Threatcat-Snapshot) in the message.
    if (items.length > 0) parts.push(`${title}:\n${items.map((i) => `- ${oneLine(i)}`).join('\n')}`);
  };
  list('Closed', closed);
  list('Re-opened', reopened);
  list('Lapsed', lapsed);
  list('Gaps', gaps);
  const due = [
    ...new Set(r.plans.flatMap((p) => p.newDormant.flatMap((d) => (d.triageBy ? [d.triageBy] : [])))),
  ].sort();
  list(
    due.length > 0
      ? `New dormant permissions (each needs a disposition — revoke, justified or accepted — by ${due[0]};` +
          ' dormant-without-disposition warns until then and fails after)'
      : 'New dormant permissions (need a disposition)',
    dormant,
  );
  parts.push(`Threatcat-Snapshot: ${r.digest}`);
  return parts.join('\n\n');
}
