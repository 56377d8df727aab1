import type { ManifestObject } from '../../model/manifest.js';
import type { Position } from '../../model/finding.js';
import type { SurfaceInventory, SurfaceMcpServer } from '../../model/surface.js';
import { MCP_CLIENT_CONFIG } from './manifest-file.js';
import type { FieldReader } from './fields.js';
import { addCredentials, type ReadContext } from './kagent.js';

/**
 * MCP client configuration JSON (read as JSONC): `mcpServers` (Claude Code and Copilot `.mcp.json`, Cursor
 * `.cursor/mcp.json`, Claude Desktop `claude_desktop_config.json`) and VS Code's `servers` + `inputs`
 * (`.vscode/mcp.json`). Each server is its own MCP server on the surface, named in a catalog as
 * `trustSource: { kind: MCPClientServer, name: <server key>, file: <json path> }`; an `mcp-remote <url>` bridge
 * is the remote server at that URL. Facts: formats.md §3.5, misc-formats.md §4.
 */
export const MCP_CLIENT_SERVER_KIND = 'MCPClientServer';

/** Options of `docker run` / `podman run` that take a value (so the value is not mistaken for the image). */
const RUN_OPTS_WITH_VALUE = new Set([
  '-v',
  '--volume',
  '-e',
  '--env',
  '--env-file',
  '-p',
  '--publish',
  '--name',
  '--network',
  '--net',
  '-w',
  '--workdir',
  '--mount',
  '--entrypoint',
  '-u',
  '--user',
  '--platform',
  '-l',
  '--label',
  '--add-host',
  '--cpus',
  '-m',
  '--memory',
  '--pull',
]);

export function readMcpClientConfig(o: ManifestObject, ctx: ReadContext, out: SurfaceInventory): void {
  if (o.kind !== MCP_CLIENT_CONFIG.kind || o.apiVersion !== MCP_CLIENT_CONFIG.apiVersion) return;
  const f = ctx.fields;
  const key = f.raw(o, ['mcpServers']) !== undefined ? 'mcpServers' : 'servers';
  const servers = f.map(o, [key]) ?? {};
  const secretInputs = passwordInputs(o, f);
  for (const [name, value] of Object.entries(servers)) {
    const P = [key, name];
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      f.problem(o.locate(P), `${o.name}: ${key}.${name} must be an object`);
      continue;
    }
    const command = f.str(o, [...P, 'command']);
    const args = f.strings(o, [...P, 'args']);
    const url = f.str(o, [...P, 'url']);
    const type = f.str(o, [...P, 'type']) ?? (url !== undefined ? 'http' : 'stdio');
    if (command === undefined && url === undefined) {
      f.problem(o.locate(P), `${o.name}: ${key}.${name} has neither command nor url`);
    }
    const image = command !== undefined && /(^|\/)(docker|podman)$/.test(command) ? runImage(args ?? []) : undefined;
    // `npx mcp-remote <url>` (Claude Desktop's way to reach a remote server): the server is at that URL.
    const bridge = url === undefined ? remoteBridge(args ?? []) : undefined;
    const credentials = credentialsOf(o, f, P, args ?? [], secretInputs);
    const server: SurfaceMcpServer = {
      ref: { kind: MCP_CLIENT_SERVER_KIND, name },
      position: o.locate(P),
      definedAt: o.locate(P),
      transport: type,
      ...(url !== undefined ? { url } : bridge ? { url: bridge.url } : {}),
      ...(command !== undefined ? { command } : {}),
      ...(args ? { args } : {}),
      ...(image ? { image } : {}),
      at: {
        url: o.locate(bridge ? [...P, 'args', bridge.index] : [...P, 'url']),
        command: o.locate([...P, 'command']),
        args: o.locate([...P, 'args']),
        transport: o.locate([...P, 'type']),
      },
    };
    addCredentials(server, credentials, o.locate(P));
    out.mcpServers.push(server);
  }
}

/** `mcp-remote <url>` (also `mcp-remote@version`) among a stdio server's arguments. */
function remoteBridge(args: string[]): { url: string; index: number } | undefined {
  const i = args.findIndex((a) => /^mcp-remote(@[^\s]+)?$/.test(a));
  if (i < 0) return undefined;
  const j = args.findIndex((a, k) => k > i && /^https?:\/\//.test(a));
  return j < 0 ? undefined : { url: args[j], index: j };
}

/** VS Code `inputs[]` declared `password: true`, by id. */
function passwordInputs(o: ManifestObject, f: FieldReader): Set<string> {
  const ids = new Set<string>();
  (f.list(o, ['inputs']) ?? []).forEach((_, i) => {
    const id = f.str(o, ['inputs', i, 'id']);
    if (id !== undefined && f.bool(o, ['inputs', i, 'password']) === true) ids.add(id);
  });
  return ids;
}

/**
 * `${…}` references that bring a value in from outside the file: `${input:x}`, `${env:X}`, `${X}`,
 * `${X:-default}`. VS Code's predefined paths (`${workspaceFolder}`, `${userHome}`…) are not credentials.
 */
function references(value: string): string[] {
  return [...value.matchAll(/\$\{[^}]*\}/g)]
    .map((m) => m[0])
    .filter((r) => !/^\$\{(workspaceFolder|workspaceFolderBasename|userHome|pathSeparator|cwd|\/)(:[^}]*)?\}$/.test(r));
}

/**
 * Where credentials live: every env variable and header (a literal value is only said to be written in the file,
 * never copied), the env file, and the arguments or URL that reference a variable or input — as the same
 * credential texts the other MCP server readers give (`addCredentials`), each at its node.
 */
function credentialsOf(
  o: ManifestObject,
  f: FieldReader,
  P: (string | number)[],
  args: string[],
  secretInputs: Set<string>,
): Array<[string, Position]> {
  const out: Array<[string, Position]> = [];
  const add = (where: string, name: string, value: string, path: (string | number)[]) => {
    const refs = references(value);
    const secret = refs.some((r) => secretInputs.has(/^\$\{input:([^}]*)\}$/.exec(r)?.[1] ?? ''));
    const source = refs.length > 0 ? `from ${refs.join(', ')}` : 'written in the file';
    out.push([`${where} ${name} ${source}${secret ? ' (secret input)' : ''}`, o.locate(path)]);
  };
  for (const [where, field] of [
    ['env', 'env'],
    ['header', 'headers'],
  ] as const) {
    for (const [name, value] of Object.entries(f.map(o, [...P, field]) ?? {})) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        add(where, name, String(value), [...P, field, name]);
      else f.problem(o.locate([...P, field, name]), `${o.name}: ${P.join('.')}.${field}.${name} must be a string`);
    }
  }
  const envFile = f.str(o, [...P, 'envFile']);
  if (envFile !== undefined) out.push([`envFile ${envFile}`, o.locate([...P, 'envFile'])]);
  args.forEach((a, i) => {
    if (references(a).length > 0) add('arg', String(i), a, [...P, 'args', i]);
  });
  const url = f.str(o, [...P, 'url']);
  if (url !== undefined && references(url).length > 0) add('url', 'url', url, [...P, 'url']);
  return out;
}

/** The image of `docker run [options] IMAGE [cmd…]`. */
function runImage(args: string[]): string | undefined {
  const i = args.indexOf('run');
  if (i < 0) return undefined;
  for (let j = i + 1; j < args.length; j++) {
    const a = args[j];
    if (a.startsWith('-')) {
      if (!a.includes('=') && RUN_OPTS_WITH_VALUE.has(a)) j++;
      continue;
    }
    return a;
  }
  return undefined;
}
