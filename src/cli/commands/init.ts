import { relative, resolve, sep } from 'node:path';
import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import type { Io } from '../io.js';
import { EXIT } from '../io.js';
import { parseCommandArgs, pickFormat } from '../args.js';
import { UsageError } from '../../model/input-error.js';
import { resolveRoot, readManifest, toRepoPath } from '../../read/workspace.js';
import { resolveInsideRoot } from '../../read/repo-file.js';
import { readSurface, findAgentSurface, type SurfaceReadResult } from '../../read/manifests/surface.js';
import { readLibrary } from '../../read/library.js';
import { buildCatalog, type InitResult } from '../../analyse/init-catalog.js';
import { renderInitCatalog } from '../../render/catalog-yaml.js';
import { writeNewFile } from '../../deliver/write-new-file.js';
import type { AgentSurface } from '../../model/surface.js';
import type { ManifestFile } from '../../model/manifest.js';
import { oneLine } from '../../model/inert-text.js';

const HELP = `Usage: threatcat init --agent NAME [DIR] [--namespace NS] [--force] [--aivss-version 0.5|0.8] [-C DIR] [--format text|json]

Writes DIR/<NAME>.threats.yaml: the Day-1 threat catalog of the agent NAME found in DIR's manifests
(a kagent Agent, else a Deployment, StatefulSet or DaemonSet), decomposed into components, with the
built-in library's threats that apply (all open) and AIVSS factors proposed from the manifests.
DIR is relative to -C (default .). An existing catalog is never replaced without --force.
Exit: 0 written, 2 usage error, agent not found, or catalog exists.
`;

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

export async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    agent: { type: 'string' },
    namespace: { type: 'string' },
    force: { type: 'boolean' },
    'aivss-version': { type: 'string' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.clean;
  }
  const format = pickFormat(values.format, ['text', 'json'] as const, 'text');
  if (!values.agent) throw new UsageError('init: --agent NAME is required');
  if (positionals.length > 1) throw new UsageError(`init: one DIR expected, got ${positionals.join(' ')}`);
  const version = pickVersion(values['aivss-version']);
  const root = resolveRoot(values.C);
  const dir = resolveInsideRoot(root, positionals[0] ?? '.', `init: ${positionals[0] ?? '.'}`);
  if (!isDirectory(dir)) throw new UsageError(`init: ${positionals[0]}: not a directory`);

  const files = globSync(MANIFEST_GLOBS, {
    cwd: dir,
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: IGNORE,
  })
    .sort()
    .map((abs) => readManifest(abs, toRepoPath(root, abs), root));
  for (const f of files)
    for (const p of f.problems)
      io.stderr(
        `${oneLine(p.position.file)}:${p.position.line}:${p.position.column}: warning: ${oneLine(p.message)}\n`,
      );
  const read = readSurface(files);
  for (const p of read.problems)
    io.stderr(`${oneLine(p.position.file)}:${p.position.line}:${p.position.column}: warning: ${oneLine(p.message)}\n`);
  const surface = pickAgent(files, read, values.agent, values.namespace, toRepoPath(root, dir) || '.');

  const catalogAbs = resolveInsideRoot(
    root,
    resolve(dir, `${surface.agent.name}.threats.yaml`),
    `init: --agent ${values.agent}`,
  );
  const display = toRepoPath(root, catalogAbs);
  const result = buildCatalog({
    surface,
    templates: readLibrary(),
    aivssVersion: version,
    manifests: manifestFilesOf(surface, read, files).map((repoPath) =>
      relative(dir, resolve(root, repoPath)).split(sep).join('/'),
    ),
  });
  const command = [
    'threatcat init --agent',
    surface.agent.name,
    ...(values.namespace ? ['--namespace', values.namespace] : []),
  ].join(' ');
  writeNewFile(catalogAbs, renderInitCatalog(result, { command }), { force: Boolean(values.force), display });
  io.stdout(
    format === 'json' ? `${JSON.stringify(summaryJson(display, result), null, 2)}\n` : summaryText(display, result),
  );
  return EXIT.clean;
}

function pickVersion(v: string | undefined): '0.5' | '0.8' {
  if (v === undefined || v === '0.5') return '0.5';
  if (v === '0.8') return '0.8';
  throw new UsageError(`--aivss-version ${v}: expected 0.5 or 0.8`);
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
      ? findAgentSurface(files, { kind: 'Agent', name, namespace: agents[0].agent.namespace }, read)
      : ['Deployment', 'StatefulSet', 'DaemonSet']
          .map((kind) => findAgentSurface(files, { kind, name, namespace }, read))
          .find(Boolean);
  if (!found) {
    const known = read.agents.map((a) => `${a.agent.namespace}/${a.agent.name}`);
    throw new UsageError(
      `init: no agent named ${name}${namespace ? ` in namespace ${namespace}` : ''} in the manifests under ${where}` +
        ` (a kagent Agent, Deployment, StatefulSet or DaemonSet)${known.length ? `; kagent agents found: ${known.join(', ')}` : ''}`,
    );
  }
  return found;
}

/** The manifest files that define some part of the agent's surface (repository-relative). */
function manifestFilesOf(surface: AgentSurface, read: SurfaceReadResult, files: ManifestFile[]): string[] {
  const out = new Set<string>([surface.agent.position.file]);
  const addPos = (p?: { file: string }) => p && out.add(p.file);
  addPos(surface.serviceAccount.definedAt);
  const saObject = read.index.find('ServiceAccount', surface.serviceAccount.name, surface.serviceAccount.namespace);
  if (saObject) out.add(saObject.position.file);
  for (const x of [...surface.models, ...surface.mcpServers, ...surface.memory, ...surface.delegations]) {
    addPos(x.definedAt ?? x.position);
  }
  for (const p of surface.permissions) {
    out.add(p.position.file);
    const binding = read.index.find(p.binding.kind, p.binding.name, p.binding.namespace);
    if (binding) out.add(binding.position.file);
  }
  const known = new Set(files.map((f) => f.file));
  return [...out].filter((f) => known.has(f)).sort();
}

function summaryText(file: string, r: InitResult): string {
  const c = r.catalog;
  const byCategory = new Map<string, number>();
  for (const comp of c.components) byCategory.set(comp.category, (byCategory.get(comp.category) ?? 0) + 1);
  const layers = [...new Set(c.threats.map((t) => t.layer))];
  const classes = new Map<string, number>();
  for (const t of c.threats) classes.set(t.class, (classes.get(t.class) ?? 0) + 1);
  return [
    `wrote ${file}`,
    `  components: ${[...byCategory].map(([k, n]) => `${k} ${n}`).join(', ')}${c.delegations?.length ? `; delegations ${c.delegations.length}` : ''}`,
    `  threats: ${c.threats.length} open (${[...classes].map(([k, n]) => `${k} ${n}`).join(', ')}) across ${layers.join(', ')}`,
    `  AIVSS v${c.agent.aivss.version} factors proposed from the manifests (reasons in the file); review owners, factors and CVSS bases`,
    '',
  ].join('\n');
}

function summaryJson(file: string, r: InitResult) {
  const c = r.catalog;
  return {
    file,
    agent: c.agent.name,
    components: c.components.map((x) => ({ id: x.id, category: x.category })),
    delegations: (c.delegations ?? []).map((d) => ({ id: d.id, to: d.to.agent })),
    threats: c.threats.map((t) => ({
      id: t.id,
      class: t.class,
      layer: t.layer,
      status: t.status,
      aivss: t.aivss ?? null,
    })),
    skipped: r.skipped,
  };
}
