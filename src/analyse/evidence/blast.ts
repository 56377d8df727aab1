/**
 * Blast score of a permission: what it reaches if the identity is coerced or stolen (0–10). The table is the
 * documented contract (docs/ingest.md); a permission scores the highest row it could grant, so a wildcard
 * (`*` verb, group or resource) scores the worst thing it covers.
 */
export interface BlastRow {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  score: number;
  why: string;
}

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'update', 'patch'];
const DELETE = ['delete', 'deletecollection'];
const WORKLOADS = ['pods', 'deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'];
const WORKLOAD_GROUPS = ['', 'apps', 'batch'];
const RBAC_GROUP = ['rbac.authorization.k8s.io'];
const RBAC_OBJECTS = ['roles', 'rolebindings', 'clusterroles', 'clusterrolebindings'];

export const BLAST_TABLE: readonly BlastRow[] = [
  {
    apiGroups: RBAC_GROUP,
    resources: ['roles', 'clusterroles'],
    verbs: ['escalate', 'bind'],
    score: 10,
    why: 'privilege escalation: grants permissions it does not hold',
  },
  {
    apiGroups: ['', 'authentication.k8s.io'],
    resources: ['users', 'groups', 'serviceaccounts', 'uids', 'userextras/*'],
    verbs: ['impersonate'],
    score: 10,
    why: 'acts as another identity',
  },
  {
    apiGroups: RBAC_GROUP,
    resources: RBAC_OBJECTS,
    verbs: WRITE,
    score: 9,
    why: 'writes RBAC: can grant itself anything its role allows to bind',
  },
  { apiGroups: [''], resources: ['secrets'], verbs: READ, score: 9, why: 'reads secrets: credentials, tokens, keys' },
  {
    apiGroups: [''],
    resources: ['pods/exec', 'pods/attach', 'nodes/proxy'],
    verbs: ['create', 'get'],
    score: 9,
    why: 'runs commands in other containers or on nodes',
  },
  {
    apiGroups: [''],
    resources: ['serviceaccounts/token'],
    verbs: ['create'],
    score: 9,
    why: 'mints tokens for other ServiceAccounts',
  },
  {
    apiGroups: ['admissionregistration.k8s.io'],
    resources: [
      'mutatingwebhookconfigurations',
      'validatingwebhookconfigurations',
      'validatingadmissionpolicies',
      'validatingadmissionpolicybindings',
    ],
    verbs: [...WRITE, ...DELETE],
    score: 8,
    why: 'changes admission control: bypasses cluster policy',
  },
  {
    apiGroups: [''],
    resources: ['secrets'],
    verbs: [...WRITE, ...DELETE],
    score: 8,
    why: 'writes secrets: plants or destroys credentials',
  },
  {
    apiGroups: ['certificates.k8s.io'],
    resources: ['certificatesigningrequests/approval'],
    verbs: ['update', 'patch'],
    score: 8,
    why: 'approves client certificates',
  },
  {
    apiGroups: WORKLOAD_GROUPS,
    resources: WORKLOADS,
    verbs: WRITE,
    score: 7,
    why: 'runs arbitrary workloads (and mounts any ServiceAccount in the namespace)',
  },
  {
    apiGroups: ['networking.k8s.io'],
    resources: ['networkpolicies'],
    verbs: [...WRITE, ...DELETE],
    score: 6,
    why: 'opens network paths',
  },
  {
    apiGroups: RBAC_GROUP,
    resources: RBAC_OBJECTS,
    verbs: DELETE,
    score: 6,
    why: 'removes RBAC: breaks other workloads',
  },
  { apiGroups: WORKLOAD_GROUPS, resources: WORKLOADS, verbs: DELETE, score: 6, why: 'deletes workloads: outage' },
  {
    apiGroups: ['', 'apps'],
    resources: ['deployments/scale', 'statefulsets/scale', 'replicasets/scale', 'nodes', 'namespaces'],
    verbs: [...WRITE, ...DELETE],
    score: 6,
    why: 'changes capacity or cluster structure',
  },
  {
    apiGroups: [''],
    resources: ['configmaps'],
    verbs: [...WRITE, ...DELETE],
    score: 5,
    why: 'changes configuration other workloads read',
  },
  { apiGroups: ['*'], resources: ['*'], verbs: [...WRITE, ...DELETE], score: 4, why: 'writes other objects' },
  {
    apiGroups: [''],
    resources: ['pods/log', 'configmaps'],
    verbs: READ,
    score: 4,
    why: 'reads logs and configuration (may hold secrets)',
  },
  { apiGroups: ['*'], resources: ['*'], verbs: ['use', 'approve', 'sign'], score: 4, why: 'special verb' },
  { apiGroups: ['*'], resources: ['*'], verbs: READ, score: 2, why: 'reads other objects (reconnaissance)' },
  { apiGroups: ['*'], resources: ['*'], verbs: ['*'], score: 1, why: 'anything else' },
];

export interface BlastInput {
  apiGroup: string;
  resource: string;
  verb: string;
  nonResourceURL?: string;
}

/** Score and reason: the first (highest) table row the permission could grant. Non-resource URLs score 1. */
export function blastOf(p: BlastInput): { score: number; why: string } {
  if (p.nonResourceURL !== undefined) return { score: 1, why: 'non-resource URL' };
  let best: BlastRow | undefined;
  for (const row of BLAST_TABLE) {
    if (covers(row.apiGroups, p.apiGroup) && covers(row.resources, p.resource) && covers(row.verbs, p.verb)) {
      if (!best || row.score > best.score) best = row;
    }
  }
  return best ? { score: best.score, why: best.why } : { score: 1, why: 'anything else' };
}

/** The permission's value (possibly `*` or `*\/sub`) could be one of the row's values (possibly `*`). */
function covers(rowValues: readonly string[], value: string): boolean {
  if (value === '*') return true;
  return rowValues.some((v) => v === '*' || v === value || (value.startsWith('*/') && v.endsWith(value.slice(1))));
}
