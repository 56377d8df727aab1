import { normTime } from './summary-builder.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';

export function isCloudTrailRecord(o: Record<string, unknown>): boolean {
  return (
    typeof o.eventSource === 'string' && typeof o.eventName === 'string' && ('eventVersion' in o || 'userIdentity' in o)
  );
}

/**
 * AWS CloudTrail records (a delivered `{"Records": [...]}` file, a JSON array, or one record per line).
 * IRSA: an sts AssumeRoleWithWebIdentity record names the ServiceAccount (subjectFromWebIdentityToken) and the
 * session it gets (assumedRoleUser.arn); later calls carry that session as userIdentity.arn. The join is
 * stored as a `session` row and resolved after merging, so it works across files and summary parts.
 * EKS Pod Identity (eks-auth AssumeRoleForPodIdentity) is joined the same way.
 */
export function cloudTrailReader(): EvidenceReader {
  return {
    name: 'cloudtrail',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isCloudTrailRecord(o))
        return new BadRecord('not a CloudTrail record (eventSource, eventName)');
      const time = normTime(o.eventTime);
      if (!time) return new BadRecord('CloudTrail record without a valid eventTime');
      const b = ctx.builder;
      const ui = isObject(o.userIdentity) ? o.userIdentity : {};
      const resp = isObject(o.responseElements) ? o.responseElements : {};
      const assumed = isObject(resp.assumedRoleUser) ? str(resp.assumedRoleUser.arn) : '';
      if (o.eventName === 'AssumeRoleWithWebIdentity' && !o.errorCode) {
        const identity = str(resp.subjectFromWebIdentityToken) || str(ui.userName);
        if (assumed && identity.startsWith('system:serviceaccount:')) {
          b.add('session', 'iam-events', { principal: assumed, identity }, time);
          return 1;
        }
      }
      if (o.eventName === 'AssumeRoleForPodIdentity' && !o.errorCode) {
        const subject = isObject(resp.subject) ? resp.subject : {};
        if (assumed && str(subject.namespace) && str(subject.serviceAccount)) {
          b.add(
            'session',
            'iam-events',
            {
              principal: assumed,
              identity: `system:serviceaccount:${str(subject.namespace)}:${str(subject.serviceAccount)}`,
            },
            time,
          );
          return 1;
        }
      }
      const principal = str(ui.arn) || str(ui.principalId) || str(ui.userName);
      const denied = /AccessDenied|Unauthorized|Forbidden/i.test(str(o.errorCode));
      b.add(
        'cloud',
        'iam-events',
        {
          principal,
          eventSource: str(o.eventSource),
          eventName: str(o.eventName),
          decision: denied ? 'forbid' : 'allow',
        },
        time,
      );
      return 1;
    },
  };
}
