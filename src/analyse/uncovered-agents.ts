import type { Finding } from '../model/finding.js';
import type { ChangedAgent, LostWorkload, ModelledWorkload, UncoveredInput } from '../model/changed-agent.js';
import { workloadMissing } from './rules/workload-missing.js';
import { oneLine } from '../model/inert-text.js';
import { UNCOVERED_AGENT } from './finding-ids.js';

/**
 * Agents a change brings in that no threat model covers: a kagent agent no catalog names as its workload, and an
 * MCP client configuration no catalog's agent reads. Without this a pull request that adds an agent in a folder of
 * its own reaches no catalog, and diff said "0 surface events" about it. Pure.
 */
export function uncoveredAgents(input: UncoveredInput): Finding[] {
  const findings: Finding[] = [];
  for (const c of input.changed) {
    if (c.what === 'agent' ? modelled(c, input) : input.covered.has(c.position.file)) continue;
    const where = qualified(c);
    const message =
      c.what === 'agent'
        ? `${c.kind} ${where} has no threat model: no catalog's agent.workload names it. ${initAdvice(c.name, folderOf(c.position.file))}`
        : `MCP client configuration ${c.position.file} is in no catalog's agent.manifests: the servers, credentials and approvals it gives its client are not threat-modelled. List it in the manifests of the catalog of the agent that uses it.`;
    findings.push({
      rule: UNCOVERED_AGENT,
      severity: 'warning',
      ...c.position,
      message: oneLine(message),
      subject: where,
      key: `${c.position.file}#${c.kind}/${where}`,
    });
  }
  findings.push(...renderedAgents(input));
  return findings;
}

/**
 * A kagent agent a Kustomize build renders only in head, that no catalog's workload names: a new overlay (staging,
 * another cluster) deploys another instance of the agent, with its own namespace, model and RBAC. Its objects are
 * the base's, which the change did not touch, so the changed-file check above never sees it, and diff said
 * nothing: whether a catalog's agent reads the overlay (and sees a second instance appear), or none does (the overlay
 * a folder of its own, built for this check alone). Reported at the kustomization that renders it.
 */
function renderedAgents(input: UncoveredInput): Finding[] {
  const key = (a: { kind: string; name: string; namespace?: string }) => `${a.kind}/${a.namespace ?? ''}/${a.name}`;
  const before = new Set(input.baseRead.map(key));
  const said = new Set<string>();
  const out: Finding[] = [];
  const candidates = [...input.read.filter((r) => !before.has(key(r))), ...input.rendered];
  for (const r of candidates) {
    if (r.renderedBy === undefined || said.has(key(r))) continue;
    if (input.workloads.some((w) => names(w, r))) continue;
    // The same agent in a file the change adds or edits is said there, once.
    if (input.changed.some((c) => c.what === 'agent' && c.name === r.name)) continue;
    said.add(key(r));
    const where = qualified(r);
    const dir = folderOf(r.renderedBy);
    out.push({
      rule: UNCOVERED_AGENT,
      severity: 'warning',
      file: r.renderedBy,
      line: 1,
      column: 1,
      message: oneLine(
        `Kustomize app ${dir} renders ${r.kind} ${where}, which no catalog's agent.workload names: this instance (its namespace, model and RBAC as the build makes them) has no threat model. ${initAdvice(r.name, dir)}`,
      ),
      subject: where,
      key: `${r.renderedBy}#${r.kind}/${where}`,
    });
  }
  return out;
}

/**
 * A change that takes a catalog's workload out of its manifests: moved to a folder the catalog's globs do not
 * match, the catalog follows nothing any more, and every later change to the agent passes unseen. Without this,
 * diff read the move as the agent's whole surface removed ("narrowed") and exited 0, while `validate` failed.
 * The agent's new file is named when the change put it in one. Pure.
 */
export function lostWorkloads(lost: readonly LostWorkload[], changed: readonly ChangedAgent[]): Finding[] {
  return lost.map((l) => {
    const w = l.workload;
    const where = qualified(w);
    const now = changed.find((c) => c.what === 'agent' && names(w, c));
    const message = now
      ? `this change takes workload ${w.kind} ${where} out of the agent's manifests (${l.patterns.join(', ')}): it is now in ${now.position.file}:${now.position.line}. List that file in agent.manifests, or the catalog follows nothing of this agent.`
      : `this change takes workload ${w.kind} ${where} out of the agent's manifests (${l.patterns.join(', ')}). If the agent moved, list its new file in agent.manifests; if it is gone, retire the catalog.`;
    return {
      rule: workloadMissing.id,
      severity: workloadMissing.severity,
      ...l.position,
      message: oneLine(message),
      subject: where,
      key: `${l.catalog}#${workloadMissing.id}`,
    };
  });
}

/** Whether a catalog models the agent: by its name, or by the name a catalog's agent reads it under (Kustomize). */
function modelled(c: ChangedAgent, input: UncoveredInput): boolean {
  if (input.workloads.some((w) => names(w, c))) return true;
  return input.read.some(
    (r) =>
      r.file === c.position.file &&
      r.line === c.position.line &&
      input.workloads.some((w) => names(w, { ...c, name: r.name, namespace: r.namespace ?? c.namespace })),
  );
}

/**
 * Whether a catalog's workload is this agent: the same name, and namespace when both say one. kagent runs an Agent
 * as a Deployment of its name, so a catalog may name either.
 */
function names(w: ModelledWorkload, c: Pick<ChangedAgent, 'kind' | 'name' | 'namespace'>): boolean {
  if (w.name !== c.name) return false;
  if (w.namespace !== undefined && c.namespace !== undefined && w.namespace !== c.namespace) return false;
  return w.kind === c.kind || w.kind === 'Deployment' || w.kind === 'Agent';
}

/** `namespace/name`, or the name alone when the manifest writes no namespace. */
function qualified(o: { name: string; namespace?: string }): string {
  return o.namespace !== undefined ? `${o.namespace}/${o.name}` : o.name;
}

/** The folder a repository path is in ('.' at the root). */
function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
}

/** The command that writes an agent's Day-1 catalog, as a finding advises it. */
function initAdvice(agent: string, dir: string): string {
  return `Write its Day-1 catalog with \`threatcat init --agent ${shellWord(agent)} ${shellWord(dir)}\`, review it and commit it with this change.`;
}

/** A name from the pull request as one shell word: quoted unless it is plainly a name or a path. */
function shellWord(s: string): string {
  return /^[A-Za-z0-9._/-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
}
