import { normTime } from './summary-builder.js';
import { stableFilePath, workloadKeyOfPod } from '../../model/workload-name.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';

export function isFalcoAlert(o: Record<string, unknown>): boolean {
  return typeof o.rule === 'string' && typeof o.priority === 'string' && ('output' in o || 'output_fields' in o);
}

const EXEC_EVENTS = new Set(['execve', 'execveat']);
const OPEN_EVENTS = new Set(['open', 'openat', 'openat2', 'creat']);
const CONNECT_EVENTS = new Set(['connect', 'sendto', 'sendmsg']);

/**
 * Falco JSON alerts (json_output: true): the rule that fired → alert; with output_fields, the process
 * executed, the file opened or the connection made. Falco names the pod, not its owner: the workload is
 * derived from the pod name.
 */
export function falcoReader(): EvidenceReader {
  return {
    name: 'falco',
    read(o: unknown, ctx: ReadContext) {
      if (!isObject(o) || !isFalcoAlert(o)) return new BadRecord('not a Falco JSON alert (rule, priority, output)');
      const f = isObject(o.output_fields) ? o.output_fields : {};
      const time = normTime(o.time) || normTime(f['evt.time']);
      if (!time) return new BadRecord('Falco alert without a valid time');
      const workload = workloadKeyOfPod(f['k8s.ns.name'], f['k8s.pod.name']);
      const b = ctx.builder;
      b.add('seen', 'ebpf', { workload }, time);
      if (!workload) return 1;
      b.add('alert', 'ebpf', { workload, rule: str(o.rule) }, time);
      const evt = str(f['evt.type']);
      const exe = str(f['proc.exepath']) || str(f['proc.exe']) || str(f['proc.name']);
      if (EXEC_EVENTS.has(evt) && exe) b.add('exec', 'ebpf', { workload, binary: exe }, time);
      const fd = str(f['fd.name']);
      if (fd) {
        const arrow = fd.indexOf('->');
        if (arrow !== -1 || CONNECT_EVENTS.has(evt)) {
          b.add(
            'endpoint',
            'ebpf',
            { workload, endpoint: arrow === -1 ? fd : fd.slice(arrow + 2), direction: 'outbound' },
            time,
          );
        } else if (OPEN_EVENTS.has(evt) || fd.startsWith('/')) {
          b.add('file', 'ebpf', { workload, path: stableFilePath(fd) }, time);
        }
      }
      return 1;
    },
  };
}
