import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, editFile } from './fixtures.js';

const SNAPSHOT = `sha256:${'ab'.repeat(32)}`;

/**
 * The k8s-ops example after an observation window (as of THREATCAT_NOW = 2026-11-21): one threat closed by a
 * validated signal, one signal fired, gaps (signals of open threats neither validated nor fired), one threat
 * accepted until next week, one whose acceptance expired, and two dormant permissions observed over 28 days.
 */
export function convergedExample(): string {
  const dir = copyExample();
  const file = join(dir, 'k8s-ops.threats.yaml');
  // L4-01 closed: its token-file signal was validated against runtime data.
  editFile(
    file,
    '    cvss: { base: 8.8, exploitMaturity: poc }\n    status: open\n',
    '    cvss: { base: 8.8, exploitMaturity: poc }\n    status: closed\n',
  );
  editFile(
    file,
    '          match: { path: /var/run/secrets/kubernetes.io/serviceaccount/token }\n',
    `          match: { path: /var/run/secrets/kubernetes.io/serviceaccount/token }\n        validated: { at: "2026-11-17T00:00:00Z", snapshot: "${SNAPSHOT}", events: 3 }\n`,
  );
  // L3-01: the shell signal was validated (eBPF covered the agent, nothing matched); its pods/exec signal got
  // neither validated nor fired: a gap.
  editFile(
    file,
    '          match: { binary: ["/bin/sh", "/bin/bash", "*/curl", "*/wget"] }\n',
    `          match: { binary: ["/bin/sh", "/bin/bash", "*/curl", "*/wget"] }\n        validated: { at: "2026-11-17T00:00:00Z", snapshot: "${SNAPSHOT}", events: 120 }\n`,
  );
  // L6-01: an agent-written RoleBinding fired the audit signal.
  editFile(
    file,
    '          match: { verb: [create, patch, delete], resource: [roles, rolebindings, networkpolicies], decision: allow }\n',
    `          match: { verb: [create, patch, delete], resource: [roles, rolebindings, networkpolicies], decision: allow }\n        fired: { at: "2026-11-16T10:00:00Z", snapshot: "${SNAPSHOT}", events: 1 }\n`,
  );
  // L5-01 accepted until 2026-11-28 (7 days away).
  editFile(
    file,
    '    components: [tool-server, model]\n    status: open\n',
    '    components: [tool-server, model]\n    status: accepted\n    acceptance: { by: "@example/security", reason: "SDK tracing lands next sprint", reReviewBy: "2026-11-28" }\n',
  );
  // L7-01 accepted until 2026-11-01: expired, counts as open.
  editFile(
    file,
    '    components: [to-gitops]\n    cvss: { base: 7.7, exploitMaturity: poc }\n    status: open\n',
    '    components: [to-gitops]\n    cvss: { base: 7.7, exploitMaturity: poc }\n    status: accepted\n    acceptance: { by: "@example/platform", reason: "GitOps has a manual gate", reReviewBy: "2026-11-01" }\n',
  );
  appendFileSync(
    file,
    [
      'permissions:',
      '  - identity: system:serviceaccount:agents:k8s-ops-sa',
      '    component: agent-sa',
      '    observedWindow: { from: "2026-10-20T00:00:00Z", to: "2026-11-17T00:00:00Z" }',
      '    dormant:',
      '      - { apiGroup: "", resource: secrets, verb: get, namespace: "*", blast: 9, disposition: revoke }',
      '      - { apiGroup: networking.k8s.io, resource: networkpolicies, verb: delete, namespace: "*", blast: 6 }',
      '',
    ].join('\n'),
  );
  return dir;
}

/** The converged example with what a CISO reads in a threat's detail: description, mitigations, a re-open. */
export function detailedExample(): string {
  const dir = convergedExample();
  const file = join(dir, 'k8s-ops.threats.yaml');
  editFile(
    file,
    '    title: Stolen ServiceAccount token gives direct cluster access and lateral movement\n',
    [
      '    title: Stolen ServiceAccount token gives direct cluster access and lateral movement',
      '    description: The projected token in the agent pod is a bearer credential for everything its RBAC allows.',
      '    mitigations:',
      '      - Bound, short-lived projected tokens (expirationSeconds 600)',
      '      - Least-privilege RBAC generated from the observed baseline',
      '',
    ].join('\n'),
  );
  editFile(
    file,
    '    title: Secrets and ConfigMaps read into the context and exfiltrated through a response\n',
    [
      '    title: Secrets and ConfigMaps read into the context and exfiltrated through a response',
      '    reopened: { event: mcp-connection-added, ref: 4f2a9c1, at: "2026-11-19T08:00:00Z", subject: "MCP server github added" }',
      '',
    ].join('\n'),
  );
  return dir;
}
