import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/analyse/evidence/blast.ts
var READ = ["get", "list", "watch"];
var WRITE = ["create", "update", "patch"];
var DELETE = ["delete", "deletecollection"];
var WORKLOADS = ["pods", "deployments", "replicasets", "statefulsets", "daemonsets", "jobs", "cronjobs"];
var WORKLOAD_GROUPS = ["", "apps", "batch"];
var RBAC_GROUP = ["rbac.authorization.k8s.io"];
var RBAC_OBJECTS = ["roles", "rolebindings", "clusterroles", "clusterrolebindings"];
var BLAST_TABLE = [
  {
    apiGroups: RBAC_GROUP,
    resources: ["roles", "clusterroles"],
    verbs: ["escalate", "bind"],
    score: 10,
    why: "privilege escalation: grants permissions it does not hold"
  },
  {
    apiGroups: ["", "authentication.k8s.io"],
    resources: ["users", "groups", "serviceaccounts", "uids", "userextras/*"],
    verbs: ["impersonate"],
    score: 10,
    why: "acts as another identity"
  },
  {
    apiGroups: RBAC_GROUP,
    resources: RBAC_OBJECTS,
    verbs: WRITE,
    score: 9,
    why: "writes RBAC: can grant itself anything its role allows to bind"
  },
  { apiGroups: [""], resources: ["secrets"], verbs: READ, score: 9, why: "reads secrets: credentials, tokens, keys" },
  {
    apiGroups: [""],
    resources: ["pods/exec", "pods/attach", "nodes/proxy"],
    verbs: ["create", "get"],
    score: 9,
    why: "runs commands in other containers or on nodes"
  },
  {
    apiGroups: [""],
    resources: ["serviceaccounts/token"],
    verbs: ["create"],
    score: 9,
    why: "mints tokens for other ServiceAccounts"
  },
  {
    apiGroups: ["admissionregistration.k8s.io"],
    resources: [
      "mutatingwebhookconfigurations",
      "validatingwebhookconfigurations",
      "validatingadmissionpolicies",
      "validatingadmissionpolicybindings"
    ],
    verbs: [...WRITE, ...DELETE],
    score: 8,
    why: "changes admission control: bypasses cluster policy"
  },
  {
    apiGroups: [""],
    resources: ["secrets"],
    verbs: [...WRITE, ...DELETE],
    score: 8,
    why: "writes secrets: plants or destroys credentials"
  },
  {
    apiGroups: ["certificates.k8s.io"],
    resources: ["certificatesigningrequests/approval"],
    verbs: ["update", "patch"],
    score: 8,
    why: "approves client certificates"
  },
  {
    apiGroups: WORKLOAD_GROUPS,
    resources: WORKLOADS,
    verbs: WRITE,
    score: 7,
    why: "runs arbitrary workloads (and mounts any ServiceAccount in the namespace)"
  },
  {
    apiGroups: ["networking.k8s.io"],
    resources: ["networkpolicies"],
    verbs: [...WRITE, ...DELETE],
    score: 6,
    why: "opens network paths"
  },
  {
    apiGroups: RBAC_GROUP,
    resources: RBAC_OBJECTS,
    verbs: DELETE,
    score: 6,
    why: "removes RBAC: breaks other workloads"
  },
  { apiGroups: WORKLOAD_GROUPS, resources: WORKLOADS, verbs: DELETE, score: 6, why: "deletes workloads: outage" },
  {
    apiGroups: ["", "apps"],
    resources: ["deployments/scale", "statefulsets/scale", "replicasets/scale", "nodes", "namespaces"],
    verbs: [...WRITE, ...DELETE],
    score: 6,
    why: "changes capacity or cluster structure"
  },
  {
    apiGroups: [""],
    resources: ["configmaps"],
    verbs: [...WRITE, ...DELETE],
    score: 5,
    why: "changes configuration other workloads read"
  },
  { apiGroups: ["*"], resources: ["*"], verbs: [...WRITE, ...DELETE], score: 4, why: "writes other objects" },
  {
    apiGroups: [""],
    resources: ["pods/log", "configmaps"],
    verbs: READ,
    score: 4,
    why: "reads logs and configuration (may hold secrets)"
  },
  { apiGroups: ["*"], resources: ["*"], verbs: ["use", "approve", "sign"], score: 4, why: "special verb" },
  { apiGroups: ["*"], resources: ["*"], verbs: READ, score: 2, why: "reads other objects (reconnaissance)" },
  { apiGroups: ["*"], resources: ["*"], verbs: ["*"], score: 1, why: "anything else" }
];
function blastOf(p) {
  if (p.nonResourceURL !== void 0) return { score: 1, why: "non-resource URL" };
  let best;
  for (const row of BLAST_TABLE) {
    if (covers(row.apiGroups, p.apiGroup) && covers(row.resources, p.resource) && covers(row.verbs, p.verb)) {
      if (!best || row.score > best.score) best = row;
    }
  }
  return best ? { score: best.score, why: best.why } : { score: 1, why: "anything else" };
}
function covers(rowValues, value) {
  if (value === "*") return true;
  return rowValues.some((v) => v === "*" || v === value || value.startsWith("*/") && v.endsWith(value.slice(1)));
}

export {
  blastOf
};
