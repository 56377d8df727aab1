import { normTime } from './summary-builder.js';
import { workloadKey, workloadKeyOfPod } from '../../model/workload-name.js';
import { execBinary } from '../../model/exec-binary.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';

/** The alertname the node-agent's Alertmanager exporter gives every rule alert (its rule is in `rule_id`). */
const ALERTMANAGER_NAME = 'KubescapeRuleViolated';

/**
 * Kubescape node-agent runtime alerts, in the shapes its exporters write (kubescape/node-agent pkg/exporters):
 * - the stdout exporter's line (logrus JSON on the node-agent's stderr: `kubectl logs -n kubescape ds/node-agent`):
 *   `RuleID`, `BaseRuntimeMetadata`, `RuntimeK8sDetails`, `RuntimeProcessDetails`, `msg` (the alert's name), `time`;
 * - the HTTP exporter's body, `kind: RuntimeAlerts`, its alerts in `spec.alerts` (armotypes.RuntimeAlert, flat);
 * - an alert of the Alertmanager exporter as Alertmanager returns it (`amtool alert query -o json`, the v2 API's
 *   `/api/v2/alerts`): `labels` with `alertname: KubescapeRuleViolated`, `rule_id`, `rule_name`, `namespace`,
 *   `pod_name`, and `startsAt`.
 */
export function isKubescapeAlert(o: Record<string, unknown>): boolean {
  if (typeof o.RuleID === 'string' && isObject(o.BaseRuntimeMetadata)) return true;
  if (o.kind === 'RuntimeAlerts' && isObject(o.spec) && Array.isArray(o.spec.alerts)) return true;
  return isObject(o.labels) && o.labels.alertname === ALERTMANAGER_NAME;
}

/** One alert, whichever exporter wrote it. */
interface Alert {
  ruleId: string;
  name: string;
  time: string;
  workload: string;
  /** Set for an alert on an exec (the exec adapter sets `arguments.exec`): what ran, and its argv. */
  exec?: { path: string; argv?: string[] };
}

/**
 * Each alert is an `alert` row named `<rule id> <rule name>` (`R0001 Unexpected process launched`: match the id
 * with `R0001*`, the name with `*Unexpected process launched`); an alert on an exec is also an `exec` row of the
 * process it names. Every alert is coverage (`seen`) of its workload: the workload the node-agent resolved
 * (`workloadNamespace`/`workloadName`, from the pod's wlid), else the pod's name reduced to its Deployment (the
 * Alertmanager labels name the pod only). One record (a line, one HTTP body) is one event.
 */
export function kubescapeAlertsReader(): EvidenceReader {
  return {
    name: 'kubescape-alerts',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isKubescapeAlert(o))
        return new BadRecord(
          'not a Kubescape runtime alert (stdout exporter line, RuntimeAlerts body or Alertmanager alert)',
        );
      const alerts = alertsOf(o);
      if (alerts instanceof BadRecord) return alerts;
      const b = ctx.builder;
      for (const a of alerts) {
        b.add('seen', 'ebpf', { workload: a.workload }, a.time);
        if (!a.workload) continue;
        b.add('alert', 'ebpf', { workload: a.workload, rule: a.name ? `${a.ruleId} ${a.name}` : a.ruleId }, a.time);
        if (a.exec)
          b.add('exec', 'ebpf', { workload: a.workload, binary: execBinary(a.exec.path, a.exec.argv) }, a.time);
      }
      return 1;
    },
  };
}

function alertsOf(o: Record<string, unknown>): Alert[] | BadRecord {
  if (isObject(o.BaseRuntimeMetadata)) {
    const base = o.BaseRuntimeMetadata;
    const k8s = isObject(o.RuntimeK8sDetails) ? o.RuntimeK8sDetails : {};
    return one(
      str(o.RuleID),
      str(base.alertName) || str(o.msg),
      normTime(base.timestamp) || normTime(o.time),
      k8s,
      base,
      o.RuntimeProcessDetails,
    );
  }
  if (isObject(o.spec) && Array.isArray(o.spec.alerts)) {
    const out: Alert[] = [];
    for (const [i, a] of o.spec.alerts.entries()) {
      if (!isObject(a)) return new BadRecord(`spec.alerts[${i}] is not an alert`);
      const alert = one(str(a.ruleID), str(a.alertName), normTime(a.timestamp), a, a, o.spec.processTree);
      if (alert instanceof BadRecord) return new BadRecord(`spec.alerts[${i}]: ${alert.reason}`);
      out.push(...alert);
    }
    return out;
  }
  const labels = o.labels as Record<string, unknown>;
  const time = normTime(o.startsAt);
  if (!time) return new BadRecord('Kubescape Alertmanager alert without a valid startsAt');
  if (!str(labels.rule_id)) return new BadRecord('Kubescape Alertmanager alert without labels.rule_id');
  const workload = workloadKeyOfPod(labels.namespace, labels.pod_name);
  return [{ ruleId: str(labels.rule_id), name: str(labels.rule_name), time, workload }];
}

function one(
  ruleId: string,
  name: string,
  time: string,
  k8s: Record<string, unknown>,
  base: Record<string, unknown>,
  processDetails: unknown,
): Alert[] | BadRecord {
  if (!ruleId) return new BadRecord('Kubescape alert without a rule ID');
  if (!time) return new BadRecord('Kubescape alert without a valid timestamp');
  const workload =
    workloadKey(k8s.workloadNamespace, k8s.workloadName) ||
    workloadKeyOfPod(str(k8s.podNamespace) || k8s.namespace, k8s.podName);
  const args = isObject(base.arguments) ? base.arguments : {};
  let exec: Alert['exec'];
  if (str(args.exec)) {
    // The process tree holds the alert's process (infectedPID) with its resolved path; `exec` is argv[0] or comm.
    const proc = findProcess(isObject(processDetails) ? processDetails.processTree : undefined, base.infectedPID);
    const argv = Array.isArray(args.args) ? args.args.filter((a): a is string => typeof a === 'string') : [];
    exec = { path: str(proc?.path) || str(args.exec), argv: argv.length > 0 ? argv : undefined };
  }
  return [{ ruleId, name, time, workload, exec }];
}

/** The process of `pid` in a process tree (children in `childrenMap`, or the older `children`), bounded. */
function findProcess(tree: unknown, pid: unknown): Record<string, unknown> | undefined {
  const stack: unknown[] = [tree];
  for (let seen = 0; stack.length > 0 && seen < 10_000; seen++) {
    const p = stack.pop();
    if (!isObject(p)) continue;
    if (p.pid === pid) return p;
    if (isObject(p.childrenMap)) for (const c of Object.values(p.childrenMap)) stack.push(c);
    if (Array.isArray(p.children)) for (const c of p.children) stack.push(c);
  }
  return undefined;
}
