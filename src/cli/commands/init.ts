import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { argumentError, parseCommandArgs, pickFormat, type CommandSpec } from '../args.js';
import { resolveRoot } from '../../read/workspace.js';
import { runInit } from '../../app/init.js';
import { summaryJson, summaryText } from '../../render/init-summary.js';

const SPEC: CommandSpec = {
  name: 'init',
  help: `Usage: threatcat init --agent NAME [DIR] [--namespace NS] [--force] [--aivss-version 0.5|0.8] [-C DIR] [--format text|json]

Writes DIR/<NAME>.threats.yaml: the Day-1 threat catalog of the agent NAME found in DIR's manifests
(a kagent Agent, SandboxAgent, AgentTemplate or AgentHarness, else a Deployment, StatefulSet or DaemonSet), decomposed into components, with the
built-in library's threats that apply (all open) and AIVSS factors proposed from the manifests.
DIR is relative to -C (default .). An existing catalog is never replaced without --force.
Exit: 0 written, 2 usage error, agent not found, or catalog exists.
`,
};

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(SPEC, argv, {
    agent: { type: 'string' },
    namespace: { type: 'string' },
    force: { type: 'boolean' },
    'aivss-version': { type: 'string' },
  });
  if (values.help) {
    io.stdout(SPEC.help);
    return EXIT.clean;
  }
  const format = pickFormat(SPEC, values.format, ['text', 'json'] as const, 'text');
  if (!values.agent) throw argumentError(SPEC, '--agent NAME is required');
  if (positionals.length > 1) throw argumentError(SPEC, `one DIR expected, got ${positionals.join(' ')}`);
  const { file, result } = runInit({
    root: resolveRoot(values.C),
    dir: positionals[0],
    agent: values.agent,
    namespace: values.namespace,
    force: Boolean(values.force),
    aivssVersion: pickVersion(values['aivss-version']),
    warn: (line) => io.stderr(`${line}\n`),
  });
  io.stdout(format === 'json' ? `${JSON.stringify(summaryJson(file, result), null, 2)}\n` : summaryText(file, result));
  return EXIT.clean;
}

function pickVersion(v: string | undefined): '0.5' | '0.8' {
  if (v === undefined || v === '0.5') return '0.5';
  if (v === '0.8') return '0.8';
  throw argumentError(SPEC, `--aivss-version ${v}: expected 0.5 or 0.8`);
}
