/**
 * Multi-call binaries: one executable that runs the tool named by its argv[0] (an `sh` link to it runs its shell),
 * or by its first argument when argv[0] names the binary itself (`busybox sh -c …`). A source that reports the
 * executable's resolved path (Falco's proc.exepath, Kubescape's exec path) says `/bin/busybox` for a shell and for
 * `ls` alike; the exec row names the tool as well, `/bin/busybox (sh)`, so a signal on `/bin/sh` can tell them apart.
 */
const MULTI_CALL = new Set(['busybox', 'toybox']);

/** A tool name as a multi-call binary dispatches on: a file name, no option. */
const TOOL_NAME = /^[\w.[][\w.+[\]-]*$/;

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

export function isMultiCallBinary(path: string): boolean {
  return MULTI_CALL.has(baseName(path));
}

/**
 * The tool a multi-call binary runs, from its argv (argv[0] first, as the binary reads it; a login shell's `-sh` is
 * `sh`); undefined when the argv does not say (none given, or an option where the tool's name would be).
 */
export function multiCallTool(argv: readonly string[]): string | undefined {
  let name = baseName(argv[0] ?? '').replace(/^-/, '');
  if (MULTI_CALL.has(name)) name = baseName(argv[1] ?? '');
  return TOOL_NAME.test(name) && !MULTI_CALL.has(name) ? name : undefined;
}

/**
 * The `binary` of an exec row: the path as the source reports it, and for a multi-call binary the tool it ran when
 * the argv says which (`/bin/busybox (sh)`).
 */
export function execBinary(path: string, argv: readonly string[] | undefined): string {
  if (!argv || !isMultiCallBinary(path)) return path;
  const tool = multiCallTool(argv);
  return tool ? `${path} (${tool})` : path;
}

const WITH_TOOL = /^(.*\/(?:busybox|toybox)) \(([^()/\s]+)\)$/;

/** An exec row's binary split into the executable's path and the tool it ran, if it names one. */
export function splitExecBinary(binary: string): { path: string; tool?: string } {
  const m = WITH_TOOL.exec(binary);
  return m ? { path: m[1], tool: m[2] } : { path: binary };
}
