import { type AuditEnvelope, quoted } from './audit-envelope.js';
import { BadRecord, isObject, str } from './reader.js';
import { normTime } from './summary-builder.js';

const AUDIT_LOG = 'type.googleapis.com/google.cloud.audit.AuditLog';

/**
 * A Cloud Logging entry holding a Cloud Audit Log (`protoPayload.@type` AuditLog): an element of
 * `gcloud logging read --format=json`, or a line of a Log Router sink's files in Cloud Storage.
 */
export function isGkeAuditLogEntry(o: Record<string, unknown>): boolean {
  return isObject(o.protoPayload) && o.protoPayload['@type'] === AUDIT_LOG;
}

/**
 * GKE writes no audit.k8s.io events: the API server's events reach Cloud Logging as AuditLog entries. Each is
 * mapped onto the event the kube-audit reader reads (Google's GKE audit logging docs; the mapping of GoogleCloudPlatform/
 * khi and falcosecurity/plugins k8saudit-gke):
 * - serviceName `k8s.io`; methodName `io.k8s.<group>.<version>.<resource>[.<subresource>].<verb>`: the verb is its
 *   last segment (the group is spelled differently there, e.g. `authorization.rbac`: it is taken from resourceName);
 * - resourceName `<group>/<version>/[namespaces/<ns>/]<resource>[/<name>[/<subresource>]]`, `core` for the core
 *   group, read as the API server reads a request path (a Namespace object is in its own namespace);
 * - authenticationInfo.principalEmail is user.username (`system:serviceaccount:<ns>:<sa>` for a ServiceAccount);
 *   entries name no pod, so requests are attributed by ServiceAccount only;
 * - status.code is a google.rpc code (0 OK, 7 PERMISSION_DENIED…): mapped to its HTTP status;
 * - labels carry the audit annotations (authorization.k8s.io/decision);
 * - operation.id (the auditID; else insertId) with operation.first/last: an entry that only starts a request is its
 *   ResponseStarted stage, any other its ResponseComplete.
 */
export const gkeAuditLog: AuditEnvelope = {
  name: 'GKE Cloud Audit Logs',
  unwrap(o: unknown) {
    if (!isObject(o) || !isGkeAuditLogEntry(o)) return new BadRecord('not a Cloud Audit Log entry (protoPayload)');
    const p = o.protoPayload as Record<string, unknown>;
    if (p.serviceName !== 'k8s.io')
      return new BadRecord(
        `Cloud Audit Log entry of ${quoted(str(p.serviceName))}, not of the Kubernetes API (serviceName k8s.io)`,
      );
    const method = str(p.methodName);
    const verb = method.slice(method.lastIndexOf('.') + 1);
    if (!method.startsWith('io.k8s.') || !verb)
      return new BadRecord(`methodName ${quoted(method)} is not io.k8s.….<verb>`);
    const ref = objectRefOf(str(p.resourceName));
    if (ref instanceof BadRecord) return ref;
    const auth = isObject(p.authenticationInfo) ? p.authenticationInfo : {};
    const principal = str(auth.principalEmail);
    if (!principal)
      return new BadRecord('GKE audit entry without authenticationInfo.principalEmail (an unauthenticated request)');
    if (!normTime(o.timestamp) && !normTime(o.receiveTimestamp))
      return new BadRecord('GKE audit entry without a valid timestamp (or receiveTimestamp)');
    const op = isObject(o.operation) ? o.operation : {};
    const status = isObject(p.status) ? p.status : {};
    return {
      kind: 'Event',
      apiVersion: 'audit.k8s.io/v1',
      auditID: str(op.id) || str(o.insertId),
      stage: op.first === true && op.last !== true ? 'ResponseStarted' : 'ResponseComplete',
      verb,
      user: { username: principal },
      objectRef: ref,
      responseStatus: { code: httpStatusOf(status.code) },
      stageTimestamp: o.timestamp,
      requestReceivedTimestamp: o.receiveTimestamp,
      ...(isObject(o.labels) ? { annotations: o.labels } : {}),
    };
  },
};

/** Subresources of a Namespace object: `namespaces/<ns>/<this>` is the namespace's, not a resource in it. */
const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

function objectRefOf(resourceName: string): Record<string, string> | BadRecord {
  const parts = resourceName.split('/');
  if (parts.length < 3 || !parts[0] || !/^v\d/.test(parts[1]) || !parts[2])
    return new BadRecord(
      `resourceName ${quoted(resourceName)} is not an API object path (<group>/<version>/…): non-resource requests are not read`,
    );
  let rest = parts.slice(2);
  let namespace = '';
  if (rest[0] === 'namespaces' && rest.length > 1) {
    namespace = rest[1];
    if (rest.length > 2 && !NAMESPACE_SUBRESOURCES.has(rest[2])) rest = rest.slice(2);
  }
  return {
    apiGroup: parts[0] === 'core' ? '' : parts[0],
    apiVersion: parts[1],
    resource: rest[0],
    namespace,
    name: rest[1] ?? '',
    subresource: rest[2] ?? '',
  };
}

/**
 * google.rpc.Code → HTTP status (the mapping in google/rpc/code.proto). The reader wants the class (success,
 * 401/403 refused); an absent code is OK.
 */
const HTTP_OF_RPC = [200, 499, 500, 400, 504, 404, 409, 403, 429, 400, 409, 400, 501, 500, 503, 500, 401];

function httpStatusOf(code: unknown): number {
  if (code === undefined || code === null) return 200;
  return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < HTTP_OF_RPC.length
    ? HTTP_OF_RPC[code]
    : 500;
}
