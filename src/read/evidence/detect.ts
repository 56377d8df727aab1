import type { ReaderName } from '../../model/observation.js';
import { isAuditEvent, kubeAuditReader } from './kube-audit.js';
import { isKubescapeProfile, kubescapeReader } from './kubescape.js';
import { isKubescapeAlert, kubescapeAlertsReader } from './kubescape-alerts.js';
import { isTetragonEvent, tetragonReader } from './tetragon.js';
import { isFalcoAlert, falcoReader } from './falco.js';
import { isCloudTrailRecord, cloudTrailReader } from './cloudtrail.js';
import { isToolCall, toolCallReader } from './tool-calls.js';
import { isOtlpRecord, otelReader } from './otel.js';
import { isToolHiveAuditEvent, toolHiveAuditReader, type ToolHivePlacement } from './toolhive-audit.js';
import { isSummaryLine, summaryReader } from './summary-file.js';
import { isObject, type EvidenceReader } from './reader.js';
import type { AuditEnvelope } from './audit-envelope.js';
import { cloudWatchLogs, isCloudWatchLogEvent } from './cloudwatch-logs.js';
import { aksDiagnostics, isAksDiagnosticRecord } from './aks-diagnostics.js';
import { gkeAuditLog, isGkeAuditLogEntry } from './gke-audit-log.js';

/** Recognisers in order; the first that accepts a file's first record picks its reader. */
const RECOGNISERS: Array<[ReaderName, (o: Record<string, unknown>) => boolean]> = [
  ['kube-audit', isAuditEvent],
  ['summary', isSummaryLine],
  ['tetragon', isTetragonEvent],
  ['falco', isFalcoAlert],
  ['cloudtrail', isCloudTrailRecord],
  ['kubescape', isKubescapeProfile],
  ['kubescape-alerts', isKubescapeAlert],
  ['toolhive-audit', isToolHiveAuditEvent],
  ['tool-calls', isToolCall],
  ['otlp', isOtlpRecord],
];

export function detectReader(record: unknown): ReaderName | undefined {
  if (!isObject(record)) return undefined;
  return RECOGNISERS.find(([, ok]) => ok(record))?.[0];
}

/**
 * Cloud exports of managed clusters' audit logs, whose records wrap the event a reader reads. No record is both: a
 * recogniser here accepts no record a reader's recogniser accepts, and the other way round (test/ingest/
 * audit-exports.test.ts runs every sample through both), so the first record decides without an order to get wrong.
 */
const ENVELOPES: Array<[(o: Record<string, unknown>) => boolean, AuditEnvelope]> = [
  [isCloudWatchLogEvent, cloudWatchLogs],
  [isAksDiagnosticRecord, aksDiagnostics],
  [isGkeAuditLogEntry, gkeAuditLog],
];

export function detectEnvelope(record: unknown): AuditEnvelope | undefined {
  if (!isObject(record)) return undefined;
  return ENVELOPES.find(([ok]) => ok(record))?.[1];
}

/** What some readers need from outside the evidence: where ToolHive servers run (their events name none). */
export interface ReaderOptions {
  toolhive?: ToolHivePlacement;
}

export function createReader(name: ReaderName, opts: ReaderOptions = {}): EvidenceReader {
  switch (name) {
    case 'kube-audit':
      return kubeAuditReader();
    case 'kubescape':
      return kubescapeReader();
    case 'kubescape-alerts':
      return kubescapeAlertsReader();
    case 'tetragon':
      return tetragonReader();
    case 'falco':
      return falcoReader();
    case 'cloudtrail':
      return cloudTrailReader();
    case 'tool-calls':
      return toolCallReader();
    case 'toolhive-audit':
      return toolHiveAuditReader(opts.toolhive);
    case 'otlp':
      return otelReader();
    case 'summary':
      return summaryReader();
  }
}
