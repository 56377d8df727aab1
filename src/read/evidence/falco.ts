import { normTime } from './summary-builder.js';
import { stableFilePath, workloadKeyOfPod } from '../../model/workload-name.js';
import { BadRecord, isObject, str, type EvidenceReader, type ReadContext } from './reader.js';
import { execBinary } from '../../model/exec-binary.js';

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
      if (EXEC_EVENTS.has(evt) && exe) b.add('exec', 'ebpf', { workload, binary: execBinary(exe, execArgv(f)) }, time);
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

/**
 * The argv of an exec, for a multi-call binary whose resolved path (proc.exepath) does not say which tool it ran:
 * argv[0] is proc.exe, else proc.name (the kernel's comm: the name the file was run by, `sh` for a `/bin/sh` link);
 * the first argument is proc.args' first word, else proc.cmdline's second (proc.cmdline is proc.name and the args).
 */
function execArgv(f: Record<string, unknown>): string[] | undefined {
  const argv0 = str(f['proc.exe']) || str(f['proc.name']);
  if (!argv0) return undefined;
  const args = 'proc.args' in f ? str(f['proc.args']) : str(f['proc.cmdline']).replace(/^\S+\s*/, '');
  const first = /^\S+/.exec(args.trimStart())?.[0];
  return first ? [argv0, first] : [argv0];
}
