import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveInsideRoot } from '../read/repo-file.js';
import { oneLine } from '../model/inert-text.js';
import { globSync } from 'tinyglobby';
import type { AgentSurface } from '../model/surface.js';
import type { ManifestFile } from '../model/manifest.js';
import { UsageError } from '../model/input-error.js';
import { readConfig } from '../read/config.js';
import { agentScope, runScopesSync } from '../read/scope.js';
import { DiskState, toRepoPath } from '../read/workspace.js';
import { findAgentSurface, readSurface, type SurfaceReadResult } from '../read/manifests/surface.js';
import { readLibrary } from '../read/library.js';
import { buildCatalog, type InitResult } from '../analyse/init-catalog.js';
import { renderInitCatalog } from '../render/catalog-yaml.js';
import { writeNewFile } from '../deliver/write-new-file.js';

export interface InitOptions {
  root: string;
  /** The agent's folder, relative to root. */
  dir?: string;
  agent: string;
  namespace?: string;
  force?: boolean;
  aivssVersion: '0.5' | '0.8';
  /** Problems in the manifests are warnings for init: say them, go on. */
  warn: (line: string) => void;
}

export interface InitOutcome {
  /** The catalog written, repository-relative. */
  file: string;
  result: InitResult;
}

/**
 * The scope init writes: the agent's whole folder (relative to the catalog), dotfiles included (.mcp.json,
 * .vscode/mcp.json, opencode.jsonc, .codex/config.toml), so whatever is added there later is part of the agent's
 * surface in diff and validate. A TOML file other than .codex/config.toml is no manifest and is not parsed.
 */
export const AGENT_FOLDER_GLOB = '**/*.{yaml,yml,json,jsonc,toml}';
const IGNORE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/*.threats.yaml',
  '**/*.threats.yml',
  '**/*.baseline.json',
  '**/package.json',
  '**/package-lock.json',
  '**/tsconfig.json',
];

/**
 * `threatcat init`: the manifests under the agent's folder (read), the agent's surface decomposed into
 * components with the library's applicable threats and proposed factors (analyse), the catalog's YAML with
 * reasons as comments (render), written only where no catalog is (deliver).
 */
export function runInit(opts: InitOptions): InitOutcome {
  const { root } = opts;
  const dir = resolveInsideRoot(root, opts.dir ?? '.', `init: ${opts.dir ?? '.'}`);
  if (!isDirectory(dir)) throw new UsageError(`init: ${opts.dir}: not a directory`);

  // The folder as validate and diff will read it: Kustomize apps built, references followed (src/read/scope.ts).
  const owned = globSync([AGENT_FOLDER_GLOB], { cwd: dir, absolute: true, onlyFiles: true, dot: true, ignore: IGNORE })
    .sort()
    .map((abs) => toRepoPath(root, abs));
  const disk = new DiskState(root, readConfig(root));
  const [scope] = runScopesSync([{ task: agentScope(owned, undefined, disk.io), state: disk }]);
  let files = scope.manifests;
  for (const f of files) {
    for (const p of f.problems)
      opts.warn(`${oneLine(p.position.file)}:${p.position.line}:${p.position.column}: warning: ${oneLine(p.message)}`);
    for (const n of f.notes ?? [])
      opts.warn(`${oneLine(n.position.file)}:${n.position.line}:${n.position.column}: note: ${oneLine(n.message)}`);
  }
  let read = readSurface(files);
  for (const p of read.problems)
    opts.warn(`${oneLine(p.position.file)}:${p.position.line}:${p.position.column}: warning: ${oneLine(p.message)}`);
  let surface = pickAgent(files, read, opts.agent, opts.namespace, toRepoPath(root, dir) || '.');
  // Once the agent is known, what it references elsewhere in the repository (its tool servers' identities and
  // RBAC) is part of its reach: read as validate will read it (the workload as buildCatalog writes it), so the
  // catalog covers it from day 1.
  const workload =
    surface.type !== 'Workload'
      ? { kind: surface.agent.kind, name: surface.agent.name, namespace: surface.agent.namespace ?? 'default' }
      : { ...surface.workload, namespace: surface.workload.namespace ?? 'default' };
  const [followed] = runScopesSync([{ task: agentScope(owned, workload, disk.io), state: disk }]);
  if (followed.manifests.some((m) => m.reference)) {
    files = followed.manifests;
    read = readSurface(files);
    surface = pickAgent(files, read, opts.agent, opts.namespace, toRepoPath(root, dir) || '.');
  }

  const catalogAbs = resolveInsideRoot(
    root,
    resolve(dir, `${surface.agent.name}.threats.yaml`),
    `init: --agent ${opts.agent}`,
  );
  const display = toRepoPath(root, catalogAbs);
  const result = buildCatalog({
    surface,
    templates: readLibrary(),
    aivssVersion: opts.aivssVersion,
    manifests: [AGENT_FOLDER_GLOB],
  });
  const command = [
    'threatcat init --agent',
    surface.agent.name,
    ...(opts.namespace ? ['--namespace', opts.namespace] : []),
  ].join(' ');
  writeNewFile(catalogAbs, renderInitCatalog(result, { command }), { force: Boolean(opts.force), display });
  return { file: display, result };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function pickAgent(
  files: ManifestFile[],
  read: SurfaceReadResult,
  name: string,
  namespace: string | undefined,
  where: string,
): AgentSurface {
  const agents = read.agents.filter(
    (a) => a.agent.name === name && (namespace === undefined || a.agent.namespace === namespace),
  );
  if (agents.length > 1) {
    throw new UsageError(
      `init: several agents named ${name} in ${where} (namespaces ${agents.map((a) => a.agent.namespace).join(', ')}): add --namespace`,
    );
  }
  const found =
    agents.length === 1
      ? findAgentSurface(files, { kind: agents[0].agent.kind, name, namespace: agents[0].agent.namespace }, read)
      : ['Deployment', 'StatefulSet', 'DaemonSet']
          .map((kind) => findAgentSurface(files, { kind, name, namespace }, read))
          .find(Boolean);
  if (!found) {
    const known = read.agents.map((a) => `${a.agent.namespace}/${a.agent.name}`);
    throw new UsageError(
      `init: no agent named ${name}${namespace ? ` in namespace ${namespace}` : ''} in the manifests under ${where}` +
        ` (a kagent Agent, SandboxAgent, AgentTemplate or AgentHarness, a Deployment, StatefulSet or DaemonSet)${known.length ? `; kagent agents found: ${known.join(', ')}` : ''}`,
    );
  }
  return found;
}
