import cvssCalculator from 'ae-cvss-calculator';
import type { Cvss } from '../model/catalog.js';
import type { ThreatTemplate } from '../model/library.js';
import type { AgentSurface, DeclaredPermission } from '../model/surface.js';
import { blastOf } from './evidence/blast.js';

/**
 * The CVSS v4.0 base `init` proposes for a threat whose impact is what the agent reaches (library `cvssReach`):
 * the template's vector keeps its exploitability metrics (AV, AC, AT, PR, UI: how the threat happens), and its six
 * impact metrics are raised to what the RBAC of the named identities grants — the agent's own ServiceAccount
 * and/or its MCP tool servers' (tools run with the server's credentials: the confused deputy). The vector is then
 * scored by a CVSS v4.0 implementation (FIRST's macrovector method). Pure.
 *
 * Vulnerable system (VC, VI, VA): what the identity does directly. Subsequent systems (SC, SI, SA): the rest of the
 * cluster, reached through a grant that escalates (RBAC writes, bind/escalate/impersonate, secrets, exec, token
 * minting, workloads that mount other ServiceAccounts). The template's own impact is the floor: a threat's
 * effects outside Kubernetes (a tool that sends e-mail) do not vanish because the identity reaches little.
 */

const { Cvss4P0 } = cvssCalculator;

type Level = 'N' | 'L' | 'H';
const IMPACT_KEYS = ['VC', 'VI', 'VA', 'SC', 'SI', 'SA'] as const;
type ImpactKey = (typeof IMPACT_KEYS)[number];
type Impact = Record<ImpactKey, Level>;

const RANK: Record<Level, number> = { N: 0, L: 1, H: 2 };
const READ = new Set(['get', 'list', 'watch']);
const DELETE = new Set(['delete', 'deletecollection']);

/** The CVSS v4.0 base score of a vector (base metrics only), one decimal. */
export function cvss4Base(vector: string): number {
  return new Cvss4P0(vector).calculateScores().base ?? 0;
}

/** The impact one permission gives, and why (the blast table's reason). */
function impactOf(p: DeclaredPermission): { impact: Partial<Impact>; score: number; why: string } {
  const { score, why } = blastOf(p);
  if (score >= 7) {
    // Escalation or arbitrary workloads: whatever the cluster holds.
    return { impact: { VC: 'H', VI: 'H', VA: 'H', SC: 'H', SI: 'H', SA: 'H' }, score, why };
  }
  const verbs = p.verb === '*' ? ['get', 'create', 'delete'] : [p.verb];
  const impact: Partial<Impact> = {};
  const raise = (k: ImpactKey, l: Level) => {
    if (RANK[l] > RANK[impact[k] ?? 'N']) impact[k] = l;
  };
  for (const v of verbs) {
    // Reads below the escalation rows (logs, configmaps, other objects) disclose some, not all, of what is held.
    if (READ.has(v)) raise('VC', 'L');
    else if (DELETE.has(v)) {
      raise('VA', score >= 6 ? 'H' : 'L');
      raise('VI', 'L');
    } else if (score > 1) {
      raise('VI', score >= 5 ? 'H' : 'L');
      raise('VA', score >= 6 ? 'H' : 'L');
    }
  }
  // Reading across every namespace is reconnaissance of systems beyond the agent's own.
  if (p.namespace === '*' && impact.VC) raise('SC', 'L');
  return { impact, score, why };
}

export interface ReachCvss {
  cvss: Cvss;
  /** One line for the YAML comment beside the base. */
  reason: string;
}

/** What `init` proposes for a template's CVSS: the library's, or raised to what the agent reaches. */
export function proposeCvss(template: ThreatTemplate, surface: AgentSurface): ReachCvss | undefined {
  const lib = template.cvss;
  if (!lib) return undefined;
  const libText = lib.vector ?? `base ${lib.base.toFixed(1)}`;
  if (!template.cvssReach || !lib.vector) return { cvss: lib, reason: `library proposal (${libText})` };

  const who: string[] = [];
  const perms: DeclaredPermission[] = [];
  if (template.cvssReach.includes('agent') && surface.identity) {
    who.push(surface.identity);
    perms.push(...surface.permissions.filter((p) => p.identity === surface.identity));
  }
  if (template.cvssReach.includes('tools')) {
    for (const t of surface.toolIdentities ?? []) {
      if (t.identity === surface.identity) continue;
      who.push(t.identity);
      perms.push(...t.permissions);
    }
  }
  const floor = parseImpact(lib.vector);
  if (perms.length === 0) {
    const what =
      who.length === 0
        ? 'no identity of the agent or its tool servers is in the manifests'
        : `no RBAC grant to ${who.join(', ')} is in the manifests`;
    return { cvss: lib, reason: `${what}: the library's impact stands (${lib.vector})` };
  }

  const impact: Impact = { ...floor };
  let top: { p: DeclaredPermission; score: number; why: string } | undefined;
  for (const p of perms) {
    const got = impactOf(p);
    for (const k of IMPACT_KEYS) {
      const l = got.impact[k];
      if (l && RANK[l] > RANK[impact[k]]) impact[k] = l;
    }
    if (!top || got.score > top.score) top = { p, score: got.score, why: got.why };
  }
  const vector = withImpact(lib.vector, impact);
  const base = cvss4Base(vector);
  const raised = IMPACT_KEYS.filter((k) => impact[k] !== floor[k]);
  const cvss: Cvss = { base, ...(lib.exploitMaturity ? { exploitMaturity: lib.exploitMaturity } : {}), vector };
  if (raised.length === 0) {
    return {
      cvss,
      reason: `${describeReach(top!.p, top!.score, top!.why)}: within the library's impact (${impactText(floor)})`,
    };
  }
  return {
    cvss,
    reason:
      `${raised.map((k) => `${k}:${impact[k]}`).join('/')} because ${describeReach(top!.p, top!.score, top!.why)}` +
      ` (library ${lib.base.toFixed(1)}, ${impactText(floor)})`,
  };
}

/** The comment `init` writes beside a proposed base (and a refreshed proposal gets again): why, and what to do. */
export function cvssComment(reason: string | undefined): string {
  const why = reason ? `${reason.replace(/\s+/g, ' ').trim()}; ` : 'proposed by the library; ';
  return `${why}replace with the concrete vulnerability's CVSS v4.0 base`;
}

function describeReach(p: DeclaredPermission, score: number, why: string): string {
  const verb = p.verb === '*' ? 'do anything to' : p.verb;
  const what = p.nonResourceURL
    ? `${verb} ${p.nonResourceURL}`
    : p.apiGroup === '*' && p.resource === '*'
      ? `${verb} every resource`
      : `${verb} ${p.apiGroup && p.apiGroup !== '' ? `${p.apiGroup}/` : ''}${p.resource}`;
  const scope = p.namespace === '*' ? 'cluster-wide' : `in ${p.namespace}`;
  const via = `${p.role.kind} ${p.role.name}${p.builtinRole ? ' (built-in)' : ''}`;
  return `${p.identity.replace(/^system:serviceaccount:/, '')} may ${what} ${scope} via ${via}${p.wildcard ? ', a wildcard grant' : ''} (blast ${score}: ${why})`;
}

function parseImpact(vector: string): Impact {
  const impact = { VC: 'N', VI: 'N', VA: 'N', SC: 'N', SI: 'N', SA: 'N' } as Impact;
  for (const part of vector.split('/')) {
    const [k, v] = part.split(':');
    if ((IMPACT_KEYS as readonly string[]).includes(k) && (v === 'N' || v === 'L' || v === 'H'))
      impact[k as ImpactKey] = v;
  }
  return impact;
}

function withImpact(vector: string, impact: Impact): string {
  return vector
    .split('/')
    .map((part) => {
      const [k] = part.split(':');
      return (IMPACT_KEYS as readonly string[]).includes(k) ? `${k}:${impact[k as ImpactKey]}` : part;
    })
    .join('/');
}

function impactText(i: Impact): string {
  return IMPACT_KEYS.map((k) => `${k}:${i[k]}`).join('/');
}
