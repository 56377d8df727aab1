import { type AuditEnvelope, parseWrapped, quoted } from './audit-envelope.js';
import { BadRecord, isObject } from './reader.js';

/**
 * An Azure resource log record of an AKS cluster, as its diagnostic setting writes it: to a storage account
 * (insights-logs-<category>/…/PT1H.json, one record per line since November 2018) or to an Event Hub (a
 * `{"records": [...]}` body). `properties.log` holds the control-plane component's log line.
 */
export function isAksDiagnosticRecord(o: Record<string, unknown>): boolean {
  return typeof o.category === 'string' && isObject(o.properties) && typeof o.properties.log === 'string';
}

/** The categories whose log line is an audit event (kube-audit-admin: the same events less get and list). */
const AUDIT_CATEGORIES = new Set(['kube-audit', 'kube-audit-admin']);

/** AKS audit logs from a diagnostic setting: `properties.log` is one audit event. */
export const aksDiagnostics: AuditEnvelope = {
  name: 'AKS diagnostic logs',
  unwrap(o: unknown) {
    if (!isObject(o) || !isAksDiagnosticRecord(o))
      return new BadRecord('not an AKS diagnostic record (category, properties.log)');
    const category = o.category as string;
    if (!AUDIT_CATEGORIES.has(category))
      return new BadRecord(
        `AKS record of category ${quoted(category)}: only kube-audit and kube-audit-admin hold audit events`,
      );
    return parseWrapped((o.properties as Record<string, unknown>).log as string, `AKS ${category} properties.log`);
  },
};
