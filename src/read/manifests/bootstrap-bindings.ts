import type { DeclaredPermission } from '../../model/surface.js';
import { readManifestText } from './manifest-file.js';
import { RbacIndex } from './rbac.js';

/**
 * The ClusterRoleBindings every API server bootstraps for all authenticated users and all ServiceAccounts
 * (kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go ClusterRoleBindings()): discovery,
 * self-reviews, health and version, and the service-account issuer documents. Their roles come from the built-in
 * ClusterRoles (builtin-roles.ts). A repository never declares these, yet every ServiceAccount holds them.
 */
const BOOTSTRAP_BINDINGS = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: "system:basic-user" }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:basic-user" }
subjects: [{ apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated" }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: "system:discovery" }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:discovery" }
subjects: [{ apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated" }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: "system:public-info-viewer" }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:public-info-viewer" }
subjects:
  - { apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated" }
  - { apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:unauthenticated" }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: "system:service-account-issuer-discovery" }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:service-account-issuer-discovery" }
subjects: [{ apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:serviceaccounts" }]
`;

let index: RbacIndex | undefined;

/** What the API server's default bindings grant this identity, without anything in the manifests. */
export function bootstrapPermissions(identity: string): DeclaredPermission[] {
  index ??= new RbacIndex([readManifestText(BOOTSTRAP_BINDINGS, 'threatcat:bootstrap-cluster-role-bindings')]);
  return index.permissionsOf(identity);
}
