import { type AuditEnvelope, NOT_EVIDENCE, parseWrapped, quoted } from './audit-envelope.js';
import { BadRecord, isObject } from './reader.js';

/**
 * A CloudWatch Logs event: an element of `aws logs filter-log-events` (or `get-log-events`) output's `events`
 * ({logStreamName, timestamp, message, ingestionTime, eventId}), or of a subscription's `logEvents` ({id, timestamp,
 * message}) as Firehose delivers them to S3. Both carry the log line as `message`, a number `timestamp`, and an id or
 * stream field no other format's record has at its top level.
 */
export function isCloudWatchLogEvent(o: Record<string, unknown>): boolean {
  return (
    typeof o.message === 'string' &&
    typeof o.timestamp === 'number' &&
    ('eventId' in o || 'id' in o || 'logStreamName' in o || 'ingestionTime' in o)
  );
}

/** Subscription deliveries include health checks of the destination, with this message and no event. */
const CONTROL_MESSAGE = 'CWL CONTROL MESSAGE';
/** EKS writes the API server's audit events to the log streams named so in /aws/eks/<cluster>/cluster. */
const AUDIT_STREAM = 'kube-apiserver-audit';

/** EKS control-plane audit logs exported from CloudWatch Logs: each event's message is one audit event. */
export const cloudWatchLogs: AuditEnvelope = {
  name: 'CloudWatch Logs',
  unwrap(o: unknown) {
    if (!isObject(o) || !isCloudWatchLogEvent(o))
      return new BadRecord('not a CloudWatch Logs event (timestamp, message and an id)');
    const message = o.message as string;
    if (message.startsWith(CONTROL_MESSAGE)) return NOT_EVIDENCE;
    const stream = typeof o.logStreamName === 'string' ? o.logStreamName : '';
    // The cluster log group also holds the other control-plane logs (authenticator, scheduler…): plain text.
    if (stream && !stream.startsWith(AUDIT_STREAM) && !message.trimStart().startsWith('{'))
      return new BadRecord(
        `message of log stream ${quoted(stream)}, not an audit stream (${AUDIT_STREAM}-*): filter with --log-stream-name-prefix ${AUDIT_STREAM}`,
      );
    return parseWrapped(message, 'CloudWatch message');
  },
};
