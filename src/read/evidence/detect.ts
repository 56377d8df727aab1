import type { ReaderName } from '../../model/observation.js';
import { isAuditEvent, kubeAuditReader } from './kube-audit.js';
import { isKubescapeProfile, kubescapeReader } from './kubescape.js';
import { isTetragonEvent, tetragonReader } from './tetragon.js';
import { isFalcoAlert, falcoReader } from './falco.js';
import { isCloudTrailRecord, cloudTrailReader } from './cloudtrail.js';
import { isToolCall, toolCallReader } from './tool-calls.js';
import { isOtlpRecord, otelReader } from './otel.js';
import { isSummaryLine, summaryReader } from './summary-file.js';
import { isObject, type EvidenceReader } from './reader.js';

/** Recognisers in order; the first that accepts a file's first record picks its reader. */
const RECOGNISERS: Array<[ReaderName, (o: Record<string, unknown>) => boolean]> = [
  ['kube-audit', isAuditEvent],
  ['summary', isSummaryLine],
  ['tetragon', isTetragonEvent],
  ['falco', isFalcoAlert],
  ['cloudtrail', isCloudTrailRecord],
  ['kubescape', isKubescapeProfile],
  ['tool-calls', isToolCall],
  ['otlp', isOtlpRecord],
];

export function detectReader(record: unknown): ReaderName | undefined {
  if (!isObject(record)) return undefined;
  return RECOGNISERS.find(([, ok]) => ok(record))?.[0];
}

/**
 * Why a record no reader takes is not read, when it is a known format: ToolHive's audit log (the proxy's
 * `audit_event` lines) names the MCP server (`component`) but not its namespace, so its calls cannot be given to a
 * workload; docs/ingest.md shows how to turn them into tool-call lines.
 */
export function unreadFormat(record: unknown): string | undefined {
  if (isObject(record) && record.msg === 'audit_event' && typeof record.type === 'string' && 'component' in record)
    return 'a ToolHive audit event: not read (it names no namespace); convert it to the tool-call format (docs/ingest.md)';
  return undefined;
}

export function createReader(name: ReaderName): EvidenceReader {
  switch (name) {
    case 'kube-audit':
      return kubeAuditReader();
    case 'kubescape':
      return kubescapeReader();
    case 'tetragon':
      return tetragonReader();
    case 'falco':
      return falcoReader();
    case 'cloudtrail':
      return cloudTrailReader();
    case 'tool-calls':
      return toolCallReader();
    case 'otlp':
      return otelReader();
    case 'summary':
      return summaryReader();
  }
}
