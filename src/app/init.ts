import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import type { AgentSurface } from '../model/surface.js';
import type { ManifestFile } from '../model/manifest.js';
import { UsageError } from '../model/input-error.js';
import { readManifest, toRepoPath } from '../read/workspace.js';
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

const MANIFEST_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.json'];
const IGNORE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/*.threats.yaml',
  '**/*.threats.yml',
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
  const dir = resolve(root, opts.dir ?? '.');
  if (!isDirectory(dir)) throw new UsageError(`init: ${opts.dir}: not a directory`);

  const files = globSync(MANIFEST_GLOBS, { cwd: dir, absolute: true, onlyFiles: true, ignore: IGNORE })
    .sort()
    .map((abs) => readManifest(abs, toRepoPath(root, abs)));
  for (const f of files)
    for (const p of f.problems)
      opts.warn(`${p.position.file}:${p.position.line}:${p.position.column}: warning: ${p.message}`);
  const read = readSurface(files);
  for (const p of read.problems)
    opts.warn(`${p.position.file}:${p.position.line}:${p.position.column}: warning: ${p.message}`);
  const surface = pickAgent(files, read, opts.agent, opts.namespace, toRepoPath(root, dir) || '.');

  const catalogAbs = resolve(dir, `${surface.agent.name}.threats.yaml`);
  const display = toRepoPath(root, catalogAbs);
  const result = buildCatalog({
    surface,
    templates: readLibrary(),
    aivssVersion: opts.aivssVersion,
    manifests: manifestFilesOf(surface, read, files).map((repoPath) =>
      relative(dir, resolve(root, repoPath)).split(sep).join('/'),
    ),
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

/** The manifest files that define some part of the agent's surface (repository-relative). */
function manifestFilesOf(surface: AgentSurface, read: SurfaceReadResult, files: ManifestFile[]): string[] {
  const out = new Set<string>([surface.agent.position.file]);
  const addPos = (p?: { file: string }) => p && out.add(p.file);
  const accounts = [surface.serviceAccount, ...(surface.toolIdentities ?? []).map((t) => t.serviceAccount)];
  for (const sa of accounts) {
    if (!sa) continue;
    addPos(sa.definedAt);
    addPos(sa.at?.cloudIdentity);
  }
  for (const x of [...surface.models, ...surface.mcpServers, ...surface.memory, ...surface.delegations]) {
    addPos(x.definedAt ?? x.position);
    for (const p of Object.values(x.at ?? {})) addPos(p);
  }
  addPos(surface.sandbox?.at?.harness);
  for (const p of [...surface.permissions, ...(surface.toolIdentities ?? []).flatMap((t) => t.permissions)]) {
    out.add(p.position.file);
    const binding = read.index.find(p.binding.kind, p.binding.name, p.binding.namespace);
    if (binding) out.add(binding.position.file);
  }
  const known = new Set(files.map((f) => f.file));
  return [...out].filter((f) => known.has(f)).sort();
}
